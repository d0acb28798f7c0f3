import {
  NotificationSettingsDocument,
  UpdateNotificationSettingsDocument,
  type NotificationEmail,
} from '@boardwalk/client';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { errorMessage } from '../api/error-message';
import { request } from '../api/graphql-client';
import { useMutation } from '../api/use-mutation';
import { useQuery } from '../api/use-query';
import { ErrorNotice } from '../components/error-notice';
import { Loading } from '../components/loading';

const CHOICES: Array<{ value: NotificationEmail; label: string; hint: (limit: number) => string }> =
  [
    {
      value: 'DAILY_DIGEST',
      label: 'A daily digest',
      hint: () => 'At most one mail a day listing what is new.',
    },
    {
      value: 'EACH',
      label: 'A mail for each notification',
      hint: (limit) => `Up to ${limit} a day; the rest wait for the daily digest.`,
    },
    {
      value: 'NONE',
      label: 'No mail',
      hint: () => 'Notifications stay in the app, under the bell.',
    },
  ];

/** Which notifications reach the member by mail; the digest is the quiet default. */
export function NotificationEmailSettings() {
  const { data, error, loading, update } = useQuery(NotificationSettingsDocument, {});
  const [choice, setChoice] = useState<NotificationEmail | null>(null);
  const [saved, setSaved] = useState(false);
  const current = data?.notificationSettings;
  const selected = choice ?? current?.email ?? 'DAILY_DIGEST';
  const save = useMutation(async () => {
    const { updateNotificationSettings } = await request(UpdateNotificationSettingsDocument, {
      input: { email: selected },
    });
    update(() => ({ notificationSettings: updateNotificationSettings }));
    setSaved(true);
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    void save.run();
  }

  return (
    <form className="panel" onSubmit={submit} aria-labelledby="notification-email-heading">
      <h2 id="notification-email-heading">Notification mail</h2>
      {loading && !data ? <Loading /> : null}
      <ErrorNotice message={error ? errorMessage(error) : save.error} />
      {current ? (
        <>
          <fieldset className="choice-list">
            <legend>Mail me about replies and mentions with</legend>
            {CHOICES.map((option) => (
              <div className="field field--checkbox" key={option.value}>
                <input
                  id={`notification-email-${option.value}`}
                  type="radio"
                  name="notification-email"
                  value={option.value}
                  checked={selected === option.value}
                  onChange={() => {
                    setChoice(option.value);
                    setSaved(false);
                  }}
                  aria-describedby={`notification-email-${option.value}-hint`}
                />
                <label htmlFor={`notification-email-${option.value}`}>
                  {option.label}{' '}
                  <span className="muted" id={`notification-email-${option.value}-hint`}>
                    {option.hint(current.dailyEmailLimit)}
                  </span>
                </label>
              </div>
            ))}
          </fieldset>
          {saved ? <p role="status">Notification mail saved.</p> : null}
          <button className="button" type="submit" disabled={save.pending}>
            Save notification mail
          </button>
        </>
      ) : null}
    </form>
  );
}
