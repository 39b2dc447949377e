// First: the storage reads go out before the rest of the script evaluates (./first-read.ts).
import { firstRead } from './first-read';
import { render } from 'preact';
import { t, uiLang } from '../../browser/i18n';
import { App } from '../../app/popup/App';
import { openPopup } from '../../app/popup/open';

document.documentElement.lang = uiLang();
document.title = t('extName');
// One render, with the stored state: never a placeholder that is corrected a moment later.
const page = await openPopup(undefined, firstRead);
render(<App page={page} />, document.getElementById('app')!);
