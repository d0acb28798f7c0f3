import {
  AcceptAnswerDocument,
  DeletePostDocument,
  EditPostDocument,
  type PostFieldsFragment,
} from '@boardwalk/client';
import { ConversationLimits } from '@boardwalk/contracts';
import { useState } from 'react';
import { request } from '../api/graphql-client';
import { useMutation } from '../api/use-mutation';
import { AuthorName } from '../components/author-name';
import { ErrorNotice } from '../components/error-notice';
import { MarkdownEditor } from '../components/markdown-editor';
import { PostBody } from '../components/post-body';
import { RelativeTime } from '../components/relative-time';

interface PostItemProps {
  post: PostFieldsFragment;
  isOpeningPost: boolean;
  isAcceptedAnswer: boolean;
  viewerIsAuthor: boolean;
  /** The thread author and board moderators may mark an answer. */
  viewerMayAccept: boolean;
  onChange: (post: PostFieldsFragment) => void;
  onAccepted: (postId: string | null) => void;
}

export function PostItem(props: PostItemProps) {
  const { post, isOpeningPost, isAcceptedAnswer, viewerIsAuthor, viewerMayAccept } = props;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(post.body);
  const save = useMutation(async () => {
    props.onChange((await request(EditPostDocument, { id: post.id, body: draft })).editPost);
    setEditing(false);
  });
  const remove = useMutation(async () => {
    props.onChange((await request(DeletePostDocument, { id: post.id })).deletePost);
  });
  const accept = useMutation(async () => {
    const { acceptAnswer } = await request(AcceptAnswerDocument, { postId: post.id });
    props.onAccepted(acceptAnswer.acceptedAnswer?.id ?? null);
  });

  const className = [
    'post',
    post.author.isStaff ? 'post--staff' : '',
    isAcceptedAnswer ? 'post--accepted' : '',
  ].join(' ');

  return (
    <article
      className={className}
      id={`post-${post.id}`}
      aria-label={`Post by ${post.author.displayName}`}
    >
      <header className="post__header">
        <AuthorName author={post.author} />
        <span className="post__time">
          <RelativeTime iso={post.createdAt} />
          {post.editedAt ? ' · edited' : null}
        </span>
        {isAcceptedAnswer ? <span className="tag tag--accepted">Accepted answer</span> : null}
      </header>
      {post.replyTo ? (
        <p className="post__reply-to">
          Replying to <a href={`#post-${post.replyTo.id}`}>{post.replyTo.author.displayName}</a>
        </p>
      ) : null}
      {post.deleted ? (
        <p className="muted">This post was deleted by its author.</p>
      ) : post.hidden ? (
        <p className="muted">This post was hidden by a moderator.</p>
      ) : editing ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save.run();
          }}
        >
          <MarkdownEditor
            label="Edit your post"
            value={draft}
            onChange={setDraft}
            maxLength={ConversationLimits.bodyMaxLength}
            required
          />
          <ErrorNotice message={save.error} />
          <div className="actions">
            <button className="button button--small" type="submit" disabled={save.pending}>
              Save
            </button>
            <button
              className="button button--small button--quiet"
              type="button"
              onClick={() => {
                setDraft(post.body);
                setEditing(false);
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <PostBody html={post.bodyHtml} />
      )}
      {!post.deleted && !editing ? (
        <div className="actions">
          {viewerIsAuthor ? (
            <>
              <button
                className="button button--small button--quiet"
                type="button"
                onClick={() => setEditing(true)}
              >
                Edit
              </button>
              {!isOpeningPost ? (
                <button
                  className="button button--small button--quiet"
                  type="button"
                  disabled={remove.pending}
                  onClick={() => {
                    if (window.confirm('Delete this post? Its text will be removed.'))
                      void remove.run();
                  }}
                >
                  Delete
                </button>
              ) : null}
            </>
          ) : null}
          {viewerMayAccept && !isOpeningPost && !isAcceptedAnswer ? (
            <button
              className="button button--small button--quiet"
              type="button"
              disabled={accept.pending}
              onClick={() => void accept.run()}
            >
              Mark as accepted answer
            </button>
          ) : null}
        </div>
      ) : null}
      <ErrorNotice message={remove.error ?? accept.error} />
    </article>
  );
}
