import { buildSchema, execute, GraphQLFieldResolver, parse } from 'graphql';
import * as graphqlValues from 'graphql/execution/values';
import { shareEmptyArgumentValues } from './shared-empty-arguments';

const schema = buildSchema(`
  type Query { item: Item, items(first: Int = 10, after: String): [Item!]!, needs(id: ID!): Item }
  type Item { id: ID!, label: String }
`);

/** Runs `query` with resolvers that record the `args` each field was given. */
function argsSeen(query: string, variableValues?: Record<string, unknown>) {
  const seen: Array<{ field: string; args: Record<string, unknown> }> = [];
  const fieldResolver: GraphQLFieldResolver<unknown, unknown> = (source, args, _context, info) => {
    seen.push({ field: info.fieldName, args });
    if (info.fieldName === 'items') return [{ id: '1' }, { id: '2' }];
    if (info.parentType.name === 'Query') return { id: '0' };
    return (source as Record<string, unknown>)[info.fieldName] ?? null;
  };
  const result = execute({ schema, document: parse(query), variableValues, fieldResolver });
  return { seen, result: result as Awaited<typeof result> };
}

describe('shareEmptyArgumentValues', () => {
  const original = graphqlValues.getArgumentValues;

  beforeAll(() => {
    expect(shareEmptyArgumentValues()).toBe(true);
  });

  it('is what the executor calls, and installs once', () => {
    expect(graphqlValues.getArgumentValues).not.toBe(original);
    const installed = graphqlValues.getArgumentValues;
    expect(shareEmptyArgumentValues()).toBe(true);
    expect(graphqlValues.getArgumentValues).toBe(installed);
  });

  it('gives fields that declare no arguments one frozen empty object', () => {
    const { seen, result } = argsSeen('{ item { id label } items { id } }');
    expect(result.errors).toBeUndefined();
    const withoutArguments = seen.filter((entry) => entry.field !== 'items');
    expect(withoutArguments.length).toBe(5);
    for (const { args } of withoutArguments) {
      expect(args).toBe(withoutArguments[0].args);
      expect(Object.keys(args)).toEqual([]);
      expect(Object.isFrozen(args)).toBe(true);
    }
  });

  it('leaves fields with arguments to graphql-js: defaults, variables and errors', () => {
    const literal = argsSeen('{ items(after: "c") { id } }');
    expect({ ...literal.seen[0].args }).toEqual({ first: 10, after: 'c' });
    const fromVariables = argsSeen('query ($n: Int) { items(first: $n) { id } }', { n: 3 });
    expect({ ...fromVariables.seen[0].args }).toEqual({ first: 3 });
    expect(fromVariables.seen[0].args).not.toBe(literal.seen[0].args);
    const missing = argsSeen('query ($id: ID) { needs(id: $id) { id } }', {});
    expect(missing.result.errors?.[0]?.message).toBe(
      'Argument "id" of required type "ID!" was provided the variable "$id" which was not provided a runtime value.',
    );
  });

  it('reports false where graphql-js no longer exports the function', () => {
    expect(shareEmptyArgumentValues({} as never)).toBe(false);
    const frozen = Object.freeze({ getArgumentValues: original });
    expect(shareEmptyArgumentValues(frozen)).toBe(false);
  });
});
