import type { RealtimeUser } from '@boardwalk/contracts';

/** "Ana Lima is typing…", "Ana Lima and Bo Chen are typing…", "Ana Lima and 3 others are typing…". */
export function typingSentence(people: readonly RealtimeUser[]): string {
  if (people.length === 0) return '';
  const [first, second] = people;
  if (people.length === 1) return `${first.displayName} is typing…`;
  if (people.length === 2) return `${first.displayName} and ${second.displayName} are typing…`;
  return `${first.displayName} and ${people.length - 1} others are typing…`;
}

/** A polite live region that is always mounted, so screen readers hear it start and stop. */
export function TypingIndicator({ people }: { people: readonly RealtimeUser[] }) {
  return (
    <p className="typing-indicator muted" aria-live="polite">
      {typingSentence(people)}
    </p>
  );
}
