/**
 * Reads a data folder's site config (`site.json`) and the municipality from its `meta.json`, and
 * validates both: the whole build (vite.config.ts, every plugin, scripts/social-images.ts) takes
 * the app's names from here, so a typo fails the build with the file and the field named.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as v from 'valibot';
import { SiteConfigSchema, siteTexts, type SiteConfig, type SiteTexts } from '../domain/site-config.ts';
import { formatPath } from '../domain/validate-dataset.ts';

export interface SiteData {
  config: SiteConfig;
  /** From meta.json: the city as the dataset names it. */
  municipality: { ja: string; en: string };
  /** What the app's locales interpolate (`virtual:site-texts`). */
  texts: SiteTexts;
}

const name = { ja: v.pipe(v.string(), v.minLength(1)), en: v.pipe(v.string(), v.minLength(1)) };
/** Only what the site needs of meta.json; the dataset build validates the rest. */
const MetaNames = v.object({ municipality: v.strictObject(name, 'expected { "ja": "…", "en": "…" }') });

function issueText(issue: v.BaseIssue<unknown>): string {
  const where = formatPath((issue.path ?? []).map((p) => p.key as string | number));
  if (issue.type === 'strict_object' && issue.expected === 'never') return `${where}: unknown key (misspelt?)`;
  if ((issue.type === 'strict_object' || issue.type === 'object') && issue.input === undefined) return `${where}: missing`;
  return `${where}: ${issue.message}`;
}

/** A JSON file of the data folder, checked against `schema`; a missing or bad file fails the build with its name. */
export function readChecked<S extends v.GenericSchema>(file: string, schema: S, hint: string): v.InferOutput<S> {
  const shown = relative(process.cwd(), file) || file;
  if (!existsSync(file)) throw new Error(`${shown} is missing: ${hint}`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${shown} is not valid JSON: ${(error as Error).message}`);
  }
  const result = v.safeParse(schema, json);
  if (!result.success) throw new Error(`${shown} is invalid:\n  ${result.issues.map(issueText).join('\n  ')}`);
  return result.output;
}

export function readSite(dataDir: string): SiteData {
  const config = readChecked(join(dataDir, 'site.json'), SiteConfigSchema, 'every data folder has one, with the app\'s names (see data/README.md)');
  const { municipality } = readChecked(join(dataDir, 'meta.json'), MetaNames, 'every data folder has one (see data/README.md)');
  return { config, municipality, texts: siteTexts(config, municipality) };
}
