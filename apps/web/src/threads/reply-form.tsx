import { ReplyDocument, type PostFieldsFragment } from '@boardwalk/client';
import { ConversationLimits } from '@boardwalk/contracts';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { request } from '../api/graphql-client';
import { useMutation } from '../api/use-mutation';
import { ErrorNotice } from '../components/error-notice';
import { MarkdownEditor } from '../components/markdown-editor';

/** The post a reply answers, chosen with its Reply button. */
export interface ReplyTarget {
  id: string;
  authorName: string;
}

export function ReplyForm({
  threadId,
  onPosted,
  onTyping,
  replyTo = null,
  onClearReplyTo,
}: {
  threadId: string;
  onPosted: (post: PostFieldsFragment) => void;
  /** Called on every change of the text, to tell the thread's other readers. */
  onTyping?: () => void;
  replyTo?: ReplyTarget | null;
  /** Back to replying to the thread (after posting, or when the reader changes their mind). */
  onClearReplyTo?: () => void;
}) {
  const [body, setBody] = useState('');
  const text = useRef<HTMLTextAreaElement>(null);
  // Choosing a post to answer takes the reader to the text, as it does on Discourse.
  useEffect(() => {
    if (replyTo) text.current?.focus();
  }, [replyTo]);
  const send = useMutation(async () => {
    const { reply } = await request(ReplyDocument, {
      input: { threadId, body, replyToPostId: replyTo?.id ?? null },
    });
    onPosted(reply);
    setBody('');
    onClearReplyTo?.();
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (body.trim()) void send.run();
  }

  return (
    <form className="panel" onSubmit={submit} aria-labelledby="reply-heading">
      <h2 id="reply-heading">Your reply</h2>
      {replyTo ? (
        <p className="reply-form__target">
          Replying to {replyTo.authorName} <a href={`#post-${replyTo.id}`}>(their post)</a>{' '}
          <button
            className="button button--small button--quiet"
            type="button"
            onClick={() => onClearReplyTo?.()}
          >
            Reply to the thread instead
          </button>
        </p>
      ) : null}
      <MarkdownEditor
        textareaRef={text}
        label={replyTo ? `Reply to ${replyTo.authorName}` : 'Reply'}
        value={body}
        onChange={(text) => {
          setBody(text);
          if (text.trim()) onTyping?.();
        }}
        maxLength={ConversationLimits.bodyMaxLength}
        required
      />
      <ErrorNotice message={send.error} />
      <button className="button" type="submit" disabled={send.pending}>
        {send.pending ? 'Posting…' : 'Post reply'}
      </button>
    </form>
  );
}
