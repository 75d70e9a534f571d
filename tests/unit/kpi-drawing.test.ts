/** Chart.js loads on demand with only what the KPI charts draw registered (src/charts/kpi-drawing.ts). */
import { describe, expect, it } from 'vitest';
import { loadKpiDrawing } from '../../src/charts/load-kpi-drawing';

describe('loadKpiDrawing', () => {
  it('registers the bar and line charts, their scales and the tooltip, and nothing for the legend', async () => {
    const { Chart } = await loadKpiDrawing();
    expect(Chart.registry.getController('bar')).toBeTruthy();
    expect(Chart.registry.getController('line')).toBeTruthy();
    expect(Chart.registry.getScale('category')).toBeTruthy();
    expect(Chart.registry.getScale('linear')).toBeTruthy();
    expect(Chart.registry.getPlugin('tooltip')).toBeTruthy();
    expect(() => Chart.registry.getPlugin('legend')).toThrow();
  });

  it('may be called by every chart: each gets the same module and the same registered Chart', async () => {
    const [a, b] = await Promise.all([loadKpiDrawing(), loadKpiDrawing()]);
    expect(a).toBe(b);
    expect(a.Chart).toBe(b.Chart);
    expect(typeof a.drawKpiChart).toBe('function');
  });
});
