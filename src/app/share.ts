/**
 * Share a link: the Web Share API where the browser has one, else copy to the clipboard, else
 * show the link for copying by hand. The caller announces the outcome.
 */
import { lang } from '../i18n';
import { langPath } from '../domain/lang-path';
export type ShareOutcome = 'shared' | 'copied' | 'manual' | 'cancelled';

function copyWithSelection(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

export async function shareLink(url: string, title: string): Promise<ShareOutcome> {
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ url, title });
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
      // Not allowed here (e.g. no user activation): fall back to copying.
    }
  }
  return (await copyText(url)) ? 'copied' : 'manual';
}

/** Copies `text` to the clipboard (the API, else a selection); false when neither works. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyWithSelection(text);
  }
}

/**
 * Absolute URL of an app path (which starts with `/`) in the page's language, respecting the
 * deployment base: a link shared from an English page opens in English.
 */
export function absoluteUrl(appPath: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return new URL(base + langPath(lang(), appPath), location.origin).href;
}
