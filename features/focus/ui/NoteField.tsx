// The focus note: typed here, saved to TickTick's session with a `note` op (see store.typeNote).
import { NOTE_MAX } from '../config';
import type { FocusView } from '../focus-view';
import { t } from '../../../browser/i18n';

interface Props {
  view: FocusView;
  /** The note as TickTick (or our queue) has it. */
  saved: string;
  draft: { sid: string; text: string } | null;
  onType(sid: string, text: string): void;
}

const SHOWN = new Set(['focusing', 'paused', 'finished']);

export function NoteField({ view, saved, draft, onType }: Props) {
  const sid = view.sessionId;
  if (!sid || !SHOWN.has(view.phase)) return null;
  const text = draft?.sid === sid ? draft.text : saved;
  return (
    <div class="note">
      <textarea
        rows={2} maxLength={NOTE_MAX} value={text} placeholder={t('notePlaceholder')} aria-label={t('noteLabel')} aria-describedby="note-count"
        onInput={(e) => onType(sid, e.currentTarget.value)}
      />
      <span id="note-count" class="count">{t('noteCount', [String(text.length), String(NOTE_MAX)])}</span>
    </div>
  );
}
