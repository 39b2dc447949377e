import { render } from 'preact';
import { browser } from 'wxt/browser';
import { uiLang } from '../../browser/i18n';
import { Options } from '../../app/options/Options';

// The page speaks the UI language: `lang` for screen readers and fonts, and a translated title.
document.documentElement.lang = uiLang();
document.title = browser.i18n.getMessage('optTitle');
render(<Options />, document.getElementById('app')!);
