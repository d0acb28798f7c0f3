import {
  AcceptAnswerDocument,
  DeletePostDocument,
  EditPostDocument,
  type PostFieldsFragment,
} from '@boardwalk/client';
import { ConversationLimits } from '@boardwalk/contracts';
import { useEffect, useRef, useState } from 'react';
import { request } from '../api/graphql-client';
import { useMutation } from '../api/use-mutation';
import { AuthorName } from '../components/author-name';
import { ErrorNotice } from '../components/error-notice';
import { MarkdownEditor } from '../components/markdown-editor';
import { RelativeTime } from '../components/relative-time';
import { FlagPostButton } from '../moderation/flag-post-button';
import { PostVisibilityButton } from '../moderation/post-visibility-button';
import { PostContent } from './post-content';

/** What the viewer may do to a post, worked out once by the thread page. */
export interface PostPermissions {
  signedIn: boolean;
  isAuthor: boolean;
  /** The thread author and board moderators may mark an answer. */
  mayAccept: boolean;
  /** Board moderators and admins hide and show posts. */
  mayModerate: boolean;
}

interface PostItemProps {
  post: PostFieldsFragment;
  boardSlug: string;
  isOpeningPost: boolean;
  isAcceptedAnswer: boolean;
  permissions: PostPermissions;
  onChange: (post: PostFieldsFragment) => void;
  onAccepted: (post: PostFieldsFragment | null) => void;
  /** Answer this post in the reply form (absent where the viewer cannot reply). */
  onReply?: () => void;
}

/** The opening post can go too: its text is removed, the thread and its replies stay. */
function deleteQuestion(isOpeningPost: boolean): string {
  return isOpeningPost
    ? 'Delete your opening post? Its text will be removed; the thread and its replies stay.'
    : 'Delete this post? Its text will be removed.';
}

export function PostItem(props: PostItemProps) {
  const { post, boardSlug, isOpeningPost, isAcceptedAnswer, permissions } = props;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(post.body);
  const editText = useRef<HTMLTextAreaElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  // Keyboard and screen-reader users follow the editor: focus goes into its text when it opens
  // and back to the Edit button when it closes (saved or cancelled), not to the page's top.
  const wasEditing = useRef(false);
  useEffect(() => {
    if (editing) editText.current?.focus();
    else if (wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const save = useMutation(async () => {
    props.onChange((await request(EditPostDocument, { id: post.id, body: draft })).editPost);
    setEditing(false);
  });
  const remove = useMutation(async () => {
    props.onChange((await request(DeletePostDocument, { id: post.id })).deletePost);
  });
  const accept = useMutation(async () => {
    const { acceptAnswer } = await request(AcceptAnswerDocument, { postId: post.id });
    props.onAccepted(acceptAnswer.acceptedAnswer ?? null);
  });

  const className = [
    'post',
    post.author.isStaff ? 'post--staff' : '',
    isAcceptedAnswer ? 'post--accepted' : '',
    post.hidden ? 'post--hidden' : '',
  ].join(' ');
  const showActions = permissions.signedIn && !post.deleted && !editing;

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
        {post.hidden && !post.deleted ? <span className="tag">Hidden</span> : null}
      </header>
      {post.replyTo ? (
        <p className="post__reply-to">
          Replying to <a href={`#post-${post.replyTo.id}`}>{post.replyTo.author.displayName}</a>
        </p>
      ) : null}
      {editing ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save.run();
          }}
        >
          <MarkdownEditor
            textareaRef={editText}
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
        <PostContent post={post} boardSlug={boardSlug} />
      )}
      {showActions ? (
        <div className="actions">
          {props.onReply && !post.hidden ? (
            <button
              className="button button--small button--quiet"
              type="button"
              aria-label={`Reply to ${post.author.displayName}`}
              onClick={props.onReply}
            >
              Reply
            </button>
          ) : null}
          {permissions.isAuthor ? (
            <>
              <button
                ref={editButton}
                className="button button--small button--quiet"
                type="button"
                onClick={() => {
                  setDraft(post.body);
                  setEditing(true);
                }}
              >
                Edit
              </button>
              <button
                className="button button--small button--quiet"
                type="button"
                disabled={remove.pending}
                onClick={() => {
                  if (window.confirm(deleteQuestion(isOpeningPost))) void remove.run();
                }}
              >
                Delete
              </button>
            </>
          ) : !post.hidden ? (
            // A hidden post is already with the moderators; there is nothing left to report.
            <FlagPostButton postId={post.id} />
          ) : null}
          {permissions.mayAccept && !isOpeningPost && !isAcceptedAnswer && !post.hidden ? (
            <button
              className="button button--small button--quiet"
              type="button"
              disabled={accept.pending}
              onClick={() => void accept.run()}
            >
              Mark as accepted answer
            </button>
          ) : null}
          {permissions.mayModerate ? (
            <PostVisibilityButton post={post} onChange={props.onChange} />
          ) : null}
        </div>
      ) : null}
      <ErrorNotice message={remove.error ?? accept.error} />
    </article>
  );
}
