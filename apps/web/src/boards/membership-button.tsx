import { JoinBoardDocument, LeaveBoardDocument } from '@boardwalk/client';
import { request } from '../api/graphql-client';
import { useMutation } from '../api/use-mutation';

interface MembershipButtonProps {
  boardId: string;
  isMember: boolean;
  onChange: (membership: { memberCount: number; viewerIsMember: boolean }) => void;
}

export function MembershipButton({ boardId, isMember, onChange }: MembershipButtonProps) {
  const toggle = useMutation(async () => {
    if (isMember) onChange((await request(LeaveBoardDocument, { boardId })).leaveBoard);
    else onChange((await request(JoinBoardDocument, { boardId })).joinBoard);
  });
  return (
    <div className="membership">
      <button
        className={isMember ? 'button button--quiet' : 'button'}
        type="button"
        disabled={toggle.pending}
        onClick={() => void toggle.run()}
      >
        {isMember ? 'Leave board' : 'Join board'}
      </button>
      {toggle.error ? (
        <p className="field__error" role="alert">
          {toggle.error}
        </p>
      ) : null}
    </div>
  );
}
