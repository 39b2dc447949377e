import { render } from 'preact';
import { t, uiLang } from '../../browser/i18n';
import { SidePanel } from '../../app/sidepanel/SidePanel';
import { openPopup } from '../../app/popup/open';

document.documentElement.lang = uiLang();
document.title = t('extName');
// The popup's page and store (app/popup/open.ts), started the same way; it stays open here.
const page = await openPopup();
render(<SidePanel page={page} />, document.getElementById('app')!);
