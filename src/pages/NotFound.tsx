import { usePageMeta } from '../app/page-meta';
import { NotFoundBody } from '../components/NotFoundBody';
import { t } from '../i18n';

export default function NotFound() {
  usePageMeta(
    () => t('notFound.title'),
    () => t('notFound.description'),
  );
  return <NotFoundBody />;
}
