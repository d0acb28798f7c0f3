import DataLoader from 'dataloader';

/**
 * Per-request DataLoaders, created on first use. Domain libs expose loader factories keyed by a
 * unique symbol, so a page loads each kind of related row in one batched statement.
 */
export class RequestLoaders {
  private readonly loaders = new Map<symbol, DataLoader<unknown, unknown>>();
  private readonly settledValues = new Map<symbol, Map<unknown, unknown>>();

  /**
   * Values a loader has already delivered in this request, by key. A field resolver that finds
   * its value here returns it as it is: graphql-js then completes the parent object without a
   * promise, which on a page of 25 threads is most of the execution's own cost.
   */
  settled<K, V>(key: symbol): Map<K, V> {
    let values = this.settledValues.get(key);
    if (!values) this.settledValues.set(key, (values = new Map()));
    return values as Map<K, V>;
  }

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
