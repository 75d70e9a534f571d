import { Router } from '@solidjs/router';
import { AppDataProvider, type Boot } from './app/data';
import { Layout } from './components/Layout';
import { routes } from './routes';

/** Router base follows Vite's `base`, so the app also works from a sub-path. */
const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** `url` is only for the prerenderer (the server has no location); `boot` see app/data.tsx. */
export function App(props: { url?: string; boot?: Boot }) {
  return (
    <AppDataProvider boot={props.boot}>
      <Router base={base} url={props.url} root={Layout}>
        {routes}
      </Router>
    </AppDataProvider>
  );
}
