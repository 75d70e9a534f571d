/**
 * Renders the link-preview images (Open Graph / Twitter card, 1200×630 PNG) with Playwright
 * driving Debian's Chromium — no image library, no downloaded browser:
 *
 *   npx tsx scripts/social-images.ts      writes public/social/*.png (commit them)
 *   BIBAI_DATA_DIR=path/to/data npx tsx scripts/social-images.ts   the same for another data folder
 *
 * One image per progress status (a pledge page shows its status: the status is what a preview
 * should say at a glance) and one for the site, in Japanese (`social/`) and English (`social/en/`,
 * for the `/en/` pages). The site's names come from the data folder's site.json, the roadmap's
 * title and the statuses from its pledges.json, the colours from the light theme of
 * src/styles/main.css; the fonts are the system's Noto CJK (fonts-noto-cjk).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import type { Dataset, StatusId } from '../src/domain/schema.ts';
import { readSite } from '../src/build/site-config.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'public/social');
/** The same data folder as the build's (vite.config.ts). */
const dataDir = resolve(root, process.env.BIBAI_DATA_DIR ?? 'data');
const dataset = JSON.parse(readFileSync(join(dataDir, 'pledges.json'), 'utf8')) as Dataset;
const { config } = readSite(dataDir);
const BLUE = '#0b4f8a';

/** The status colours of the light theme (main.css `--<status>-bg/-fg`). */
const COLOURS: Record<StatusId, [bg: string, fg: string]> = {
  ahead: ['#d7f0ff', '#003e66'],
  'on-track': ['#dcf5e3', '#0d4a22'],
  delayed: ['#fff0c2', '#5c3d00'],
  'not-started': ['#fde2e1', '#7a1212'],
  unreported: ['#e8e9ec', '#33373d'],
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

interface Card {
  lang: 'ja' | 'en';
  site: string;
  title: string;
  label: string;
  sub: string;
  bg: string;
  fg: string;
}

function card({ lang, site, title, label, sub, bg, fg }: Card): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
    html, body { margin: 0; width: 1200px; height: 630px; }
    body { font-family: 'Noto Sans CJK JP', 'Noto Sans JP', sans-serif; background: ${BLUE}; color: #fff; display: flex; flex-direction: column; justify-content: space-between; padding: 64px 72px; box-sizing: border-box; }
    .site { font-size: 44px; font-weight: 700; letter-spacing: 0.02em; }
    .title { font-size: 30px; opacity: 0.9; margin-top: 12px; }
    .status { align-self: flex-start; background: ${bg}; color: ${fg}; border-radius: 20px; padding: 28px 44px; font-size: 64px; font-weight: 700; }
    .sub { font-size: 30px; opacity: 0.9; }
  </style></head><body>
    <div><div class="site">${esc(site)}</div><div class="title">${esc(title)}</div></div>
    <div class="status">${esc(label)}</div>
    <div class="sub">${esc(sub)}</div>
  </body></html>`;
}

const ja = { lang: 'ja' as const, site: config.name.ja, title: dataset.title.ja };
// The English title is the app team's translation (data/pledges.json says so), like the UI's.
const en = { lang: 'en' as const, site: config.name.en, title: dataset.title.en };
const images = dataset.statuses.flatMap((s) => [
  { file: `${s.id}.png`, html: card({ ...ja, label: s.ja ?? '進捗状況の記載なし', sub: `進捗状況 · ${s.en}`, bg: COLOURS[s.id][0], fg: COLOURS[s.id][1] }) },
  { file: `en/${s.id}.png`, html: card({ ...en, label: s.en, sub: `Status · ${s.ja ?? '進捗状況の記載なし'}`, bg: COLOURS[s.id][0], fg: COLOURS[s.id][1] }) },
]);
images.push(
  { file: 'site.png', html: card({ ...ja, label: `公約 ${dataset.pledges.length}件の進み具合`, sub: config.name.en, bg: '#ffffff', fg: BLUE }) },
  { file: 'en/site.png', html: card({ ...en, label: `How ${dataset.pledges.length} pledges are going`, sub: config.name.ja, bg: '#ffffff', fg: BLUE }) },
);

mkdirSync(join(out, 'en'), { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
for (const { file, html } of images) {
  await page.setContent(html);
  await page.evaluate(() => document.fonts.ready);
  writeFileSync(join(out, file), await page.screenshot({ type: 'png' }));
  console.log(`public/social/${file}`);
}
await browser.close();
