import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { errorMessage } from '../api/error-message';
import { AuthorName } from '../components/author-name';
import { ErrorNotice } from '../components/error-notice';
import { Loading } from '../components/loading';
import { PageTitle } from '../components/page-title';
import { plural } from '../components/plural';
import { RelativeTime } from '../components/relative-time';
import { livePost, updatedPost } from '../realtime/live-payloads';
import { useThreadWatch } from '../realtime/use-thread-watch';
import { useMarkThreadRead } from '../notifications/use-mark-thread-read';
import { useViewer } from '../session/viewer-context';
import { AcceptedAnswerSummary } from '../threads/accepted-answer-summary';
import { findPostPage } from '../threads/find-post-page';
import { NewRepliesPill } from '../threads/new-replies-pill';
import { PostItem } from '../threads/post-item';
import { ReplyForm, type ReplyTarget } from '../threads/reply-form';
import { TypingIndicator } from '../threads/typing-indicator';
import { useNewReplies } from '../threads/use-new-replies';
import { useThread } from '../threads/use-thread';
import NotFoundPage from './not-found-page';

export default function ThreadPage() {
  const { slug = '', threadId = '' } = useParams();
  const [params] = useSearchParams();
  const { viewer } = useViewer();
  const { data, error, loading, upsertPost, setAcceptedAnswer, reread } = useThread(
    threadId,
    params.get('after'),
  );
  const newReplies = useNewReplies();
  const [replyTo, setReplyTo] = useState<ReplyTarget | null>(null);
  useOpenPostPage(threadId, params.get('answer'));
  useMarkThreadRead(viewer ? threadId : null);
  useScrollToPost(data?.thread?.posts);
  const shown = data?.thread?.posts;
  const shownPosts = shown?.edges.map((edge) => edge.node) ?? [];
  const live = useThreadWatch(
    data?.thread ? threadId : null,
    {
      onPost: (post) => {
        // Later pages hold newer posts; this page's "Later posts" link leads to them.
        if (shown?.pageInfo.hasNextPage || shownPosts.some((other) => other.id === post.id)) {
          return;
        }
        if (post.authorId !== viewer?.id) newReplies.noteArrival(post.id);
        upsertPost(livePost(post, shownPosts));
        // A newcomer to the thread: the event lacks their staff title, a re-read has it.
        if (!shownPosts.some((other) => other.author.id === post.authorId)) {
          reread().catch(() => undefined);
        }
      },
      onPostUpdated: (post) => {
        const current = shownPosts.find((other) => other.id === post.id);
        if (!current) return;
        upsertPost(updatedPost(current, post));
        // Room events never carry a hidden body; its author and the board's moderators may still
        // read it, and only the API knows who this viewer is: ask it again.
        if (post.hidden && !post.deleted) reread().catch(() => undefined);
      },
      reread,
    },
    () => shownPosts.map((post) => post.id),
    viewer?.id ?? null,
  );

  if (loading && !data) return <Loading />;
  if (error) return <ErrorNotice message={errorMessage(error)} />;
  const thread = data?.thread;
  if (!thread) return <NotFoundPage what="thread" />;
  const posts = thread.posts.edges.map((edge) => edge.node);
  const { pageInfo } = thread.posts;
  const mayModerate = !!viewer && (thread.board.viewerIsModerator || viewer.isAdmin);
  const mayAccept = !!viewer && (viewer.id === thread.author.id || mayModerate);
  const boardSlug = thread.board.slug || slug;

  return (
    <article className="thread">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/">Boards</Link> › <Link to={`/b/${boardSlug}`}>{thread.board.name}</Link>
      </nav>
      <PageTitle>{thread.title}</PageTitle>
      <p className="card__meta">
        Started by <AuthorName author={thread.author} /> <RelativeTime iso={thread.createdAt} /> ·{' '}
        {plural(thread.replyCount, 'reply', 'replies')} ·{' '}
        {plural(thread.participantCount, 'participant')}
      </p>
      {thread.acceptedAnswer ? (
        <AcceptedAnswerSummary
          answer={thread.acceptedAnswer}
          boardSlug={boardSlug}
          onThisPage={posts.some((post) => post.id === thread.acceptedAnswer?.id)}
        />
      ) : null}
      <ol className="post-list" aria-label="Posts">
        {posts.map((post, index) => (
          <li key={post.id}>
            <PostItem
              post={post}
              boardSlug={boardSlug}
              isOpeningPost={index === 0 && !params.get('after')}
              isAcceptedAnswer={thread.acceptedAnswer?.id === post.id}
              permissions={{
                signedIn: !!viewer,
                isAuthor: viewer?.id === post.author.id,
                mayAccept,
                mayModerate,
              }}
              onChange={upsertPost}
              onAccepted={setAcceptedAnswer}
              onReply={
                viewer
                  ? () => setReplyTo({ id: post.id, authorName: post.author.displayName })
                  : undefined
              }
            />
          </li>
        ))}
      </ol>
      {pageInfo.hasNextPage && pageInfo.endCursor ? (
        <p>
          <Link to={`?after=${encodeURIComponent(pageInfo.endCursor)}`}>Later posts</Link>
        </p>
      ) : null}
      <TypingIndicator people={live.typing} />
      <NewRepliesPill count={newReplies.count} onShow={newReplies.showThem} />
      {viewer ? (
        <ReplyForm
          threadId={thread.id}
          onPosted={(post) => {
            live.cancelTypingSignal();
            upsertPost(post);
          }}
          onTyping={live.signalTyping}
          replyTo={replyTo}
          onClearReplyTo={() => setReplyTo(null)}
        />
      ) : (
        <p className="panel">
          <Link to={`/signin?next=${encodeURIComponent(`/b/${slug}/t/${thread.id}`)}`}>
            Sign in
          </Link>{' '}
          to reply.
        </p>
      )}
    </article>
  );
}

/**
 * `?answer=<post id>` (the accepted answer's link when it is on another page) becomes the address
 * of the page that starts with that post, with its anchor.
 */
function useOpenPostPage(threadId: string, postId: string | null) {
  const navigate = useNavigate();
  useEffect(() => {
    if (!postId) return;
    let current = true;
    findPostPage(threadId, postId)
      .then((page) => {
        if (!current) return;
        const search = page.found && page.after ? `?after=${encodeURIComponent(page.after)}` : '';
        void navigate({ search, hash: page.found ? `#post-${postId}` : '' }, { replace: true });
      })
      .catch(() => {
        if (current) void navigate({ search: '' }, { replace: true });
      });
    return () => {
      current = false;
    };
  }, [threadId, postId, navigate]);
}

/**
 * Brings the post named in the address (`#post-<id>`) into view once it is shown, once per
 * address: live updates later must not pull the reader back.
 */
function useScrollToPost(shown: unknown) {
  const { hash, search } = useLocation();
  const scrolledFor = useRef('');
  useEffect(() => {
    const address = `${search}${hash}`;
    if (!hash.startsWith('#post-') || scrolledFor.current === address) return;
    const post = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!post) return;
    post.scrollIntoView();
    scrolledFor.current = address;
  }, [shown, hash, search]);
}
