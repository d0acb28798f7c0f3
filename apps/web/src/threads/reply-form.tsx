import { ReplyDocument, type PostFieldsFragment } from '@boardwalk/client';
import { ConversationLimits } from '@boardwalk/contracts';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { request } from '../api/graphql-client';
import { useMutation } from '../api/use-mutation';
import { ErrorNotice } from '../components/error-notice';
import { MarkdownEditor } from '../components/markdown-editor';

export function ReplyForm({
  threadId,
  onPosted,
  onTyping,
}: {
  threadId: string;
  onPosted: (post: PostFieldsFragment) => void;
  /** Called on every change of the text, to tell the thread's other readers. */
  onTyping?: () => void;
}) {
  const [body, setBody] = useState('');
  const send = useMutation(async () => {
    const { reply } = await request(ReplyDocument, { input: { threadId, body } });
    onPosted(reply);
    setBody('');
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (body.trim()) void send.run();
  }

  return (
    <form className="panel" onSubmit={submit} aria-labelledby="reply-heading">
      <h2 id="reply-heading">Your reply</h2>
      <MarkdownEditor
        label="Reply"
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
