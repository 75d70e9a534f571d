import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';

export default defineConfig({
  // Solid compiled for the client only: with `ssr: true` (the app build's hydratable output)
  // solid-js/web would resolve to its server build under test.
  plugins: [solid({ ssr: false })],
  test: {
    environment: 'happy-dom',
    setupFiles: ['tests/unit/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}'],
  },
});
