import { domainOf, isValidDomain, normaliseEmail, normaliseStaffDomains } from './email-address';

describe('email addresses', () => {
  it('stores an address trimmed and lower-cased, so one mailbox is one account', () => {
    expect(normaliseEmail('  Ada.Lovelace@Acme.Example ')).toBe('ada.lovelace@acme.example');
    expect(normaliseEmail('ada@acme.example')).toBe('ada@acme.example');
  });

  it('takes the domain after the last "@", lower-cased', () => {
    expect(domainOf('ada@Acme.Example')).toBe('acme.example');
    expect(domainOf('"a@b"@corp.example')).toBe('corp.example');
    expect(domainOf('no-at-sign')).toBe('no-at-sign');
  });

  it.each(['acme.example', 'mail.acme.example', 'a-b.example', 'x1.io', `${'a'.repeat(63)}.com`])(
    'accepts the domain %s',
    (domain) => {
      expect(isValidDomain(domain)).toBe(true);
    },
  );

  it.each([
    '',
    'localhost',
    'Acme.example',
    '-acme.example',
    'acme-.example',
    'acme..example',
    'acme.example.',
    'acme.123',
    'ac me.example',
    '@acme.example',
    `${'a'.repeat(64)}.com`,
    `${'abcdefghi.'.repeat(25)}example`,
  ])('refuses the domain %j', (domain) => {
    expect(isValidDomain(domain)).toBe(false);
  });
});

describe('normaliseStaffDomains', () => {
  it('trims, lower-cases, drops a leading "@", removes duplicates and sorts', () => {
    expect(
      normaliseStaffDomains([' NewCo.example ', '@acme.example', 'newco.example', 'ACME.example']),
    ).toEqual({ domains: ['acme.example', 'newco.example'], invalid: null });
  });

  it('names the first entry that is not a domain', () => {
    expect(normaliseStaffDomains(['acme.example', 'not a domain', '']).invalid).toBe(
      'not a domain',
    );
    expect(normaliseStaffDomains(['']).invalid).toBe('');
  });

  it('accepts an empty list: no staff domains at all', () => {
    expect(normaliseStaffDomains([])).toEqual({ domains: [], invalid: null });
  });
});
