import { render } from 'solid-js/web';
import './i18n';
// Listens for beforeinstallprompt from the start: the browser fires it early.
import './pwa/install';
import { registerWorker } from './pwa/worker';
import { followLanguageInManifest } from './pwa/manifest-link';
import './app/text-size';
import './styles/main.css';
import './styles/print.css';
import { App } from './App';

render(() => <App />, document.getElementById('root')!);
followLanguageInManifest();
registerWorker();
