/**
 * Numbers and units as the reader's language prints them. Pure: the language, and for a unit
 * its name in that language, are passed in, so every rule here is tested without i18next.
 * Dates are in dates.ts: every page prints the as-of date, only KPI views print numbers, and
 * a module's code is downloaded by every page that uses any of it.
 */

export type Lang = 'ja' | 'en';

// ---------------------------------------------------------------------------------------------
// Units

/** The units the dataset prints, by i18n key; an unknown unit is shown as printed. */
const UNIT_KEYS = {
  億円: 'okuYen',
  千円: 'senYen',
  円: 'yen',
  '％': 'percent',
  '%': 'percent',
  回: 'times',
  名: 'people',
  人: 'people',
  社: 'companies',
  件: 'cases',
  'か所': 'places',
  '箇所': 'places',
  偏差値: 'score',
} as const;
export type UnitKey = (typeof UNIT_KEYS)[keyof typeof UNIT_KEYS];

export function unitKey(unit: string | null): UnitKey | null {
  if (unit == null) return null;
  return (UNIT_KEYS as Record<string, UnitKey>)[unit] ?? null;
}

/** Units printed before the number (`偏差値50`). */
export function unitIsPrefix(unit: string | null): boolean {
  return unit === '偏差値';
}

// ---------------------------------------------------------------------------------------------
// Numbers

/** The Intl locale each language's numbers follow: "," between thousands, "." before decimals. */
const LOCALES: Record<Lang, string> = { ja: 'ja-JP', en: 'en-US' };

/**
 * What `Intl.NumberFormat(locale, { maximumFractionDigits })` prints for the locales above,
 * `shift` moving the decimal point (2 for a percentage); null when it cannot say (exponent
 * notation, -0, NaN, infinities). Intl's first use in a page costs about 10 ms (ICU loads its
 * number data), which fell in the hydration of every KPI page and of the overview.
 * Like ICU, it rounds the shortest decimal that reads back as `value`, half away from zero.
 */
export function formatPlain(value: number, maxFractionDigits: number, shift = 0): string | null {
  const m = Object.is(value, -0) ? null : /^(-?)(\d+)(?:\.(\d+))?$/.exec(String(value));
  if (!m) return null;
  const [, sign, int, frac = ''] = m;
  let point = int!.length + shift;
  const digits = (int! + frac).padEnd(point, '0').split('').map(Number);
  const keep = point + maxFractionDigits;
  if (digits.length > keep) {
    const up = digits[keep]! >= 5;
    digits.length = keep;
    for (let i = keep - 1; up; i--) {
      if (i < 0) {
        digits.unshift(1);
        point++;
        break;
      }
      digits[i] = (digits[i]! + 1) % 10;
      if (digits[i] !== 0) break;
    }
  }
  const whole = digits.slice(0, point).join('').replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+$)/g, ',');
  const fraction = digits.slice(point).join('').replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** `1234.567` → `1,234.57` (two decimals at most); Intl only where formatPlain cannot say. */
export function formatNumber(value: number, lang: Lang): string {
  return formatPlain(value, 2) ?? new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 }).format(value);
}

/** `1.18` → `118%`, `0.928` → `92.8%` (one decimal at most). */
export function formatRate(rate: number, lang: Lang): string {
  const plain = formatPlain(rate, 1, 2);
  return plain != null ? `${plain}%` : new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

/**
 * A value with its unit: `23.6億円` / `23.6 × ¥100 million`, `偏差値46.4` / `score 46.4`, `38.56`
 * (no unit printed). `unit` is the unit as printed (it decides the side), `unitName` the reader's
 * language's name for it.
 */
export function formatQuantity(value: number, unit: string | null, unitName: string | null, lang: Lang): string {
  const n = formatNumber(value, lang);
  if (unitName == null) return n;
  if (unitIsPrefix(unit)) return lang === 'ja' ? `${unitName}${n}` : `${unitName} ${n}`;
  if (lang === 'ja' || unitName === '%') return `${n}${unitName}`;
  return `${n} ${unitName}`;
}
