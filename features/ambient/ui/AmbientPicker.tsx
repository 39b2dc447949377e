// The ambient sound's choice and volume: one small control, in the popup and in the options.
import { t } from '../../../browser/i18n';
import { AMBIENTS, type AmbientName, type AmbientSettings } from '../settings';

type Ambient = AmbientSettings['ambient'];

export function AmbientPicker({ ambient, onChange }: { ambient: Ambient; onChange: (a: Ambient) => void }) {
  return (
    <span class="ambient">
      <select aria-label={t('ambientLabel')} value={ambient.name} onChange={(e) => onChange({ ...ambient, name: e.currentTarget.value as AmbientName })}>
        {AMBIENTS.map((a) => <option value={a}>{t(`ambient_${a}`)}</option>)}
      </select>
      <input type="range" aria-label={t('ambientVolume')} min={0} max={100} step={5} value={Math.round(ambient.volume * 100)}
        disabled={ambient.name === 'off'} onChange={(e) => onChange({ ...ambient, volume: Number(e.currentTarget.value) / 100 })} />
    </span>
  );
}
