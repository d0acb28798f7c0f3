import { SetStaffDomainsDocument, StaffDomainsDocument } from '@boardwalk/client';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { errorMessage } from '../api/error-message';
import { request } from '../api/graphql-client';
import { useMutation } from '../api/use-mutation';
import { useQuery } from '../api/use-query';
import { EmptyState } from '../components/empty-state';
import { ErrorNotice } from '../components/error-notice';
import { FormField } from '../components/form-field';
import { Loading } from '../components/loading';

/** Lower-cased, without a leading "@" someone pasted from an address. */
function cleanDomain(raw: string): string {
  return raw.trim().replace(/^@/, '').toLowerCase();
}

/**
 * Edits the list locally and saves it whole: the API replaces the list, and every account's
 * staff status follows at once, so the change is one deliberate step. The API validates domains.
 */
export function StaffDomainsEditor() {
  const { data, error, loading, update } = useQuery(StaffDomainsDocument, {});
  const [draft, setDraft] = useState<string[] | null>(null);
  const [newDomain, setNewDomain] = useState('');
  const [saved, setSaved] = useState(false);
  const domains = draft ?? data?.staffDomains ?? [];
  const changed = draft !== null && draft.join(',') !== (data?.staffDomains ?? []).join(',');
  const save = useMutation(async () => {
    const { setStaffDomains } = await request(SetStaffDomainsDocument, { domains });
    update(() => ({ staffDomains: setStaffDomains }));
    setDraft(null);
    setSaved(true);
  });

  function edit(next: string[]) {
    setDraft(next);
    setSaved(false);
  }

  function add(event: FormEvent) {
    event.preventDefault();
    const domain = cleanDomain(newDomain);
    if (domain && !domains.includes(domain)) edit([...domains, domain]);
    setNewDomain('');
  }

  if (loading && !data) return <Loading />;
  if (error) return <ErrorNotice message={errorMessage(error)} />;

  return (
    <div className="staff-domains">
      {domains.length === 0 ? (
        <EmptyState title="No staff domains yet.">
          <p>Add your company&apos;s email domain so colleagues can reply as staff.</p>
        </EmptyState>
      ) : (
        <ul className="domain-list" aria-label="Staff domains">
          {domains.map((domain) => (
            <li key={domain} className="domain-list__item">
              <span>{domain}</span>
              <button
                className="button button--small button--quiet"
                type="button"
                aria-label={`Remove ${domain}`}
                onClick={() => edit(domains.filter((kept) => kept !== domain))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="inline-form staff-domains__add" onSubmit={add}>
        <FormField
          label="Add a domain"
          hint="For example example.com. Accounts verified at this domain become staff."
          value={newDomain}
          onChange={(event) => setNewDomain(event.target.value)}
          autoComplete="off"
        />
        <button className="button button--quiet" type="submit">
          Add
        </button>
      </form>
      <ErrorNotice message={save.error} />
      {saved ? (
        <p role="status">Staff domains saved. Staff status of every account follows them now.</p>
      ) : null}
      {changed ? (
        <p className="muted">
          Unsaved changes. Removing a domain ends staff status for accounts at it.
        </p>
      ) : null}
      <div className="actions">
        <button
          className="button"
          type="button"
          disabled={!changed || save.pending}
          onClick={() => void save.run()}
        >
          Save staff domains
        </button>
        {changed ? (
          <button className="button button--quiet" type="button" onClick={() => setDraft(null)}>
            Undo changes
          </button>
        ) : null}
      </div>
    </div>
  );
}
