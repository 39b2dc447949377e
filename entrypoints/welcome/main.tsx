import { render } from 'preact';
import { browser } from 'wxt/browser';
import { uiLang } from '../../browser/i18n';
import { Welcome } from '../../app/welcome/Welcome';

document.documentElement.lang = uiLang();
document.title = browser.i18n.getMessage('welTitle');
render(<Welcome />, document.getElementById('app')!);
