/** Chart.js loads on demand with only what the KPI charts draw registered (src/charts/load-chart-js.ts). */
import { describe, expect, it } from 'vitest';
import { loadChartJs } from '../../src/charts/load-chart-js';

describe('loadChartJs', () => {
  it('registers the bar and line charts, their scales and the tooltip, and nothing for the legend', async () => {
    const Chart = await loadChartJs();
    expect(Chart.registry.getController('bar')).toBeTruthy();
    expect(Chart.registry.getController('line')).toBeTruthy();
    expect(Chart.registry.getScale('category')).toBeTruthy();
    expect(Chart.registry.getScale('linear')).toBeTruthy();
    expect(Chart.registry.getPlugin('tooltip')).toBeTruthy();
    expect(() => Chart.registry.getPlugin('legend')).toThrow();
  });

  it('may be called by every chart: each gets the same, registered Chart', async () => {
    const [a, b] = await Promise.all([loadChartJs(), loadChartJs()]);
    expect(a).toBe(b);
    expect(a.registry.getController('bar')).toBeTruthy();
  });
});
