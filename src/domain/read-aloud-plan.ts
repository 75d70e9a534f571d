/**
 * What read aloud says, in order: the page's sections (each a heading and blocks of text, every
 * piece with its language) become a list of utterances. A voice speaks one language, so a block
 * that mixes languages becomes one utterance per language. Chrome's voices stop an utterance
 * after about 15 seconds, so long texts are cut at sentence ends into pieces a voice says well
 * within that.
 */
import { spokenText, type SpeechLang } from './spoken-text';

export type { SpeechLang };

export interface TextRun {
  text: string;
  lang: SpeechLang;
}

export interface SpeechSection {
  id: string;
  heading: TextRun[];
  /** Paragraphs, list items, table rows … in document order. */
  blocks: TextRun[][];
}

export interface PlannedUtterance {
  sectionId: string;
  /** The text as the voice should say it (spokenText). */
  text: string;
  lang: SpeechLang;
}

/** Every section from `from` (the first when absent) to the end, or one section. */
export type ReadScope = { kind: 'all'; from?: string } | { kind: 'one'; id: string };

export interface PlanOptions {
  /** Languages the device has a voice for; texts in others are left out (default: both). */
  langs?: readonly SpeechLang[];
  /** Longest utterance in characters, per language (about 10 s of speech). */
  maxChars?: Partial<Record<SpeechLang, number>>;
}

export const MAX_CHARS: Record<SpeechLang, number> = { ja: 90, en: 180 };

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Japanese words (kana, kanji, full-width forms), with the spaces and figures between them. */
const JAPANESE = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff01-\uffef]+(?:[\s0-9.,]*[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff01-\uffef]+)*/gu;

/**
 * An English sentence may quote Japanese names ("The target is ピパの子保育園 60 people"): an
 * English voice cannot say them, so they become Japanese runs of their own.
 */
function japaneseOut(run: TextRun): TextRun[] {
  if (run.lang !== 'en') return [run];
  const out: TextRun[] = [];
  let at = 0;
  for (const m of run.text.matchAll(JAPANESE)) {
    if (m.index > at) out.push({ text: run.text.slice(at, m.index), lang: 'en' });
    out.push({ text: m[0], lang: 'ja' });
    at = m.index + m[0].length;
  }
  if (at < run.text.length) out.push({ text: run.text.slice(at), lang: 'en' });
  return out;
}

/** Adjacent runs in the same language as one text each, empty ones dropped. */
function merge(runs: readonly TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const r of runs.flatMap(japaneseOut)) {
    const last = out[out.length - 1];
    if (last && last.lang === r.lang) last.text += r.text;
    else out.push({ text: r.text, lang: r.lang });
  }
  // A run of punctuation alone (a cell's separator left over) says nothing.
  return out.map((r) => ({ ...r, text: clean(r.text) })).filter((r) => /[\p{L}\p{N}]/u.test(r.text));
}

/** Cuts after each match of `end`, keeping the separator with the piece before it. */
function cutAfter(text: string, end: RegExp): string[] {
  return text
    .split(end)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function pack(parts: readonly string[], max: number, glue: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (const p of parts) {
    if (cur === '') cur = p;
    else if (cur.length + glue.length + p.length <= max) cur += glue + p;
    else {
      out.push(cur);
      cur = p;
    }
  }
  if (cur !== '') out.push(cur);
  return out;
}

/**
 * A text cut into pieces of at most `max` characters: at sentence ends where it can, then at
 * commas, and only a sentence with neither is cut mid-word.
 */
export function splitForSpeech(text: string, lang: SpeechLang, max: number = MAX_CHARS[lang]): string[] {
  const t = clean(text);
  if (t.length <= max) return t === '' ? [] : [t];
  const glue = lang === 'ja' ? '' : ' ';
  const sentenceEnd = lang === 'ja' ? /(?<=[。！？!?])/u : /(?<=[.!?])\s+/u;
  const commaEnd = lang === 'ja' ? /(?<=[、，,])/u : /(?<=[,;:])\s+/u;
  const pieces: string[] = [];
  for (const sentence of cutAfter(t, sentenceEnd)) {
    if (sentence.length <= max) {
      pieces.push(sentence);
      continue;
    }
    for (const clause of cutAfter(sentence, commaEnd)) {
      if (clause.length <= max) pieces.push(clause);
      else for (let i = 0; i < clause.length; i += max) pieces.push(clause.slice(i, i + max));
    }
  }
  return pack(pieces, max, glue);
}

function chosen(sections: readonly SpeechSection[], scope: ReadScope): readonly SpeechSection[] {
  if (scope.kind === 'one') return sections.filter((s) => s.id === scope.id);
  if (scope.from === undefined) return sections;
  const i = sections.findIndex((s) => s.id === scope.from);
  return i < 0 ? sections : sections.slice(i);
}

/** The utterances that read `scope` of `sections`, in reading order. */
export function readingPlan(sections: readonly SpeechSection[], scope: ReadScope, options: PlanOptions = {}): PlannedUtterance[] {
  const langs = options.langs ?? ['ja', 'en'];
  const out: PlannedUtterance[] = [];
  for (const section of chosen(sections, scope)) {
    for (const block of [section.heading, ...section.blocks]) {
      for (const run of merge(block)) {
        if (!langs.includes(run.lang)) continue;
        const max = options.maxChars?.[run.lang] ?? MAX_CHARS[run.lang];
        for (const piece of splitForSpeech(spokenText(run.text, run.lang), run.lang, max)) {
          out.push({ sectionId: section.id, text: piece, lang: run.lang });
        }
      }
    }
  }
  return out;
}
