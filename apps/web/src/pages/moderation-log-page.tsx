import { PageTitle } from '../components/page-title';
import { ModerationLogList } from '../moderation/moderation-log-list';

/** Every board's moderation, in public: accountability instead of silent deletions. */
export default function ModerationLogPage() {
  return (
    <section>
      <PageTitle>Moderation log</PageTitle>
      <p className="lead">
        Every hidden post, reviewed flag, board adoption and staff change, with who did it and why.
      </p>
      <ModerationLogList boardId={null} />
    </section>
  );
}
