import { render } from 'preact';
import { browser } from 'wxt/browser';
import { readSites } from '../../app/block-sites';
import { uiLang } from '../../browser/i18n';
import { Blocked } from '../../features/guard/ui/Blocked';

document.documentElement.lang = uiLang();
document.title = browser.i18n.getMessage('blockedTitle');
render(<Blocked sites={readSites} />, document.getElementById('app')!);
