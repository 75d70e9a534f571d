/** The URL of the page on screen in the other language, following the router's location. */
import { useLocation } from '@solidjs/router';
import { otherLangHref } from '../domain/lang-path';

export function useOtherLangHref(): () => string {
  const location = useLocation();
  return () => otherLangHref(location.pathname, location.search, location.hash, import.meta.env.BASE_URL);
}
