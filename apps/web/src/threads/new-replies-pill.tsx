import { plural } from '../components/plural';

/**
 * "2 new replies", floating at the bottom of the window while replies wait below the reader.
 * The region stays mounted so screen readers announce each change of the count.
 */
export function NewRepliesPill({ count, onShow }: { count: number; onShow: () => void }) {
  return (
    <div className="new-replies" aria-live="polite">
      {count > 0 ? (
        <button className="button new-replies__pill" type="button" onClick={onShow}>
          {plural(count, 'new reply', 'new replies')} ↓
        </button>
      ) : null}
    </div>
  );
}
