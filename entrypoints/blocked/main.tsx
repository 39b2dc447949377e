import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Blocked } from '../../components/Blocked';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('blockedTitle');
render(<Blocked />, document.getElementById('app')!);
