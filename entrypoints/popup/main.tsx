import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '../../components/App';
import { loadFirst } from '../../components/store';

document.documentElement.lang = browser.i18n.getUILanguage();
// One render, with the stored state: never a placeholder that is corrected a moment later.
await loadFirst();
render(<App />, document.getElementById('app')!);
