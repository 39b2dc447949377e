// First: the storage reads go out before the rest of the script evaluates (./first-read.ts).
import { firstRead } from './first-read';
import { render } from 'preact';
import { t, uiLang } from '../../browser/i18n';
import { App } from '../../app/popup/App';
import { openPopup } from '../../app/popup/open';

document.documentElement.lang = uiLang();
document.title = t('extName');
// One render, with the stored state: never a placeholder that is corrected a moment later. Not a
// top-level await: the lazy chunks import from this script, and one imported before the render
// would wait for the await's end, which would wait for it.
void openPopup(undefined, firstRead).then((page) => render(<App page={page} />, document.getElementById('app')!));
