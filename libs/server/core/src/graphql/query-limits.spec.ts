import { buildSchema, parse, validate } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { connectionEstimator, QueryLimits } from './query-limits.plugin';

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
