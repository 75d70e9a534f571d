import { render } from 'solid-js/web';
import './i18n';
import './app/text-size';
import './styles/main.css';
import './styles/print.css';
import { App } from './App';

render(() => <App />, document.getElementById('root')!);
