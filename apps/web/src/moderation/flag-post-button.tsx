import { FlagPostDocument, GraphqlRequestError } from '@boardwalk/client';
import { useState } from 'react';
import { request } from '../api/graphql-client';
import { useMutation } from '../api/use-mutation';
import { ReasonDialog } from '../components/reason-dialog';

/**
 * Reports a post to the board's moderators. A member flags a post once; the server answers
 * CONFLICT for a second flag, which means the earlier one stands, so it also reads "Flagged".
 */
export function FlagPostButton({ postId }: { postId: string }) {
  const [open, setOpen] = useState(false);
  const [flagged, setFlagged] = useState(false);
  const flag = useMutation(async (reason: string) => {
    try {
      await request(FlagPostDocument, { postId, reason });
    } catch (error) {
      if (!(error instanceof GraphqlRequestError && error.code === 'CONFLICT')) throw error;
    }
    setFlagged(true);
    setOpen(false);
  });

  if (flagged) {
    return (
      <span className="tag" role="status">
        Flagged
      </span>
    );
  }
  return (
    <>
      <button
        className="button button--small button--quiet"
        type="button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        Flag
      </button>
      {open ? (
        <ReasonDialog
          title="Flag this post"
          explanation="The board's moderators read flags. Who flagged stays between you and them."
          label="What is wrong with it?"
          submitLabel="Send flag"
          pending={flag.pending}
          error={flag.error}
          onSubmit={(reason) => void flag.run(reason)}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}
