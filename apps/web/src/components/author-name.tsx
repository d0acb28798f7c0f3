import type { AuthorFieldsFragment } from '@boardwalk/client';
import { Link } from 'react-router-dom';
import { StaffBadge } from './staff-badge';

/** An author as every list and post shows them: name, @handle and the staff badge. */
export function AuthorName({ author }: { author: AuthorFieldsFragment }) {
  return (
    <span className="author">
      <Link className="author__name" to={`/u/${author.handle}`}>
        {author.displayName}
      </Link>{' '}
      <span className="author__handle">@{author.handle}</span>
      {author.isStaff ? (
        <>
          {' '}
          <StaffBadge title={author.staffTitle} />
        </>
      ) : null}
    </span>
  );
}
