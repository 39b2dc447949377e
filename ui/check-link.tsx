// A way to the connection check (the options page's "Check connection", run on arrival) for any
// page that shows a sync error, the popup's banners included.
import { t } from '../browser/i18n';

/** The options page's check section; opened with this hash, the check runs at once. */
export const CHECK_HASH = 'check';
export const CHECK_URL = `/options.html#${CHECK_HASH}`;

export function CheckLink() {
  return <a href={CHECK_URL} target="_blank" rel="noreferrer">{t('chkRun')}</a>;
}
