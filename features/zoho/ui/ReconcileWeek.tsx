// The reconciliation's week (docs/zoho-people.md §7): the totals per job and billing status,
// TickTick's focus beside Zoho's logs, and the billable and non-billable sums.
import type { Total, Totals } from '../totals';
import { t } from '../../../browser/i18n';

const minutes = (n: number, lang: string) => new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(n);
const billingText = (b: Total['billing']) => (b === 'billable' ? t('zohoBillable') : t('zohoNonBillable'));
const diff = (x: Total, lang: string) => (x.zohoMin === x.focusMin ? '0' : `${x.zohoMin > x.focusMin ? '+' : '−'}${minutes(Math.abs(x.zohoMin - x.focusMin), lang)}`);

export function WeekTotals({ totals, label, lang }: { totals: Totals; label: string; lang: string }) {
  if (!totals.jobs.length) return null;
  const cells = (x: Total) => <><td>{minutes(x.focusMin, lang)}</td><td>{minutes(x.zohoMin, lang)}</td><td>{diff(x, lang)}</td></>;
  return (
    <table class="reconcile-totals">
      <caption>{t('zohoRecTotals', [label])}</caption>
      <thead>
        <tr><th scope="col">{t('zohoJob')}</th><th scope="col" class="left">{t('zohoBilling')}</th><th scope="col">TickTick</th><th scope="col">Zoho People</th><th scope="col">{t('zohoRecDifference')}</th></tr>
      </thead>
      <tbody>
        {totals.jobs.map((j) => (
          <tr key={`${j.jobId}|${j.billing}`}><th scope="row" translate={false}>{j.jobName || j.jobId}</th><td class="left">{billingText(j.billing)}</td>{cells(j)}</tr>
        ))}
      </tbody>
      <tfoot>
        {[totals.billable, totals.nonBillable].map((x) => <tr key={x.billing}><th scope="row" colSpan={2}>{billingText(x.billing)}</th>{cells(x)}</tr>)}
      </tfoot>
    </table>
  );
}
