import type { ReactNode } from 'react';

/** What a list shows before anyone has written in it: an invitation, not a blank. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <p className="empty-state__title">{title}</p>
      {children}
    </div>
  );
}
