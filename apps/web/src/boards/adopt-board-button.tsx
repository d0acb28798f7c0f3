import { AdoptBoardDocument } from '@boardwalk/client';
import { BoardLimits } from '@boardwalk/contracts';
import { request } from '../api/graphql-client';
import { useMutation } from '../api/use-mutation';
import { ErrorNotice } from '../components/error-notice';
import type { BoardChange } from './board-change';

/**
 * A board whose moderators all went quiet can be adopted by an active member. Only the API knows
 * the whole rule (moderators' activity, the member's recent posts), so the button is offered and
 * its refusal explains why not.
 */
export function AdoptBoardButton({
  boardId,
  onChange,
}: {
  boardId: string;
  onChange: (change: BoardChange) => void;
}) {
  const adopt = useMutation(async () => {
    onChange((await request(AdoptBoardDocument, { boardId })).adoptBoard);
  });
  return (
    <div className="adopt-board">
      <p className="muted">
        Moderators away for {BoardLimits.moderatorInactiveDays} days? A member who posts here can
        look after the board.
      </p>
      <button
        className="button button--small button--quiet"
        type="button"
        disabled={adopt.pending}
        onClick={() => void adopt.run()}
      >
        Adopt this board
      </button>
      <ErrorNotice message={adopt.error} />
    </div>
  );
}
