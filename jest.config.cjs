// One jest run for the whole workspace: unit and integration specs beside the code, end-to-end
// specs under e2e/. TypeScript is compiled by swc (with decorator metadata, which Nest needs).
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace(/[/]/g, '\\/')}$`,
    `<rootDir>/${target}`,
  ]),
);

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/{apps,libs,e2e}/**/*.spec.ts'],
  // The web app and the client SDK are tested by vitest (browser-like environment, ESM).
  testPathIgnorePatterns: [
    '/node_modules/',
    '/dist/',
    '<rootDir>/apps/web/',
    '<rootDir>/libs/client/',
  ],
  moduleNameMapper,
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
      },
    ],
  },
  testTimeout: 60_000,
  // PGlite (WebAssembly) and argon2 are CPU-heavy: two workers on a two-core machine.
  maxWorkers: 2,
};
