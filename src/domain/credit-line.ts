/** The credit line the license asks a reuser to print, from the dataset's own names. */
import type { Dataset } from './schema.ts';

export const creditLine = (ds: Pick<Dataset, 'municipality' | 'source'>): string => `出典：${ds.municipality.ja}「${ds.source.title}」を加工して作成`;
