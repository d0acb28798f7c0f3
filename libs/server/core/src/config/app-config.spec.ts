import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('gives the documented defaults', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.host).toBe('0.0.0.0');
    expect(config.dataDir).toMatch(/\/data$/);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.usesEmbeddedDatabase).toBe(true);
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.logLevel).toBe('info');
    expect(config.trustProxy).toBe(false);
  });

  it('parses lists, URLs and the public URL', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://u@db:5432/bw',
      STAFF_EMAIL_DOMAINS: ' Acme.example, ,corp.example ',
      ADMIN_EMAILS: 'Root@Acme.example',
      PUBLIC_URL: 'https://community.example/',
      TRUST_PROXY: '1',
    });
    expect(config.port).toBe(8080);
    expect(config.usesEmbeddedDatabase).toBe(false);
    expect(config.staffEmailDomains).toEqual(['acme.example', 'corp.example']);
    expect(config.adminEmails.has('root@acme.example')).toBe(true);
    expect(config.publicUrl).toBe('https://community.example');
    expect(config.trustProxy).toBe(1);
  });

  it('reads STAFF_REVERIFY_DAYS as whole days, 90 when unset or empty', () => {
    expect(loadConfig({}).staffReverifyDays).toBe(90);
    expect(loadConfig({ STAFF_REVERIFY_DAYS: '' }).staffReverifyDays).toBe(90);
    expect(loadConfig({ STAFF_REVERIFY_DAYS: '30' }).staffReverifyDays).toBe(30);
    expect(loadConfig({ STAFF_REVERIFY_DAYS: '1' }).staffReverifyDays).toBe(1);
    expect(loadConfig({ STAFF_REVERIFY_DAYS: '3650' }).staffReverifyDays).toBe(3650);
  });

  it.each([
    ['STAFF_REVERIFY_DAYS', '0', /^Invalid configuration: STAFF_REVERIFY_DAYS must be a whole/],
    ['STAFF_REVERIFY_DAYS', '-5', /^Invalid configuration: STAFF_REVERIFY_DAYS /],
    ['STAFF_REVERIFY_DAYS', '1.5', /^Invalid configuration: STAFF_REVERIFY_DAYS /],
    ['STAFF_REVERIFY_DAYS', '90d', /^Invalid configuration: STAFF_REVERIFY_DAYS /],
    ['STAFF_REVERIFY_DAYS', '3651', /^Invalid configuration: STAFF_REVERIFY_DAYS /],
    ['STAFF_REVERIFY_DAYS', '99999999999', /\(got "99999999999"\)$/],
    [
      'PORT',
      'abc',
      /^Invalid configuration: PORT must be an integer from 0 to 65535 \(got "abc"\)$/,
    ],
    ['PORT', '70000', /^Invalid configuration: PORT /],
    [
      'DATABASE_URL',
      'mysql://x',
      /^Invalid configuration: DATABASE_URL must be a URL like postgres:/,
    ],
    ['DATABASE_URL', 'not a url', /^Invalid configuration: DATABASE_URL /],
    ['REDIS_URL', 'http://x', /^Invalid configuration: REDIS_URL /],
    ['LOG_LEVEL', 'loud', /^Invalid configuration: LOG_LEVEL /],
  ])('refuses %s=%s with one line naming the variable', (name, value, message) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});
