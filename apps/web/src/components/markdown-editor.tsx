import { useId, useState } from 'react';
import type { Ref } from 'react';
import { MarkdownPreview } from './markdown-preview';

interface MarkdownEditorProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
  required?: boolean;
  rows?: number;
  /** For forms that move focus into the text (editing, replying to a post). */
  textareaRef?: Ref<HTMLTextAreaElement>;
}

/** A Markdown text area with a Write / Preview switch. */
export function MarkdownEditor({
  label,
  value,
  onChange,
  maxLength,
  required,
  rows = 6,
  textareaRef,
}: MarkdownEditorProps) {
  const id = useId();
  const [previewing, setPreviewing] = useState(false);
  return (
    <div className="field markdown-editor">
      <div className="markdown-editor__bar">
        <label htmlFor={id}>{label}</label>
        <button
          type="button"
          className="button button--small button--quiet"
          aria-pressed={previewing}
          onClick={() => setPreviewing((shown) => !shown)}
        >
          {previewing ? 'Back to writing' : 'Preview'}
        </button>
      </div>
      <textarea
        ref={textareaRef}
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        maxLength={maxLength}
        required={required}
        rows={rows}
        hidden={previewing}
        aria-describedby={`${id}-hint`}
      />
      {previewing ? (
        <div className="markdown-editor__preview" aria-label={`${label} preview`} role="region">
          <MarkdownPreview source={value} />
        </div>
      ) : null}
      <p className="field__hint" id={`${id}-hint`}>
        Markdown: **bold**, _italic_, `code`, [links](https://example.com), lists and quotes.
      </p>
    </div>
  );
}
