import type { Plugin } from 'vite';
import { MANIFEST_FILE, webManifest } from '../../pwa/manifest.config.ts';
import type { SiteConfig } from '../../domain/site-config.ts';

/** The English manifest, linked by the page while the UI is English (src/pwa/manifest-link.ts). */
export function englishManifest(base: string, site: SiteConfig): Plugin {
  return {
    name: 'bibai-english-manifest',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: MANIFEST_FILE.en, source: JSON.stringify(webManifest('en', base, site), null, 2) });
    },
  };
}
