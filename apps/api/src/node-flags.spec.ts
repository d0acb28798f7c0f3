import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const MAIN = 'dist/api/apps/api/src/main.js';

/**
 * `npm run serve` is where the API's Node flags are set (a 64 MiB young generation: see the
 * README's Sizing); `npm start` runs it, the Docker image and the benchmark use the same flags.
 */
describe('API node flags', () => {
  const scripts = (
    JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    }
  ).scripts;
  const serve = /^node ((?:--\S+ )*)dist\/api\/apps\/api\/src\/main\.js$/.exec(scripts['serve']);
  const flags = (serve?.[1] ?? '').trim().split(' ').filter(Boolean);

  it('npm run serve sets a larger young generation', () => {
    expect(flags).toContain('--max-semi-space-size=64');
  });

  it('npm start builds, then runs the API as npm run serve does', () => {
    expect(scripts['start']).toBe('npm run build && npm run serve');
  });

  it('the Docker image runs the API with the same flags', () => {
    const dockerfile = readFileSync(join(ROOT, 'docker', 'Dockerfile'), 'utf8');
    const command = ['node', ...flags, MAIN].map((part) => `"${part}"`).join(', ');
    expect(dockerfile).toMatch(new RegExp(`^CMD \\[${escape(command)}\\]$`, 'm'));
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
