import { nameKey, slugify } from './board-names';

describe('board names', () => {
  it('derives a URL slug from a name', () => {
    expect(slugify('Making Friends!')).toBe('making-friends');
    expect(slugify('  Café -- Owners  ')).toBe('cafe-owners');
    expect(slugify('!!!')).toBe('');
    expect(slugify('x'.repeat(80))).toHaveLength(50);
  });

  it('reduces look-alike names to one key', () => {
    const key = nameKey('Making Friends');
    expect(nameKey('making-friend')).toBe(key);
    expect(nameKey('MAK1NG  FRIENDS!!')).toBe(key);
    expect(nameKey('Makinng Friends')).toBe(key);
    expect(nameKey('Making Enemies')).not.toBe(key);
  });
});
