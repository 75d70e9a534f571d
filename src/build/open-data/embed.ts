/**
 * The embeddable pledge card (`embed/pledges/<id>/`, `en/embed/pledges/<id>/`): a plain HTML
 * document for other sites' `<iframe>`s. No script, no inline style (its policy forbids both),
 * one small shared stylesheet; it reads the same with JavaScript off. Dataset text is escaped,
 * interface words come from the app's locales, and the status is written out, not only coloured.
 */
import type { Dataset, Kpi, Pledge } from '../../domain/schema.ts';
import { formatRate, type Lang } from '../../domain/format.ts';
import { formatAsOf, formatFiscalYear } from '../../domain/dates.ts';
import { statusName } from '../../domain/dataset-names.ts';
import { kpiView } from '../../domain/kpi-series.ts';
import { escapeHtml } from '../page-html.ts';
import { translator, type Translate } from './messages.ts';
import { pageUrl, type Site } from './site.ts';

/** The card's stylesheet, one file for every card in both languages. */
export const EMBED_CSS_PATH = 'embed/embed.css';

/**
 * Nothing but the stylesheet from the site itself. `frame-ancestors` cannot be set here: the
 * host sends `frame-ancestors *` for these pages only (public/_headers).
 */
export const EMBED_CSP = ["default-src 'none'", "style-src 'self'", "base-uri 'none'", "form-action 'none'"].join('; ');

export function embedPath(lang: Lang, id: string): string {
  return `${lang === 'en' ? 'en/' : ''}embed/pledges/${id}/index.html`;
}

/** The latest printed actual of a KPI against its target, as one sentence. */
export function kpiLine(kpi: Kpi, lang: Lang, t: Translate): string {
  const view = kpiView(kpi);
  if (view.kind === 'numeric') {
    const l = view.latest;
    if (!l) {
      const f = view.finalTarget;
      return f ? t('embed.kpiNoActual', { year: formatFiscalYear(f.fiscalYear, lang), target: f.text }) : t('embed.kpiNoActualNoTarget');
    }
    const parts = { year: formatFiscalYear(l.fiscalYear, lang), subject: l.label ? t('embed.subjectPart', { part: l.label }) : '', actual: l.actualText };
    if (l.targetText === null) return t('embed.kpiLatestNoTarget', parts);
    if (l.rate === null) return t('embed.kpiLatestNoRate', { ...parts, target: l.targetText });
    return t('embed.kpiLatest', { ...parts, target: l.targetText, rate: formatRate(l.rate, lang) });
  }
  // A KPI read only as text: its latest printed actual, else its last printed target.
  const reported = [...kpi.years].reverse().find((y) => y.actual !== null);
  if (reported) {
    const parts = { year: formatFiscalYear(reported.fiscalYear, lang), subject: '', actual: reported.actual! };
    return reported.target === null ? t('embed.kpiLatestNoTarget', parts) : t('embed.kpiLatestNoRate', { ...parts, target: reported.target });
  }
  const target = [...kpi.years].reverse().find((y) => y.target !== null);
  return target ? t('embed.kpiNoActual', { year: formatFiscalYear(target.fiscalYear, lang), target: target.target! }) : t('embed.kpiNoValues');
}

function kpiHtml(p: Pledge, lang: Lang, t: Translate): string {
  const item = (kpi: Kpi) => `<li><span class="card__kpi-name">${escapeHtml(kpi.name)}</span> <span class="card__kpi-value">${escapeHtml(kpiLine(kpi, lang, t))}</span></li>`;
  const numeric = p.kpis.filter((k) => kpiView(k).kind === 'numeric');
  const none = numeric.length === 0 ? `<p class="card__none">${escapeHtml(t('embed.noNumericKpi'))}</p>` : '';
  // Without a numeric KPI the card still gives the printed milestones of the text-only ones.
  const shown = numeric.length > 0 ? numeric : p.kpis;
  const list = shown.length > 0 ? `<ul class="card__kpis">${shown.map(item).join('')}</ul>` : '';
  return none + list;
}

export function embedHtml(ds: Dataset, p: Pledge, lang: Lang, site: Site): string {
  const t = translator(lang, site.texts[lang]);
  const status = statusName(ds, p.status, lang, t('status.unreported'));
  const page = pageUrl(site, lang, `/pledges/${p.id}`);
  const title = t('embed.title', { pledge: t('pledge.socialTitle', { id: p.id, title: p.title[lang], status }), site: t('site.name') });
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${EMBED_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<link rel="canonical" href="${escapeHtml(page)}">
<link rel="stylesheet" href="${escapeHtml(`${site.base}${EMBED_CSS_PATH}`)}">
</head>
<body>
<main>
<article class="card" data-pledge="${escapeHtml(p.id)}">
<p class="card__head"><span class="card__no">${escapeHtml(t('pledge.number', { id: p.id }))}</span> <span class="badge badge--${p.status}"><span class="badge__mark" aria-hidden="true"></span>${escapeHtml(status)}</span></p>
<h1 class="card__title"><a href="${escapeHtml(page)}" target="_blank" rel="noopener">${escapeHtml(p.title[lang])}<span class="vh">${escapeHtml(t('embed.newTab'))}</span></a></h1>
${kpiHtml(p, lang, t)}
<p class="card__foot">${escapeHtml(t('embed.asOf', { asOf: formatAsOf(ds.asOf, lang) }))} · ${escapeHtml(t('site.name'))}</p>
</article>
</main>
</body>
</html>
`;
}
