// The comments of the current Zoho People log, each with delete, and (while its timer runs) a
// field to add one: Zoho takes comments only on a running timer (docs/zoho-people.md §2).
import { useState } from 'preact/hooks';
import type { ZohoComment } from '../parse';
import { sendZoho } from '../messages';
import { t } from '../../../browser/i18n';

export function ZohoComments({ comments, running }: { comments: ZohoComment[]; running: boolean }) {
  const [draft, setDraft] = useState('');
  return (
    <>
      {!!comments.length && (
        <ul class="zoho-comments" aria-label={t('zohoComments')}>
          {comments.map((c) => (
            <li key={c.id}>
              <span>{c.text}</span>
              <button type="button" class="link" aria-label={t('zohoDeleteComment', [c.text])} onClick={() => void sendZoho('zohoUncomment', c.id)}>×</button>
            </li>
          ))}
        </ul>
      )}
      {running && (
        <form class="zoho-add" onSubmit={(e) => {
          e.preventDefault();
          if (draft.trim()) void sendZoho('zohoComment', draft.trim());
          setDraft('');
        }}>
          <input type="text" value={draft} maxLength={500} aria-label={t('zohoAddComment')} placeholder={t('zohoAddComment')} onInput={(e) => setDraft(e.currentTarget.value)} />
          <button type="submit">{t('zohoAdd')}</button>
        </form>
      )}
    </>
  );
}
