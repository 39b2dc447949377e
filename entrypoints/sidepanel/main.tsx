import { render } from 'preact';
import { t, uiLang } from '../../browser/i18n';
import { SidePanel } from '../../app/sidepanel/SidePanel';
import { openPopup } from '../../app/popup/open';
import { createPopup } from '../../features/focus/ui/store';

document.documentElement.lang = uiLang();
document.title = t('extName');
// The popup's page and store (app/popup/open.ts), started the same way; it stays open here, so it
// asks TickTick every 30 s, not every 5 (the worker's own polls and the storage watch keep it live).
// Not a top-level await, as in entrypoints/popup/main.tsx.
void openPopup(createPopup({ pollMs: 30_000 })).then((page) => render(<SidePanel page={page} />, document.getElementById('app')!));
