export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

const DOMAIN_PATTERN =
  /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

export function isValidDomain(domain: string): boolean {
  return DOMAIN_PATTERN.test(domain);
}

/** How an admin's entry is stored: trimmed, lower-cased, without a leading "@". */
export function normaliseDomain(domain: string): string {
  return domain.trim().toLowerCase().replace(/^@/, '');
}

/**
 * An admin's staff domain list as stored: normalised, without duplicates, sorted; `invalid` is the
 * first entry that is not a domain name, if any.
 */
export function normaliseStaffDomains(domains: readonly string[]): {
  domains: string[];
  invalid: string | null;
} {
  const normalised = [...new Set(domains.map(normaliseDomain))];
  const invalid = normalised.find((domain) => !isValidDomain(domain)) ?? null;
  return { domains: normalised.sort(), invalid };
}
