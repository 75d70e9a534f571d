/**
 * What a speech voice should say for a text: the report's shorthand spelled out so that a
 * Japanese or English voice reads it as a person would. `R5` is the city's way of writing
 * 令和5年度 (a fiscal year), `R6.8.26` a date in 令和 6, `①` a list number, `2024-11` a report
 * month. Everything else is left as it is: the voice reads the printed words.
 */

export type SpeechLang = 'ja' | 'en';

const FULL_DIGITS = /[０-９]/g;

/** Full-width digits as ASCII (the report mixes both: `R７`, `Ｒ７`). */
function ascii(s: string): string {
  return s.replace(FULL_DIGITS, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function num(s: string): number {
  return Number(ascii(s));
}

const D = '[0-9０-９]';
const ERA = '([RＲHＨ])';
/** An era letter not inside a word (`PR7` is not a year). */
const NOT_WORD = '(?<![A-Za-zＡ-Ｚａ-ｚ])';
const RANGE_SEP = '\\s*[～〜~－\\-–—]\\s*';

const ERA_JA: Record<string, string> = { R: '令和', Ｒ: '令和', H: '平成', Ｈ: '平成' };
const ERA_EN: Record<string, string> = { R: 'Reiwa', Ｒ: 'Reiwa', H: 'Heisei', Ｈ: 'Heisei' };
/** The Gregorian year in which an era's year N starts (Reiwa 1 = 2019, Heisei 1 = 1989). */
const ERA_BASE: Record<string, number> = { R: 2018, Ｒ: 2018, H: 1988, Ｈ: 1988 };

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `R6.8.26`, `R6. 6.18`, `R6.11` (a date or month in an era year). */
const ERA_DATE = new RegExp(`${NOT_WORD}${ERA}(${D}{1,2})\\.\\s*(${D}{1,2})(?:\\.\\s*(${D}{1,2})(?!${D}))?(?!${D}|\\.${D})`, 'g');
/** `R7～R16`, `R5〜9`, `R5～R9年度`. */
const ERA_RANGE = new RegExp(`${NOT_WORD}${ERA}(${D}{1,2})(?:年度)?${RANGE_SEP}[RＲHＨ]?(${D}{1,2})(年度)?(?!${D})`, 'g');
/** `R6年10月` (a calendar year, not a fiscal one). */
const ERA_CALENDAR = new RegExp(`${NOT_WORD}${ERA}(${D}{1,2})年(?!度)`, 'g');
/** `R5`, `R5年度`, `Ｒ５`. */
const ERA_YEAR = new RegExp(`${NOT_WORD}${ERA}(${D}{1,2})(年度)?(?!${D}|[.．]${D})`, 'g');
/** `2024-11-05`, `2024-11`. */
const ISO_DATE = /(?<![0-9-])(\d{4})-(\d{2})(?:-(\d{2}))?(?![0-9-])/g;
/** `FY2023–FY2027`, `FY2023-2027`. */
const FY_RANGE = /\bFY\s?(\d{4})\s*[–—~～-]\s*(?:FY\s?)?(\d{4})\b/g;
const FY = /\bFY\s?(\d{4})\b/g;
const CIRCLED = /[①-⑳]/g;

function circled(c: string): number {
  return c.charCodeAt(0) - 0x2460 + 1;
}

function japanese(text: string): string {
  return text
    .replace(ISO_DATE, (_, y: string, m: string, d?: string) => `${y}年${Number(m)}月${d ? `${Number(d)}日` : ''}`)
    .replace(ERA_DATE, (_, e: string, y: string, m: string, d?: string) => `${ERA_JA[e]}${num(y)}年${num(m)}月${d ? `${num(d)}日` : ''}`)
    .replace(ERA_RANGE, (_, e: string, a: string, b: string) => `${ERA_JA[e]}${num(a)}年度から${ERA_JA[e]}${num(b)}年度まで`)
    .replace(ERA_CALENDAR, (_, e: string, y: string) => `${ERA_JA[e]}${num(y)}年`)
    .replace(ERA_YEAR, (_, e: string, y: string) => `${ERA_JA[e]}${num(y)}年度`)
    .replace(FY_RANGE, (_, a: string, b: string) => `${a}年度から${b}年度まで`)
    .replace(FY, (_, y: string) => `${y}年度`)
    // A list number reads as a number; before a word it takes a pause, as a reader would make.
    .replace(CIRCLED, (c, offset: number, all: string) => {
      const next = all.charAt(offset + c.length);
      return /^$|[\s、。，．・）)とや]/u.test(next) ? String(circled(c)) : `${circled(c)}、`;
    })
    .replace(/[％%]/g, 'パーセント');
}

function english(text: string): string {
  return text
    .replace(ISO_DATE, (_, y: string, m: string, d?: string) => `${d ? `${Number(d)} ` : ''}${EN_MONTHS[Number(m) - 1] ?? m} ${y}`)
    .replace(ERA_DATE, (_, e: string, y: string, m: string, d?: string) => `${d ? `${num(d)} ` : ''}${EN_MONTHS[num(m) - 1] ?? m} ${ERA_BASE[e]! + num(y)}`)
    .replace(ERA_RANGE, (_, e: string, a: string, b: string) => `${ERA_EN[e]} ${num(a)} to ${num(b)}`)
    .replace(ERA_CALENDAR, (_, e: string, y: string) => `${ERA_EN[e]} ${num(y)} `)
    .replace(ERA_YEAR, (_, e: string, y: string) => `${ERA_EN[e]} ${num(y)}`)
    .replace(FY_RANGE, 'fiscal years $1 to $2')
    .replace(FY, 'fiscal year $1')
    .replace(CIRCLED, (c) => `(${circled(c)}) `)
    .replace(/\s?[％%]/g, ' percent');
}

/** The text as a voice in `lang` should say it. */
export function spokenText(text: string, lang: SpeechLang): string {
  return lang === 'ja' ? japanese(text) : english(text);
}
