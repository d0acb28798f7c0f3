/** Marks a person who speaks for the company: always with their own name, never instead of it. */
export function StaffBadge({ title }: { title?: string | null }) {
  return (
    <span className="staff-badge">
      <span className="staff-badge__label">Staff</span>
      {title ? <span className="staff-badge__title">{title}</span> : null}
    </span>
  );
}
