import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * `vite preview` (what `npm start` serves) behaves like the static hosts the app is made for:
 * `/pledges/20` redirects to `/pledges/20/`, whose prerendered `index.html` it then serves. Without
 * this, preview's SPA fallback answers with the overview's HTML, which the client must throw away
 * and re-render (a layout shift, and the wrong page with JavaScript off).
 */
export function staticHostPreview(): Plugin {
  return {
    name: 'bibai-static-host-preview',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      const base = server.config.base;
      server.middlewares.use((req, res, next) => {
        const [path = '/', query] = (req.url ?? '/').split('?');
        if (path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) || !path.startsWith(base)) return next();
        if (!existsSync(resolve(outDir, `.${decodeURIComponent(path.slice(base.length - 1))}`, 'index.html'))) return next();
        res.statusCode = 301;
        res.setHeader('Location', `${path}/${query ? `?${query}` : ''}`);
        res.end();
      });
    },
  };
}
