import type { OpenDataFile } from '../domain/open-data-index';
import { howToOpen } from '../domain/open-data-howto';
import { formatFileSize } from '../domain/file-size';
import { t } from '../i18n';

const MEDIA_TYPE: Record<OpenDataFile['format'], string> = { json: 'application/json', csv: 'text/csv' };

/** One download of the /data page: its link, what it holds, format and size, and how to open it. */
export function DownloadItem(props: { file: OpenDataFile; baseUrl: string }) {
  const name = () => props.file.path.replace(/^data\//, '');
  const how = () => howToOpen(props.file.kind, `${props.baseUrl}${props.file.path}`);
  return (
    <li class="download">
      <h3 class="download__name">
        {/* `target` keeps the router from taking the file for a route. */}
        <a href={`${import.meta.env.BASE_URL}${props.file.path}`} type={MEDIA_TYPE[props.file.format]} target="_self">
          {name()}
        </a>
      </h3>
      <p>{t(`data.kind.${props.file.kind === 'edition' ? 'dataset' : props.file.kind}`)}</p>
      <dl class="download__facts">
        <div>
          <dt>{t('data.format')}</dt>
          <dd>{t(`data.format.${props.file.format}`)}</dd>
        </div>
        <div>
          <dt>{t('data.size')}</dt>
          <dd>{formatFileSize(props.file.bytes)}</dd>
        </div>
      </dl>
      <dl class="download__open">
        <dt>{t('data.inExcel')}</dt>
        <dd>{t(`data.excel.${how().excel}`)}</dd>
        <dt>{t('data.inPython')}</dt>
        <dd>
          <code translate="no">{how().python}</code>
        </dd>
        <dt>{t('data.inR')}</dt>
        <dd>
          <code translate="no">{how().r}</code>
        </dd>
      </dl>
    </li>
  );
}
