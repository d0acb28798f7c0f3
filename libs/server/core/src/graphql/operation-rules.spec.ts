import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { depthLimitRule, NoSubscriptionsRule } from './operation-rules';

const schema = buildSchema(`
  type Query { node: Node }
  type Node { id: ID!, child: Node }
`);
const rules = [...specifiedRules, depthLimitRule(3), NoSubscriptionsRule];
const messages = (query: string) => validate(schema, parse(query), rules).map((e) => e.message);

describe('operation rules', () => {
  it('passes documents within the depth limit', () => {
    expect(messages(`{ node { child { id } } }`)).toEqual([]);
    expect(messages(`{ node { ...F } } fragment F on Node { child { id } }`)).toEqual([]);
  });

  it('refuses deeper operations, naming anonymous ones plainly', () => {
    expect(messages(`{ node { child { child { child { child { id } } } } } }`)).toEqual([
      'The operation exceeds maximum operation depth of 3',
    ]);
    expect(
      messages(
        `query Deep { node { ...F } } fragment F on Node { child { child { child { id } } } }`,
      ),
    ).toEqual(["'Deep' exceeds maximum operation depth of 3"]);
  });

  it('leaves fragment cycles and unknown fragments to graphql-js instead of crashing', () => {
    expect(
      messages(`{ node { ...A } } fragment A on Node { ...B } fragment B on Node { ...A }`),
    ).toEqual(
      expect.arrayContaining([expect.stringMatching(/Cannot spread fragment "A" within itself/)]),
    );
    expect(messages(`{ node { ...Missing } }`)).toEqual(['Unknown fragment "Missing".']);
  });

  it('refuses subscriptions on a schema without them', () => {
    expect(messages(`subscription { node { id } }`)).toEqual(
      expect.arrayContaining([expect.stringMatching(/no GraphQL subscriptions/)]),
    );
    const withSubscriptions = buildSchema(`type Query { a: Int } type Subscription { a: Int }`);
    expect(validate(withSubscriptions, parse(`subscription { a }`), [NoSubscriptionsRule])).toEqual(
      [],
    );
  });
});
