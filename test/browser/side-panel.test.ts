import { afterEach, describe, expect, it, vi } from 'vitest';
import { openSidePanel, panelOnActionSupported, setPanelOnAction } from '../../browser/side-panel';

const g = globalThis as { chrome?: unknown; browser?: unknown };
const saved = { chrome: g.chrome, browser: g.browser };

describe('the side panel adapter', () => {
  afterEach(() => Object.assign(g, saved));
  it('Chrome: opens the panel of the window, and the toolbar button opens it instead of the popup when chosen', async () => {
    const sidePanel = { open: vi.fn(async () => undefined), setPanelBehavior: vi.fn(async () => undefined) };
    const action = { setPopup: vi.fn(async () => undefined) };
    Object.assign(g, { chrome: { sidePanel, action }, browser: undefined });
    expect(panelOnActionSupported()).toBe(true);
    await openSidePanel(7);
    expect(sidePanel.open).toHaveBeenCalledWith({ windowId: 7 });
    await setPanelOnAction(true);
    await setPanelOnAction(false);
    expect(sidePanel.setPanelBehavior.mock.calls).toEqual([[{ openPanelOnActionClick: true }], [{ openPanelOnActionClick: false }]]);
    expect(action.setPopup.mock.calls).toEqual([[{ popup: '' }], [{ popup: 'popup.html' }]]);
  });
  it('Firefox: the sidebar opens; the toolbar choice does not apply', async () => {
    const sidebarAction = { open: vi.fn(async () => undefined) };
    Object.assign(g, { chrome: {}, browser: { sidebarAction } });
    expect(panelOnActionSupported()).toBe(false);
    await openSidePanel();
    expect(sidebarAction.open).toHaveBeenCalled();
    await expect(setPanelOnAction(true)).resolves.toBeUndefined();
  });
  it('neither: says so', async () => {
    Object.assign(g, { chrome: {}, browser: {} });
    await expect(openSidePanel(1)).rejects.toThrow();
  });
});
