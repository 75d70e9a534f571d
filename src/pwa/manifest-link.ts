/**
 * Points `<link rel="manifest">` at the page language's manifest. Prerendered pages link the right
 * one already; the service worker's shell (one file for both languages) links the Japanese one
 * until this runs, so an app installed from an English page opens in English.
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
