import { useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';

/** Full-text search of threads, from every page. */
export function SearchForm() {
  const [params] = useSearchParams();
  const [query, setQuery] = useState(params.get('q') ?? '');
  const navigate = useNavigate();

  function submit(event: FormEvent) {
    event.preventDefault();
    const words = query.trim();
    if (words) void navigate(`/search?q=${encodeURIComponent(words)}`);
  }

  return (
    <form className="search-form" role="search" onSubmit={submit}>
      <label className="visually-hidden" htmlFor="site-search">
        Search conversations
      </label>
      <input
        id="site-search"
        type="search"
        placeholder="Search conversations"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <button className="button button--small" type="submit">
        Search
      </button>
    </form>
  );
}
