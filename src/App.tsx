import { Router } from '@solidjs/router';
import { AppDataProvider, type Boot } from './app/data';
import { Layout } from './components/Layout';
import { routes } from './routes';
import { LANG_PREFIX } from './domain/lang-path';
import type { Lang } from './i18n';

/** Router base follows Vite's `base`, so the app also works from a sub-path. */
const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/**
 * `lang` is the URL's language: English pages route under `<base>/en`, so every link and
 * navigation inside the app stays in the page's language. `url` is only for the prerenderer
 * (the server has no location); `boot` see app/data.tsx.
 */
export function App(props: { lang: Lang; url?: string; boot?: Boot }) {
  return (
    <AppDataProvider boot={props.boot}>
      <Router base={`${base}${LANG_PREFIX[props.lang]}`} url={props.url} root={Layout}>
        {routes}
      </Router>
    </AppDataProvider>
  );
}
