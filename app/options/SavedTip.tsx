// "Saved" beside the control that was changed, not at the bottom of a long page: placed under
// the element the last change or click came from (a select changed by a script has no focus).
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../browser/i18n';

type Word = 'saved' | 'notSaved';
interface Tip { word: Word; top: number; left: number }

const SHOWN_MS = 2500;

export function useSavedTip(): [Tip | null, (word: Word) => void] {
  const [tip, setTip] = useState<Tip | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const last = useRef<Element | null>(null);
  useEffect(() => {
    const seen = (e: Event) => void (e.target instanceof Element && (last.current = e.target));
    for (const type of ['change', 'click', 'input']) addEventListener(type, seen, true);
    return () => ['change', 'click', 'input'].forEach((type) => removeEventListener(type, seen, true));
  }, []);
  const show = (word: Word) => {
    const el = last.current?.isConnected ? last.current : document.activeElement;
    const r = el && el !== document.body ? el.getBoundingClientRect() : null;
    // Page coordinates: the tip stays with its field when the page scrolls.
    setTip({ word, top: r ? r.bottom + scrollY + 2 : scrollY + 8, left: r ? r.left + scrollX : 16 });
    clearTimeout(timer.current);
    // A refusal stays until the next change: it must be read.
    if (word === 'saved') timer.current = setTimeout(() => setTip(null), SHOWN_MS);
  };
  return [tip, show];
}

export function SavedTip({ tip }: { tip: Tip | null }) {
  return (
    <p class={`saved-tip${tip ? '' : ' sr-only'}${tip?.word === 'notSaved' ? ' bad' : ''}`} role="status"
      style={tip ? { top: `${tip.top}px`, left: `${tip.left}px` } : undefined}>
      {tip && t(tip.word)}
    </p>
  );
}
