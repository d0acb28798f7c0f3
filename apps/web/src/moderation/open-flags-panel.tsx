import { DismissFlagsDocument, HidePostDocument, OpenFlagsDocument } from '@boardwalk/client';
import type { OpenFlagsQuery } from '@boardwalk/client';
import { useCallback, useState } from 'react';
import { Link } from 'react-router-dom';
import { errorMessage } from '../api/error-message';
import { request } from '../api/graphql-client';
import { useCursorList } from '../api/use-cursor-list';
import { useMutation } from '../api/use-mutation';
import { AuthorName } from '../components/author-name';
import { EmptyState } from '../components/empty-state';
import { ErrorNotice } from '../components/error-notice';
import { Loading } from '../components/loading';
import { PostBody } from '../components/post-body';
import { ReasonDialog } from '../components/reason-dialog';
import { RelativeTime } from '../components/relative-time';

type OpenFlag = OpenFlagsQuery['openFlags']['edges'][number]['node'];
type Review = { flag: OpenFlag; decision: 'hide' | 'dismiss' };

/** The board's open flags, each reviewed by hiding the post or dismissing its flags. */
export function OpenFlagsPanel({ boardId }: { boardId: string }) {
  const fetchPage = useCallback(
    async (after: string | null) => {
      const { openFlags } = await request(OpenFlagsDocument, { boardId, after });
      return { items: openFlags.edges.map((edge) => edge.node), pageInfo: openFlags.pageInfo };
    },
    [boardId],
  );
  const flags = useCursorList(fetchPage);
  const [review, setReview] = useState<Review | null>(null);
  const decide = useMutation(async ({ flag, decision }: Review, reason: string) => {
    const variables = { postId: flag.post.id, reason };
    if (decision === 'hide') await request(HidePostDocument, variables);
    else await request(DismissFlagsDocument, variables);
    // Either decision closes every open flag of that post.
    flags.update((items) => items.filter((item) => item.post.id !== flag.post.id));
    setReview(null);
  });

  return (
    <section aria-labelledby="open-flags-heading">
      <h3 id="open-flags-heading">Open flags</h3>
      {flags.loading && flags.items.length === 0 ? <Loading /> : null}
      <ErrorNotice message={flags.error ? errorMessage(flags.error) : null} />
      {!flags.loading && !flags.error && flags.items.length === 0 ? (
        <EmptyState title="No open flags.">
          <p>When members flag a post here, it waits for your review in this list.</p>
        </EmptyState>
      ) : null}
      <ul className="card-list">
        {flags.items.map((flag) => (
          <li key={flag.id} className="card flag-item">
            <p className="card__meta">
              <AuthorName author={flag.flaggedBy} /> flagged a post by{' '}
              <AuthorName author={flag.post.author} /> <RelativeTime iso={flag.createdAt} /> in{' '}
              <Link
                to={`/b/${flag.post.thread.board.slug}/t/${flag.post.thread.id}#post-${flag.post.id}`}
              >
                {flag.post.thread.title}
              </Link>
            </p>
            <p className="flag-item__reason">
              <strong>Reason:</strong> {flag.reason}
            </p>
            <blockquote className="flag-item__post">
              {flag.post.hidden ? <p className="muted">Already hidden.</p> : null}
              <PostBody html={flag.post.bodyHtml} />
            </blockquote>
            <div className="actions">
              {!flag.post.hidden ? (
                <button
                  className="button button--small"
                  type="button"
                  aria-haspopup="dialog"
                  onClick={() => setReview({ flag, decision: 'hide' })}
                >
                  Hide post
                </button>
              ) : null}
              <button
                className="button button--small button--quiet"
                type="button"
                aria-haspopup="dialog"
                onClick={() => setReview({ flag, decision: 'dismiss' })}
              >
                Dismiss flags
              </button>
            </div>
          </li>
        ))}
      </ul>
      {flags.hasMore ? (
        <button
          className="button button--quiet"
          type="button"
          disabled={flags.loading}
          onClick={() => void flags.loadMore()}
        >
          Load more
        </button>
      ) : null}
      {review ? (
        <ReasonDialog
          title={review.decision === 'hide' ? 'Hide this post' : 'Dismiss the flags'}
          explanation="The reason appears in the public moderation log with your name."
          label="Reason"
          submitLabel={review.decision === 'hide' ? 'Hide the post' : 'Dismiss the flags'}
          pending={decide.pending}
          error={decide.error}
          onSubmit={(reason) => void decide.run(review, reason)}
          onClose={() => setReview(null)}
        />
      ) : null}
    </section>
  );
}
