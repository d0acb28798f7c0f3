import { StartThreadDocument } from '@boardwalk/client';
import { ConversationLimits } from '@boardwalk/contracts';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { request } from '../api/graphql-client';
import { useMutation } from '../api/use-mutation';
import { ErrorNotice } from '../components/error-notice';
import { FormField } from '../components/form-field';
import { MarkdownEditor } from '../components/markdown-editor';

export function StartThreadForm({ boardId, boardSlug }: { boardId: string; boardSlug: string }) {
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const start = useMutation(async () => {
    const { startThread } = await request(StartThreadDocument, {
      input: { boardId, title: title.trim(), body },
    });
    void navigate(`/b/${boardSlug}/t/${startThread.id}`);
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    void start.run();
  }

  return (
    <form className="panel" onSubmit={submit} aria-labelledby="start-thread-heading">
      <h2 id="start-thread-heading">Start a thread</h2>
      <FormField
        label="Title"
        value={title}
        minLength={ConversationLimits.titleMinLength}
        maxLength={ConversationLimits.titleMaxLength}
        onChange={(event) => setTitle(event.target.value)}
        required
      />
      <MarkdownEditor
        label="Opening post"
        value={body}
        onChange={setBody}
        maxLength={ConversationLimits.bodyMaxLength}
        required
      />
      <ErrorNotice message={start.error} />
      <button className="button" type="submit" disabled={start.pending}>
        Start the thread
      </button>
    </form>
  );
}
