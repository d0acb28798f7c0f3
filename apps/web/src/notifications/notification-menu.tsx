import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { EmptyState } from '../components/empty-state';
import { ErrorNotice } from '../components/error-notice';
import { RelativeTime } from '../components/relative-time';
import { notificationLink, notificationText } from './notification-text';
import { unreadLabel, type UnreadSummary } from './unread-summary';
import type { NotificationsState } from './use-notifications';

function buttonLabel(unread: UnreadSummary): string {
  if (unread.count === 0) return 'Notifications, none unread';
  return `Notifications, ${unreadLabel(unread)} unread`;
}

/**
 * The header's bell: the unread count, and on open the newest notifications with links to their
 * threads. A disclosure, not a modal: Escape or a click elsewhere closes it and focus goes back.
 */
export function NotificationMenu({ state }: { state: NotificationsState }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const container = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const { notifications, unread } = state;

  useEffect(() => {
    if (!open) return;
    const closeOnOutsideClick = (event: MouseEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', closeOnOutsideClick);
    return () => document.removeEventListener('mousedown', closeOnOutsideClick);
  }, [open]);

  function close() {
    setOpen(false);
    toggle.current?.focus();
  }

  return (
    <div
      className="notification-menu"
      ref={container}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) close();
      }}
    >
      <button
        ref={toggle}
        className="button button--small button--quiet notification-menu__toggle"
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={buttonLabel(unread)}
        onClick={() => setOpen((shown) => !shown)}
      >
        {/* The name holds the visible text, "Notifications 2", word for word, so speech users
            can say what they see (WCAG 2.5.3): the space keeps "Notifications2" from being it. */}
        Notifications
        {unread.count > 0 ? (
          <>
            {' '}
            <span className="notification-menu__count" aria-hidden="true">
              {unreadLabel(unread)}
            </span>
          </>
        ) : null}
      </button>
      {open ? (
        <div className="notification-menu__panel" id={panelId}>
          <div className="notification-menu__bar">
            <h2 className="notification-menu__title">Notifications</h2>
            {unread.count > 0 ? (
              <button
                className="button button--small button--quiet"
                type="button"
                disabled={state.markAllReadPending}
                onClick={() => void state.markAllRead()}
              >
                Mark all read
              </button>
            ) : null}
          </div>
          <ErrorNotice message={state.markAllReadError} />
          {state.failed ? (
            <p className="muted">Could not check for new notifications; trying again soon.</p>
          ) : null}
          {notifications.length === 0 ? (
            <EmptyState title="Nothing new.">
              <p>Replies to your posts and @mentions of you will show up here.</p>
            </EmptyState>
          ) : (
            <ul className="notification-list">
              {notifications.map((notification) => {
                const link = notificationLink(notification);
                return (
                  <li
                    key={notification.id}
                    className={
                      notification.readAt
                        ? 'notification-list__item'
                        : 'notification-list__item notification-list__item--unread'
                    }
                  >
                    {notification.readAt ? null : <span className="visually-hidden">Unread: </span>}
                    {notificationText(notification)}{' '}
                    {link && notification.thread ? (
                      <Link to={link} onClick={() => setOpen(false)}>
                        {notification.thread.title}
                      </Link>
                    ) : (
                      'a thread that is gone'
                    )}{' '}
                    <span className="muted">
                      <RelativeTime iso={notification.createdAt} />
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      ) : null}
    </div>
  );
}
