import { render } from 'preact';
import { browser } from 'wxt/browser';
import { uiLang } from '../../browser/i18n';
import { Stats } from '../../features/stats/ui/Stats';

document.documentElement.lang = uiLang();
document.title = browser.i18n.getMessage('statsTitle');
render(<Stats />, document.getElementById('app')!);
