import {
  BoardDirectoryDocument,
  type BoardOrder,
  type BoardSummaryFieldsFragment,
} from '@boardwalk/client';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { errorMessage } from '../api/error-message';
import { useQuery } from '../api/use-query';
import { BoardCard } from '../boards/board-card';
import { CreateBoardLink } from '../boards/create-board-link';
import { EmptyState } from '../components/empty-state';
import { ErrorNotice } from '../components/error-notice';
import { Loading } from '../components/loading';
import { PageTitle } from '../components/page-title';
import { liveBoard } from '../realtime/live-payloads';
import { useBoardCreated } from '../realtime/use-board-created';

const ORDERS: Array<{ order: BoardOrder; label: string }> = [
  { order: 'TRENDING', label: 'Trending' },
  { order: 'NEWEST', label: 'Newest' },
  { order: 'MEMBERS', label: 'Most members' },
  { order: 'ACTIVE', label: 'Recently active' },
];

function orderFrom(value: string | null): BoardOrder {
  return ORDERS.find(({ order }) => order.toLowerCase() === value)?.order ?? 'TRENDING';
}

export default function BoardDirectoryPage() {
  const [params, setParams] = useSearchParams();
  const orderBy = orderFrom(params.get('order'));
  const query = params.get('find') ?? '';
  const after = params.get('after');
  const [draft, setDraft] = useState(query);
  const { data, error, loading } = useQuery(BoardDirectoryDocument, {
    orderBy,
    query: query || null,
    first: 30,
    after,
  });

  function find(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams(params);
    next.delete('after');
    if (draft.trim()) next.set('find', draft.trim());
    else next.delete('find');
    setParams(next);
  }

  function linkTo(order: BoardOrder): string {
    const next = new URLSearchParams();
    if (order !== 'TRENDING') next.set('order', order.toLowerCase());
    if (query) next.set('find', query);
    const search = next.toString();
    return search ? `/?${search}` : '/';
  }

  // Boards created while this page is open, newest first; whatever the list's order or filter,
  // a new board is news worth showing (TRENDING would leave it out until it has members).
  const [justStarted, setJustStarted] = useState<BoardSummaryFieldsFragment[]>([]);
  useBoardCreated((board) =>
    setJustStarted((shown) =>
      shown.some((other) => other.id === board.id) ? shown : [liveBoard(board), ...shown],
    ),
  );

  const boards = data?.boards.edges.map((edge) => edge.node) ?? [];
  const newBoards = justStarted.filter((board) => !boards.some((other) => other.id === board.id));
  const pageInfo = data?.boards.pageInfo;

  return (
    <section>
      <div className="page-heading">
        <PageTitle>Boards</PageTitle>
        <CreateBoardLink />
      </div>
      <p className="lead">Boards are started and run by members. Join one, or start your own.</p>
      <div className="directory-tools">
        <nav aria-label="Sort boards" className="tabs">
          {ORDERS.map(({ order, label }) => (
            <Link
              key={order}
              to={linkTo(order)}
              className="tabs__tab"
              aria-current={order === orderBy ? 'page' : undefined}
            >
              {label}
            </Link>
          ))}
        </nav>
        <form className="inline-form" role="search" onSubmit={find}>
          <label className="visually-hidden" htmlFor="board-find">
            Find boards
          </label>
          <input
            id="board-find"
            type="search"
            placeholder="Find boards"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
          <button className="button button--small" type="submit">
            Find
          </button>
        </form>
      </div>
      <section aria-live="polite" aria-label="Just started">
        {newBoards.length > 0 ? (
          <>
            <h2 className="section-title">Just started</h2>
            <ul className="card-list">
              {newBoards.map((board) => (
                <li key={board.id}>
                  <BoardCard board={board} />
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      {loading && !data ? <Loading /> : null}
      <ErrorNotice message={error ? errorMessage(error) : null} />
      {data && boards.length === 0 ? (
        <EmptyState title={query ? `No boards match “${query}”.` : 'No boards here yet.'}>
          <p>
            {orderBy === 'TRENDING' && !query
              ? 'New boards show up here once a few people have joined. '
              : ''}
            Every board starts with one member who cares about a topic. Start the first one.
          </p>
          <CreateBoardLink />
        </EmptyState>
      ) : null}
      <ul className="card-list">
        {boards.map((board) => (
          <li key={board.id}>
            <BoardCard board={board} />
          </li>
        ))}
      </ul>
      {pageInfo?.hasNextPage && pageInfo.endCursor ? (
        <p>
          <Link
            to={`?${new URLSearchParams({ ...Object.fromEntries(params), after: pageInfo.endCursor }).toString()}`}
          >
            More boards
          </Link>
        </p>
      ) : null}
    </section>
  );
}
