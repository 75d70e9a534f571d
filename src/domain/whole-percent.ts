/**
 * `part / whole` in whole percent, 0–100: the number in the `pct-*` and `grow-*` classes of
 * styles/steps.css, which size the overview's bars (a strict style-src allows no inline widths).
 */
export function wholePercent(part: number, whole: number): number {
  return whole > 0 ? Math.max(0, Math.min(100, Math.round((part / whole) * 100))) : 0;
}
