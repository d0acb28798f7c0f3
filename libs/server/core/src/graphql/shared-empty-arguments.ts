import * as graphqlValues from 'graphql/execution/values';

type ArgumentValues = typeof graphqlValues.getArgumentValues;

/** What graphql-js's executor calls, through its module's exports, to build a field's `args`. */
interface ArgumentValuesModule {
  getArgumentValues: ArgumentValues;
}

const NO_ARGUMENTS: { [argument: string]: unknown } = Object.freeze(Object.create(null));
const INSTALLED = Symbol('sharedEmptyArguments');

/**
 * graphql-js builds the `args` of every field it executes, fields that declare none included:
 * two fresh null-prototype objects (dictionary mode in V8) per field, for ~250 fields on a board
 * page, a quarter of the bytes the API allocates per page (sampled heap profile) and 7% of its
 * instructions (`npm run bench:instructions`). Fields that declare no arguments get one shared,
 * frozen, empty object instead, which is what they got before minus its identity; every other
 * field goes through graphql-js unchanged, defaults, variables and errors included. (A document
 * giving arguments to such a field never executes: validation refuses unknown arguments.)
 *
 * graphql-js's executor reads `getArgumentValues` off the module's exports at each call, so
 * replacing the export is enough; idempotent. Returns whether the executor now uses it (false if a
 * graphql-js release stops exporting it that way, then nothing changes).
 */
export function shareEmptyArgumentValues(
  valuesModule: ArgumentValuesModule = graphqlValues as ArgumentValuesModule,
): boolean {
  const current = valuesModule.getArgumentValues as ArgumentValues & { [INSTALLED]?: true };
  if (typeof current !== 'function') return false;
  if (current[INSTALLED]) return true;
  const original = current;
  const shared: ArgumentValues = Object.assign(
    (...[def, node, variableValues]: Parameters<ArgumentValues>) =>
      def.args.length === 0 ? NO_ARGUMENTS : original(def, node, variableValues),
    { [INSTALLED]: true as const },
  );
  try {
    valuesModule.getArgumentValues = shared;
  } catch {
    return false;
  }
  return valuesModule.getArgumentValues === shared;
}
