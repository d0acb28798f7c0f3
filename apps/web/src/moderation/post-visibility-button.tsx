import { HidePostDocument, UnhidePostDocument, type PostFieldsFragment } from '@boardwalk/client';
import { useState } from 'react';
import { request } from '../api/graphql-client';
import { useMutation } from '../api/use-mutation';
import { ReasonDialog } from '../components/reason-dialog';

interface PostVisibilityButtonProps {
  post: PostFieldsFragment;
  onChange: (post: PostFieldsFragment) => void;
}

/** A moderator hides a post, or shows it again, with a reason the public log records. */
export function PostVisibilityButton({ post, onChange }: PostVisibilityButtonProps) {
  const [open, setOpen] = useState(false);
  const change = useMutation(async (reason: string) => {
    const variables = { postId: post.id, reason };
    const updated = post.hidden
      ? (await request(UnhidePostDocument, variables)).unhidePost
      : (await request(HidePostDocument, variables)).hidePost;
    setOpen(false);
    onChange(updated);
  });
  const action = post.hidden ? 'Show again' : 'Hide';
  return (
    <>
      <button
        className="button button--small button--quiet"
        type="button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {action}
      </button>
      {open ? (
        <ReasonDialog
          title={post.hidden ? 'Show this post again' : 'Hide this post'}
          explanation="The reason appears in the public moderation log with your name."
          label="Reason"
          submitLabel={post.hidden ? 'Show the post' : 'Hide the post'}
          pending={change.pending}
          error={change.error}
          onSubmit={(reason) => void change.run(reason)}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}
