import { buildSchema, parse, validate } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { connectionEstimator, costCacheKey, QueryLimits } from './query-limits.plugin';

const schema = buildSchema(`
  type Query { node: Node, nodes(first: Int): [Node!]! }
  type Node { id: ID!, child: Node, children(first: Int): [Node!]! }
`);

const nested = (depth: number) =>
  `{ ${Array.from({ length: depth }).reduce<string>((inner) => `child { ${inner} }`, 'id')} }`.replace(
    /^\{ /,
    '{ node { ',
  ) + ' }';

describe('query limits', () => {
  it(`refuses queries deeper than ${QueryLimits.maxDepth}`, () => {
    expect(
      validate(schema, parse(nested(QueryLimits.maxDepth - 2)), [depthLimit(QueryLimits.maxDepth)]),
    ).toEqual([]);
    const errors = validate(schema, parse(nested(QueryLimits.maxDepth + 1)), [
      depthLimit(QueryLimits.maxDepth),
    ]);
    expect(errors[0]?.message).toMatch(/exceeds maximum operation depth/);
  });

  it('counts nested pages multiplicatively, using the variables', () => {
    const estimators = [connectionEstimator, simpleEstimator({ defaultComplexity: 1 })];
    const small = getComplexity({ schema, query: parse(`{ nodes(first: 5) { id } }`), estimators });
    expect(small).toBe(6);
    const nestedPages = getComplexity({
      schema,
      query: parse(`query ($n: Int) { nodes(first: $n) { children(first: 100) { id } } }`),
      variables: { n: 100 },
      estimators,
    });
    expect(nestedPages).toBeGreaterThan(QueryLimits.maxComplexity);
    const defaultPage = getComplexity({ schema, query: parse(`{ nodes { id } }`), estimators });
    expect(defaultPage).toBe(21);
  });
});

describe('the cost cache key', () => {
  const document = parse(`
    query Page($n: Int, $deep: Boolean!, $body: String) {
      nodes(first: $n) { id children(first: 3) @include(if: $deep) { id } }
      echo: node { id }
    }
    mutation Reply($body: String) { node { id } }
  `);

  it('ignores variables the cost cannot depend on', () => {
    expect(costCacheKey(document, { n: 5, deep: true, body: 'one' }, 'Page')).toBe(
      costCacheKey(document, { n: 5, deep: true, body: 'another' }, 'Page'),
    );
  });

  it('tells page sizes, directive switches, operations and missing from null apart', () => {
    const keys = [
      costCacheKey(document, { n: 5, deep: true }, 'Page'),
      costCacheKey(document, { n: 50, deep: true }, 'Page'),
      costCacheKey(document, { n: 5, deep: false }, 'Page'),
      costCacheKey(document, { n: 5, deep: true }, 'Reply'),
      costCacheKey(document, { n: null, deep: true }, 'Page'),
      costCacheKey(document, { deep: true }, 'Page'),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});
