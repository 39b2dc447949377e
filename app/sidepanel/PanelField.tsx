// The options' choice: the toolbar button opens the side panel instead of the popup (Chrome only;
// the worker applies it, app/worker.ts).
import { panelOnActionSupported } from '../../browser/side-panel';
import { t } from '../../browser/i18n';

export function PanelField({ on, onChange }: { on: boolean; onChange(on: boolean): void }) {
  if (!panelOnActionSupported()) return null;
  return (
    <label class="check">
      <input type="checkbox" checked={on} onChange={(e) => onChange(e.currentTarget.checked)} />
      <span>{t('optPanelOnAction')}</span>
    </label>
  );
}
