import type { BoardPresence } from '../realtime/use-board-watch';

/** Names shown beside the count; the rest are summed up. */
const NAMES_SHOWN = 3;

export function presenceSentence({ count, viewers }: BoardPresence): string {
  const names = viewers.slice(0, NAMES_SHOWN).map((viewer) => viewer.displayName);
  const here = `${count.toLocaleString('en')} here now`;
  if (names.length === 0) return here;
  const others = count - names.length;
  return `${here}: ${names.join(', ')}${others > 0 ? ` and ${others.toLocaleString('en')} more` : ''}`;
}

/**
 * Who else is reading the board. Not a live region: a count that changes as people come and go
 * would interrupt screen reader users for little reason.
 */
export function PresenceSummary({ presence }: { presence: BoardPresence | null }) {
  if (!presence || presence.count === 0) return null;
  return (
    <p className="presence">
      <span className="presence__dot" aria-hidden="true" />
      {presenceSentence(presence)}
    </p>
  );
}
