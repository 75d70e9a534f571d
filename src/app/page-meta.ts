/** Per-route document title and meta description. */
import { createEffect } from 'solid-js';
import { t } from '../i18n';

export function usePageMeta(title: () => string, description: () => string): void {
  createEffect(() => {
    document.title = `${title()} | ${t('site.name')}`;
    let meta = document.querySelector<HTMLMetaElement>('meta[name="description"]');
    if (!meta) {
      meta = document.createElement('meta');
      meta.name = 'description';
      document.head.append(meta);
    }
    meta.content = description();
  });
}
