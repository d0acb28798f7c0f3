/** True when the error is PostgreSQL's unique_violation (23505), from node-postgres or PGlite. */
export function isUniqueViolation(
  error: unknown,
): error is Error & { detail?: string; constraint?: string } {
  const code =
    (error as { code?: unknown })?.code ??
    (error as { driverError?: { code?: unknown } })?.driverError?.code;
  return code === '23505';
}

/** The `Key (column)=(value) already exists.` detail of a unique violation, if any. */
export function violationDetail(error: unknown): string {
  const detail =
    (error as { detail?: unknown })?.detail ??
    (error as { driverError?: { detail?: unknown } })?.driverError?.detail;
  return typeof detail === 'string' ? detail : '';
}
