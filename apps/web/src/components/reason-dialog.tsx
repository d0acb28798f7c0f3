import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { ErrorNotice } from './error-notice';

/** The server refuses longer reasons; the field stops there too. */
export const REASON_MAX_LENGTH = 500;

interface ReasonDialogProps {
  title: string;
  /** One sentence under the title: who will read the reason. */
  explanation: string;
  label: string;
  submitLabel: string;
  pending: boolean;
  error: string | null;
  onSubmit: (reason: string) => void;
  onClose: () => void;
}

/**
 * A modal asking why: flagging, hiding, showing again and dismissing flags all need a reason.
 * The native <dialog> traps focus, closes on Escape and makes the page behind it inert; focus
 * returns to the button that opened it when it closes.
 */
export function ReasonDialog(props: ReasonDialogProps) {
  const { title, explanation, label, submitLabel, pending, error, onSubmit, onClose } = props;
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const [blank, setBlank] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = document.activeElement as HTMLElement | null;
    element.showModal();
    // The reason is what the person came to write: start there rather than on the title.
    element.querySelector('textarea')?.focus();
    return () => {
      element.close();
      opener?.focus();
    };
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = reason.trim();
    setBlank(trimmed === '');
    if (trimmed) onSubmit(trimmed);
  }

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-explanation`}
      onCancel={(event) => {
        // Escape: let React unmount the dialog rather than the browser closing it behind React.
        event.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`}>{title}</h2>
        <p id={`${id}-explanation`} className="muted">
          {explanation}
        </p>
        <div className="field">
          <label htmlFor={`${id}-reason`}>{label}</label>
          <textarea
            id={`${id}-reason`}
            rows={3}
            maxLength={REASON_MAX_LENGTH}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            aria-invalid={blank ? true : undefined}
            aria-describedby={blank ? `${id}-blank` : undefined}
            required
          />
          {blank ? (
            <p className="field__error" id={`${id}-blank`}>
              Give a reason.
            </p>
          ) : null}
        </div>
        <ErrorNotice message={error} />
        <div className="actions">
          <button className="button" type="submit" disabled={pending}>
            {submitLabel}
          </button>
          <button className="button button--quiet" type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
