/**
 * Draws the app icon as SVG and renders the PNGs the web app manifest and iOS need, with
 * Playwright driving Debian's Chromium (no image library, no downloaded browser):
 *
 *   npx tsx scripts/make-icons.ts      writes public/icons/*.png (commit them)
 *
 * `any` icons have rounded corners and a transparent outside; `maskable` ones fill the square and
 * keep the drawing inside the central 80 % safe zone; the apple-touch-icon is opaque (iOS fills
 * transparency with black) and iOS rounds it itself.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const out = join(dirname(fileURLToPath(import.meta.url)), '../public/icons');
const BLUE = '#0b4f8a';

/** A rising road of three milestones ending in a check mark, drawn in a 100×100 box. */
const MARK = `
  <path d="M22 74 C38 74 36 52 52 52 S66 34 78 30" fill="none" stroke="#8cc8ff" stroke-width="7" stroke-linecap="round"/>
  <circle cx="22" cy="74" r="7" fill="#fff"/>
  <circle cx="52" cy="52" r="7" fill="#fff"/>
  <path d="M64 26 l9 9 16-19" fill="none" stroke="#fff" stroke-width="8" stroke-linecap="round" stroke-linejoin="round"/>`;

interface Icon {
  size: number;
  /** Rounded corners on a transparent outside (`any` icons); square and filled otherwise. */
  rounded: boolean;
  /** Shrinks the drawing around the centre (maskable safe zone). */
  scale?: number;
}

function svg({ size, rounded, scale = 1 }: Icon): string {
  const r = rounded ? 18 : 0;
  const t = (1 - scale) * 50;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="${size}" height="${size}">
  <rect width="100" height="100" rx="${r}" fill="${BLUE}"/>
  <g transform="translate(${t} ${t}) scale(${scale})">${MARK}</g>
</svg>`;
}

const ICONS: (Icon & { file: string })[] = [
  { file: 'icon-192.png', size: 192, rounded: true },
  { file: 'icon-512.png', size: 512, rounded: true },
  { file: 'maskable-192.png', size: 192, rounded: false, scale: 0.72 },
  { file: 'maskable-512.png', size: 512, rounded: false, scale: 0.72 },
  { file: 'apple-touch-icon.png', size: 180, rounded: false, scale: 0.86 },
];

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const icon of ICONS) {
    await page.setViewportSize({ width: icon.size, height: icon.size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg(icon)}</body></html>`);
    const png = await page.locator('svg').screenshot({ omitBackground: icon.rounded });
    writeFileSync(join(out, icon.file), png);
    console.log(`wrote public/icons/${icon.file} (${icon.size}×${icon.size}, ${png.length} bytes)`);
  }
  writeFileSync(join(out, 'icon.svg'), svg({ size: 512, rounded: true }) + '\n');
} finally {
  await browser.close();
}
