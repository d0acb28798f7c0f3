import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const workspaceRoot = new URL('../../', import.meta.url).pathname;

export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  plugins: [react()],
  resolve: {
    alias: [
      // The SDK's two halves apart: the GraphQL half is part of every page; the socket.io wrapper
      // (with socket.io-client, whose modules have side effects and so cannot be tree-shaken from
      // a static import) loads lazily, keeping it out of the first page's JavaScript.
      {
        find: /^@boardwalk\/client$/,
        replacement: `${workspaceRoot}libs/client/src/graphql/index.ts`,
      },
      {
        find: /^@boardwalk\/client\/realtime$/,
        replacement: `${workspaceRoot}libs/client/src/realtime-client.ts`,
      },
      {
        find: /^@boardwalk\/contracts$/,
        replacement: `${workspaceRoot}libs/shared/contracts/src/index.ts`,
      },
    ],
  },
  build: {
    outDir: `${workspaceRoot}dist/web`,
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    // `vite` during development talks to an API started with `npm run serve` on port 3000.
    proxy: {
      '/graphql': 'http://localhost:3000',
      '/me/export': 'http://localhost:3000',
      '/admin/growth.csv': 'http://localhost:3000',
      '/socket.io': { target: 'http://localhost:3000', ws: true },
    },
  },
  test: {
    dir: workspaceRoot,
    include: ['apps/web/src/**/*.spec.{ts,tsx}', 'libs/client/src/**/*.spec.ts'],
    environment: 'jsdom',
  },
});
