import { render } from 'preact';
import { t, uiLang } from '../../components/i18n';
import { App } from '../../components/App';
import { loadFirst } from '../../components/store';

document.documentElement.lang = uiLang();
document.title = t('extName');
// One render, with the stored state: never a placeholder that is corrected a moment later.
await loadFirst().catch((e) => console.error('TickTick Focus: first read', e));
render(<App />, document.getElementById('app')!);
