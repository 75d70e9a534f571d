/**
 * Points `<link rel="manifest">` at the English manifest while the UI is English, so the
 * install sheet speaks the reader's language where the browser reads the link at install time.
 */
import { createEffect, createRoot } from 'solid-js';
import { lang } from '../i18n';
import { MANIFEST_FILE } from './manifest.config';

export function followLanguageInManifest(): void {
  createRoot(() =>
    createEffect(() => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      if (link) link.href = `${import.meta.env.BASE_URL}${MANIFEST_FILE[lang()]}`;
    }),
  );
}
