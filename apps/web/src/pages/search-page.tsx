import { SearchThreadsDocument } from '@boardwalk/client';
import { Link, useSearchParams } from 'react-router-dom';
import { errorMessage } from '../api/error-message';
import { useQuery } from '../api/use-query';
import { EmptyState } from '../components/empty-state';
import { ErrorNotice } from '../components/error-notice';
import { Loading } from '../components/loading';
import { PageTitle } from '../components/page-title';
import { ThreadListItem } from '../threads/thread-list-item';

export default function SearchPage() {
  const [params] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  return (
    <section>
      <PageTitle>{query ? `Search: ${query}` : 'Search'}</PageTitle>
      {query ? (
        <SearchResults query={query} after={params.get('after')} />
      ) : (
        <p>Type words in the search box to find conversations.</p>
      )}
    </section>
  );
}

function SearchResults({ query, after }: { query: string; after: string | null }) {
  const { data, error, loading } = useQuery(SearchThreadsDocument, { query, after });
  if (loading && !data) return <Loading label="Searching…" />;
  if (error) return <ErrorNotice message={errorMessage(error)} />;
  const threads = data?.search.edges.map((edge) => edge.node) ?? [];
  const pageInfo = data?.search.pageInfo;
  if (threads.length === 0) {
    return (
      <EmptyState title={`Nothing matches “${query}” yet.`}>
        <p>
          Try other words, or <Link to="/">find a board</Link> and start the conversation.
        </p>
      </EmptyState>
    );
  }
  return (
    <>
      <p role="status" className="muted">
        Threads matching “{query}”, best match first.
      </p>
      <ul className="card-list">
        {threads.map((thread) => (
          <li key={thread.id}>
            <ThreadListItem
              thread={thread}
              boardSlug={thread.board.slug}
              boardName={thread.board.name}
            />
          </li>
        ))}
      </ul>
      {pageInfo?.hasNextPage && pageInfo.endCursor ? (
        <p>
          <Link
            to={`/search?${new URLSearchParams({ q: query, after: pageInfo.endCursor }).toString()}`}
          >
            More results
          </Link>
        </p>
      ) : null}
    </>
  );
}
