import { lazy, Suspense } from 'react';
import { Link } from 'react-router-dom';
import { Loading } from '../components/loading';
import { AddModeratorForm } from './add-moderator-form';
import type { BoardChange } from './board-change';
import { BoardDescriptionForm } from './board-description-form';

// Only moderators review flags: readers of the board never download this part.
const OpenFlagsPanel = lazy(() =>
  import('../moderation/open-flags-panel').then((module) => ({ default: module.OpenFlagsPanel })),
);

interface BoardModeratorToolsProps {
  board: { id: string; slug: string; description: string; viewerIsModerator: boolean };
  onChange: (change: BoardChange) => void;
}

/** Board settings and flag review, shown to the board's moderators (flags to admins as well). */
export function BoardModeratorTools({ board, onChange }: BoardModeratorToolsProps) {
  return (
    <section className="panel moderator-tools" aria-labelledby="moderator-tools-heading">
      <h2 id="moderator-tools-heading">Moderator tools</h2>
      <p className="muted">
        What you do here is public: hides and dismissals appear in the{' '}
        <Link to={`/b/${board.slug}/moderation`}>moderation log</Link>.
      </p>
      {board.viewerIsModerator ? (
        <div className="moderator-tools__forms">
          <BoardDescriptionForm
            boardId={board.id}
            description={board.description}
            onChange={onChange}
          />
          <AddModeratorForm boardId={board.id} onChange={onChange} />
        </div>
      ) : null}
      <Suspense fallback={<Loading />}>
        <OpenFlagsPanel boardId={board.id} />
      </Suspense>
    </section>
  );
}
