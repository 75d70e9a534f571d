/**
 * The chart's colours and font, read from the page's CSS (styles/charts.css): a canvas cannot
 * use CSS itself, so it follows the light/dark theme and the text size only by reading them
 * when it is drawn.
 */
import { COLOUR_TOKENS, type ColourToken } from './plan';

export interface Palette {
  colours: Record<ColourToken, string>;
  text: string;
  muted: string;
  grid: string;
  bg: string;
  font: string;
  /** Pixels: four fifths of the element's font size, so it follows the text-size setting. */
  fontSize: number;
}

/** What the palette reads of a computed style (a `CSSStyleDeclaration` has it). */
export interface StyleSource {
  getPropertyValue(name: string): string;
  fontSize: string;
  fontFamily: string;
}

/**
 * The palette from an element's computed style (`getComputedStyle(el)`); each colour has a
 * fallback, so a missing property never draws nothing.
 */
export function readPalette(cs: StyleSource): Palette {
  const v = (name: string) => cs.getPropertyValue(name).trim();
  const colours = Object.fromEntries(COLOUR_TOKENS.map((c) => [c, v(`--chart-${c}`) || '#555'])) as Record<ColourToken, string>;
  const base = parseFloat(cs.fontSize) || 16;
  return {
    colours,
    text: v('--text') || '#1a1a1a',
    muted: v('--muted') || '#4a4f57',
    grid: v('--chart-grid') || 'rgba(0,0,0,0.15)',
    bg: v('--bg') || '#fff',
    font: cs.fontFamily,
    fontSize: Math.round(base * 0.8),
  };
}
