import type { PostFieldsFragment } from '@boardwalk/client';
import { Link } from 'react-router-dom';
import { AuthorName } from '../components/author-name';
import { RelativeTime } from '../components/relative-time';
import { PostContent } from './post-content';

interface AcceptedAnswerSummaryProps {
  answer: PostFieldsFragment;
  boardSlug: string;
  /** Whether the answer is among the posts this page shows. */
  onThisPage: boolean;
}

/**
 * The accepted answer at the top of the thread, whichever page of posts holds it, so a reader
 * with the same question gets the answer first. The link goes to the post in the conversation:
 * on this page by its anchor, on another page through `?answer=`, which the thread page turns
 * into that page's address.
 */
export function AcceptedAnswerSummary({
  answer,
  boardSlug,
  onThisPage,
}: AcceptedAnswerSummaryProps) {
  const anchor = `#post-${answer.id}`;
  return (
    <section className="accepted-summary" aria-labelledby="accepted-summary-heading">
      <h2 id="accepted-summary-heading" className="accepted-summary__heading">
        Accepted answer
      </h2>
      <p className="card__meta">
        By <AuthorName author={answer.author} /> <RelativeTime iso={answer.createdAt} />
      </p>
      <PostContent post={answer} boardSlug={boardSlug} />
      <p className="accepted-summary__link">
        {onThisPage ? (
          <a href={anchor}>Go to the answer in the thread</a>
        ) : (
          <Link to={`?answer=${encodeURIComponent(answer.id)}`}>
            Go to the answer in the thread
          </Link>
        )}
      </p>
    </section>
  );
}
