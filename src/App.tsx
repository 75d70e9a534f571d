import { Router } from '@solidjs/router';
import { AppDataProvider } from './app/data';
import { Layout } from './components/Layout';
import { routes } from './routes';

/** Router base follows Vite's `base`, so the app also works from a sub-path. */
const base = import.meta.env.BASE_URL.replace(/\/$/, '');

export function App() {
  return (
    <AppDataProvider>
      <Router base={base} root={Layout}>
        {routes}
      </Router>
    </AppDataProvider>
  );
}
