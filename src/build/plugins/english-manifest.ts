import type { Plugin } from 'vite';
import { MANIFEST_FILE, webManifest } from '../../pwa/manifest.config.ts';

/** The English manifest, linked by the page while the UI is English (src/pwa/manifest-link.ts). */
export function englishManifest(base: string): Plugin {
  return {
    name: 'bibai-english-manifest',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: MANIFEST_FILE.en, source: JSON.stringify(webManifest('en', base), null, 2) });
    },
  };
}
