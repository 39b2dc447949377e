// The popup's "Side panel" link (a chunk of its own, after the first paint). The window is known
// before the click, so the panel opens inside the click's user action (browser/side-panel.ts).
import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { openSidePanel } from '../../browser/side-panel';
import { t } from '../../browser/i18n';

export function PanelButton() {
  const windowId = useRef<number | undefined>(undefined);
  useEffect(() => void browser.windows.getCurrent().then((w) => (windowId.current = w.id), () => undefined), []);
  const open = () => void openSidePanel(windowId.current).then(() => window.close(), (e: unknown) => console.warn('side panel', e));
  return <button type="button" class="link" onClick={open}>{t('panelOpen')}</button>;
}
