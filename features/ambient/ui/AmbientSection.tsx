// The options page's ambient sound (the popup has the same control, features/ambient/ui/AmbientPicker.tsx).
import { t } from '../../../browser/i18n';
import type { AmbientSettings } from '../settings';
import { AmbientPicker } from './AmbientPicker';

type Ambient = AmbientSettings['ambient'];

export function AmbientSection({ ambient, onChange }: { ambient: Ambient; onChange: (a: Ambient) => void }) {
  return (
    <section aria-labelledby="ambient-h">
      <h2 id="ambient-h">{t('optAmbient')}</h2>
      <AmbientPicker ambient={ambient} onChange={onChange} />
      <p class="hint">{t('optAmbientHint')}</p>
    </section>
  );
}
