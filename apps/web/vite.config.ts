import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const workspaceRoot = new URL('../../', import.meta.url).pathname;

export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  plugins: [react()],
  resolve: {
    alias: {
      '@boardwalk/client': `${workspaceRoot}libs/client/src/index.ts`,
      '@boardwalk/contracts': `${workspaceRoot}libs/shared/contracts/src/index.ts`,
    },
  },
  build: {
    outDir: `${workspaceRoot}dist/web`,
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    // `vite` during development talks to an API started with `npm run serve` on port 3000.
    proxy: { '/graphql': 'http://localhost:3000', '/me/export': 'http://localhost:3000' },
  },
  test: {
    dir: workspaceRoot,
    include: ['apps/web/src/**/*.spec.{ts,tsx}', 'libs/client/src/**/*.spec.ts'],
    environment: 'jsdom',
  },
});
