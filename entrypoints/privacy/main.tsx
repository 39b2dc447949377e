import { render } from 'preact';
import { browser } from 'wxt/browser';
import { uiLang } from '../../browser/i18n';
import { Privacy } from '../../app/privacy/Privacy';

document.documentElement.lang = uiLang();
document.title = browser.i18n.getMessage('privTitle');
render(<Privacy />, document.getElementById('app')!);
