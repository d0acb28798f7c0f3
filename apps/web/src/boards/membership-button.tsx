import { GraphqlRequestError, JoinBoardDocument, LeaveBoardDocument } from '@boardwalk/client';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { request } from '../api/graphql-client';
import { useMutation } from '../api/use-mutation';
import { ErrorNotice } from '../components/error-notice';
import { FormField } from '../components/form-field';
import type { BoardChange } from './board-change';

interface MembershipButtonProps {
  boardId: string;
  isMember: boolean;
  onChange: (change: BoardChange) => void;
}

/**
 * Join or leave. A board always keeps a moderator: when the last one tries to leave, the API
 * answers CONFLICT and the member names who takes over before leaving.
 */
export function MembershipButton({ boardId, isMember, onChange }: MembershipButtonProps) {
  const [needsSuccessor, setNeedsSuccessor] = useState(false);
  const [successor, setSuccessor] = useState('');
  const toggle = useMutation(async () => {
    if (!isMember) {
      onChange((await request(JoinBoardDocument, { boardId })).joinBoard);
      return;
    }
    try {
      onChange((await request(LeaveBoardDocument, { boardId })).leaveBoard);
    } catch (error) {
      if (error instanceof GraphqlRequestError && error.code === 'CONFLICT') {
        setNeedsSuccessor(true);
        return;
      }
      throw error;
    }
  });
  const handOver = useMutation(async () => {
    const newModeratorHandle = successor.trim().replace(/^@/, '');
    onChange((await request(LeaveBoardDocument, { boardId, newModeratorHandle })).leaveBoard);
    setNeedsSuccessor(false);
  });

  function submitSuccessor(event: FormEvent) {
    event.preventDefault();
    void handOver.run();
  }

  return (
    <div className="membership">
      <button
        className={isMember ? 'button button--quiet' : 'button'}
        type="button"
        disabled={toggle.pending || needsSuccessor}
        onClick={() => void toggle.run()}
      >
        {isMember ? 'Leave board' : 'Join board'}
      </button>
      <ErrorNotice message={toggle.error} />
      {needsSuccessor ? (
        <form className="panel" onSubmit={submitSuccessor} aria-labelledby="successor-heading">
          <h2 id="successor-heading">Name the next moderator</h2>
          <p className="muted">
            You are this board&apos;s last moderator. Name a member who will look after it, then you
            can leave.
          </p>
          <FormField
            label="New moderator's handle"
            value={successor}
            onChange={(event) => setSuccessor(event.target.value)}
            autoComplete="off"
            autoFocus
            required
          />
          <ErrorNotice message={handOver.error} />
          <div className="actions">
            <button className="button" type="submit" disabled={handOver.pending}>
              Hand over and leave
            </button>
            <button
              className="button button--quiet"
              type="button"
              onClick={() => setNeedsSuccessor(false)}
            >
              Stay
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
