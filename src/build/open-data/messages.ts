/**
 * The app's locale strings for build-time output (feeds, embed cards, table descriptions). The
 * app's own `t` follows a Solid signal and the reader's storage; here each generator asks for one
 * language explicitly, with the site's names (`{{site}}`, `{{city}}`) given as the app's `t`
 * gives them. A placeholder left without a value fails the build instead of reaching a file.
 * Interpolated values are not escaped: the writers escape for HTML or XML themselves.
 */
import i18next from 'i18next';
import type { Lang } from '../../domain/format.ts';
import type { SiteVars } from '../../domain/site-config.ts';
import { ja } from '../../i18n/locales/ja.ts';
import { en } from '../../i18n/locales/en.ts';
import { jaMore } from '../../i18n/locales/ja-more.ts';
import { enMore } from '../../i18n/locales/en-more.ts';
import { jaFiles, type FileMessageKey } from '../../i18n/locales/ja-files.ts';
import { enFiles } from '../../i18n/locales/en-files.ts';
import type { MessageKey } from '../../i18n/keys.ts';

export type Translate = (key: MessageKey | FileMessageKey, options?: Record<string, string | number>) => string;

export function translator(lang: Lang, siteVars?: SiteVars): Translate {
  const i18n = i18next.createInstance();
  void i18n.init({
    initAsync: false,
    lng: lang,
    fallbackLng: false,
    resources: { ja: { translation: { ...ja, ...jaMore, ...jaFiles } }, en: { translation: { ...en, ...enMore, ...enFiles } } },
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    missingInterpolationHandler: (text: string, value: unknown) => {
      const name = Array.isArray(value) ? String(value[1]) : String(value);
      throw new Error(`locale string "${text}" needs {{${name}}}, which was not given${siteVars ? '' : " (the site's names were not passed)"}`);
    },
    returnNull: false,
  });
  return (key, options) => i18n.t(key, { ...siteVars, ...options });
}
