import { BoardLimits } from '@boardwalk/contracts';

/** Lower-case ASCII without accents: "Café Owners!" -> "cafe owners!". */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The URL slug derived from a board name: "Making Friends!" -> "making-friends". */
export function slugify(name: string): string {
  return fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, BoardLimits.slugMaxLength)
    .replace(/-+$/g, '');
}

const LOOK_ALIKES: Record<string, string> = {
  '0': 'o',
  '1': 'l',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  $: 's',
  '@': 'a',
  i: 'l',
};

/**
 * What a reader takes a board name for, so "Making Friends", "making-friend" and "MAK1NG
 * FRIENDS!!" all reduce to one key: look-alike characters mapped, punctuation and repeated
 * letters dropped, a plural "s" removed. Two boards may not share a key.
 */
export function nameKey(name: string): string {
  const mapped = [...fold(name)].map((char) => LOOK_ALIKES[char] ?? char).join('');
  const letters = mapped.replace(/[^a-z0-9]+/g, '').replace(/(.)\1+/g, '$1');
  return letters.length > 3 ? letters.replace(/s$/, '') : letters;
}
