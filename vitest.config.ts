import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';
import { siteTexts } from './src/build/plugins/site-texts.ts';
import { readSite } from './src/build/site-config.ts';

export default defineConfig({
  // Solid compiled for the client only: with `ssr: true` (the app build's hydratable output)
  // solid-js/web would resolve to its server build under test.
  // The app's names (virtual:site-texts) from the real data folder, as `npm run build` has them.
  plugins: [solid({ ssr: false }), siteTexts(readSite(resolve(import.meta.dirname, 'data')))],
  test: {
    environment: 'happy-dom',
    setupFiles: ['tests/unit/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}'],
  },
});
