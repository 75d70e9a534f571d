import { Router } from '@solidjs/router';
import { AppDataProvider, type Boot } from './app/data';
import { OffersProvider, inertOffers, type Offers } from './app/offers';
import type { AppServices } from './app/services';
import { Layout } from './components/Layout';
import { routes } from './routes';
import { LANG_PREFIX } from './domain/lang-path';
import type { Lang } from './i18n';

/** Router base follows Vite's `base`, so the app also works from a sub-path. */
const base = import.meta.env.BASE_URL.replace(/\/$/, '');

export interface AppProps {
  /** The URL's language: English pages route under `<base>/en`, so every link stays in it. */
  lang: Lang;
  /** The page's URL, for the prerenderer (the server has no location). */
  url?: string;
  services: AppServices;
  boot?: Boot;
  offers?: Offers;
}

export function App(props: AppProps) {
  return (
    <AppDataProvider services={props.services} boot={props.boot}>
      <OffersProvider offers={props.offers ?? inertOffers}>
        <Router base={`${base}${LANG_PREFIX[props.lang]}`} url={props.url} root={Layout}>
          {routes}
        </Router>
      </OffersProvider>
    </AppDataProvider>
  );
}
