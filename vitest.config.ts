import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';
import { siteTexts } from './src/build/plugins/site-texts.ts';
import { openDataIndex } from './src/build/plugins/open-data.ts';
import { readSite } from './src/build/site-config.ts';
import { phraseBreaks } from './src/build/plugins/phrase-breaks.ts';

const DATA_DIR = resolve(import.meta.dirname, 'data');
const SITE = readSite(DATA_DIR);

export default defineConfig({
  plugins: [
    // Solid compiled for the client only: with `ssr: true` (the app build's hydratable output)
    // solid-js/web would resolve to its server build under test.
    solid({ ssr: false }),
    // The app's names (virtual:site-texts/*), the downloads (virtual:open-data-index) and the
    // titles' phrase breaks (virtual:phrase-breaks) from the real data folder, as `npm run build` has them.
    siteTexts(SITE),
    openDataIndex({ root: import.meta.dirname, dataDir: DATA_DIR, siteUrl: 'http://127.0.0.1:4173', base: '/', site: SITE }),
    phraseBreaks(DATA_DIR),
  ],
  test: {
    environment: 'happy-dom',
    setupFiles: ['tests/unit/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}'],
  },
});
