// Export of the range's sessions as CSV or JSON (export.ts), saved as a download.
import { exportRows, toCsv, toJson } from '../export';
import type { Session, TaskPart } from '../timeline';
import { isoDay } from '../zone';
import { t } from '../../../browser/i18n';

interface Props { sessions: Session[]; from: number; to: number; fromDay: number; toDay: number; listOf: (p: TaskPart) => string }

function save(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function Export({ sessions, from, to, fromDay, toDay, listOf }: Props) {
  const name = `ticktick-focus-${isoDay(fromDay)}_${isoDay(toDay)}`;
  const rows = () => exportRows(sessions, from, to, listOf);
  return (
    <section class="export" aria-labelledby="export-h">
      <h2 id="export-h">{t('statsExport')}</h2>
      <div class="row start">
        <button type="button" onClick={() => save(`${name}.csv`, 'text/csv;charset=utf-8', toCsv(rows()))}>{t('statsCsv')}</button>
        <button type="button" onClick={() => save(`${name}.json`, 'application/json', toJson(rows()))}>{t('statsJson')}</button>
      </div>
    </section>
  );
}
