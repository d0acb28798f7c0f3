import DataLoader from 'dataloader';

/**
 * Per-request DataLoaders, created on first use. Domain libs expose loader factories keyed by a
 * unique symbol, so a page loads each kind of related row in one batched statement.
 */
export class RequestLoaders {
  private readonly loaders = new Map<symbol, DataLoader<unknown, unknown>>();

  get<K, V>(key: symbol, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = create() as DataLoader<unknown, unknown>;
      this.loaders.set(key, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** Orders batch results to match the keys, as DataLoader requires. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map<K, V>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((key) => map.get(key) ?? null);
}
