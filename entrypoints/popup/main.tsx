import { render } from 'preact';
import { t, uiLang } from '../../browser/i18n';
import { App } from '../../features/focus/ui/App';
import { loadFirst } from '../../features/focus/ui/store';

document.documentElement.lang = uiLang();
document.title = t('extName');
// One render, with the stored state: never a placeholder that is corrected a moment later.
await loadFirst().catch((e) => console.error('TickTick Focus: first read', e));
render(<App />, document.getElementById('app')!);
