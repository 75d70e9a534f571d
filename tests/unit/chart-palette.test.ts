/** The chart's colours and font, read from CSS (src/charts/palette.ts). */
import { describe, expect, it } from 'vitest';
import { readPalette, type StyleSource } from '../../src/charts/palette';

const style = (props: Record<string, string>, fontSize = '20px'): StyleSource => ({
  getPropertyValue: (name) => props[name] ?? '',
  fontSize,
  fontFamily: 'Noto Sans JP, sans-serif',
});

describe('chart palette', () => {
  it('takes each colour role from its custom property, trimmed', () => {
    const p = readPalette(style({ '--chart-part-0': ' #1f5fa8', '--chart-target': '#1a1a1a ', '--text': '#222', '--bg': '#fafafa', '--chart-grid': 'rgba(0,0,0,0.12)' }));
    expect(p.colours['part-0']).toBe('#1f5fa8');
    expect(p.colours.target).toBe('#1a1a1a');
    expect(p).toMatchObject({ text: '#222', bg: '#fafafa', grid: 'rgba(0,0,0,0.12)', font: 'Noto Sans JP, sans-serif', fontSize: 16 });
  });

  it('falls back to visible colours and a 16 px base when the page gives none', () => {
    const p = readPalette(style({}, ''));
    expect(Object.values(p.colours)).toEqual(['#555', '#555', '#555', '#555', '#555', '#555', '#555']);
    expect(p).toMatchObject({ text: '#1a1a1a', muted: '#4a4f57', bg: '#fff', fontSize: 13 });
  });

  it('reads a real computed style', () => {
    const el = document.createElement('div');
    el.style.setProperty('--chart-neutral', '#676d75');
    document.body.append(el);
    expect(readPalette(getComputedStyle(el)).colours.neutral).toBe('#676d75');
    el.remove();
  });
});
