// The side panel that stays open: Chrome's `sidePanel` and Firefox's `sidebarAction`, behind one
// small adapter (https://developer.chrome.com/docs/extensions/reference/api/sidePanel,
// https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/sidebarAction).
// Both open only from a user action: a click or a keyboard command, called before any await.

/** The keyboard command that opens it in Chrome (Firefox's own is `_execute_sidebar_action`). */
export const COMMAND_PANEL = 'open-panel';

interface ChromePanel {
  open(o: { windowId: number }): Promise<void>;
  setPanelBehavior(b: { openPanelOnActionClick: boolean }): Promise<void>;
}
interface Apis {
  chrome?: { sidePanel?: ChromePanel; action?: { setPopup(d: { popup: string }): Promise<void> } };
  browser?: { sidebarAction?: { open(): Promise<void> } };
}
const apis = () => globalThis as Apis;

/** Chrome only: the toolbar button may open the panel instead of the popup. */
export const panelOnActionSupported = (): boolean => !!apis().chrome?.sidePanel?.setPanelBehavior;

/** Opens the panel in `windowId` (Chrome needs it); Firefox opens its sidebar in the current window. */
export function openSidePanel(windowId?: number): Promise<void> {
  const { chrome, browser } = apis();
  if (chrome?.sidePanel && windowId !== undefined) return chrome.sidePanel.open({ windowId });
  return browser?.sidebarAction ? browser.sidebarAction.open() : Promise.reject(new Error('no side panel here'));
}

/**
 * The toolbar button opens the panel (`on`) or the popup. The popup is taken off the button then:
 * while one is set Chrome shows it and the panel behaviour never applies
 * (https://github.com/forgetso/search-replace/pull/134). The worker applies this at every start.
 */
export async function setPanelOnAction(on: boolean): Promise<void> {
  const { chrome } = apis();
  if (!chrome?.sidePanel?.setPanelBehavior) return;
  await chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: on });
  await chrome.action?.setPopup({ popup: on ? '' : 'popup.html' });
}
