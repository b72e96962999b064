import fc from 'fast-check';
import { GraphQLError, buildSchema, execute, parse, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { allow, and, chain, deny, not, or, rule, shield, type IRules } from 'graphql-shield';
import { applyRules } from '../../subgraphs/shared/apply-rules';

/**
 * `applyRules` must decide every field exactly as graphql-shield's own middleware does (it only
 * skips shield's promises): the same answers, the same errors, the same refusals, and each rule
 * function called as often, for any rule tree.
 */
const fields = ['a', 'b', 'c', 'd'] as const;
const sdl = `type Query { item: Item list: [Item] } type Item { ${fields.map((f) => `${f}: String`).join(' ')} }`;
const query = parse(`{ item { ${fields.join(' ')} } list { ${fields.join(' ')} } }`);
const options = {
  fallbackRule: deny,
  allowExternalErrors: true,
  fallbackError: () => new GraphQLError('refused', { extensions: { code: 'FORBIDDEN' } }),
};

type Outcome = 'true' | 'false' | 'error' | 'message' | 'throws' | 'async-true' | 'async-false';
type Tree = { kind: 'allow' } | { kind: 'deny' } | { kind: 'rule'; outcome: Outcome; cache: 'no_cache' | 'contextual' | 'strict' }
  | { kind: 'or' | 'and' | 'chain'; rules: Tree[] } | { kind: 'not'; rule: Tree };

const outcome = fc.constantFrom<Outcome>('true', 'false', 'error', 'message', 'throws', 'async-true', 'async-false');
const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant<Tree>({ kind: 'allow' }),
    fc.constant<Tree>({ kind: 'deny' }),
    fc.record({ kind: fc.constant('rule' as const), outcome, cache: fc.constantFrom('no_cache' as const, 'contextual' as const, 'strict' as const) }),
    fc.record({ kind: fc.constantFrom('or' as const, 'and' as const, 'chain' as const), rules: fc.array(tie('tree'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ kind: fc.constant('not' as const), rule: tie('tree') }),
  ),
})).tree;

/** Builds the rules of a tree; `calls` counts how often each rule function ran. */
function build(t: Tree, calls: Map<string, number>, path: string): any {
  switch (t.kind) {
    case 'allow': return allow;
    case 'deny': return deny;
    case 'not': return not(build(t.rule, calls, `${path}!`));
    case 'rule':
      return rule(`r${path}`, { cache: t.cache })((parent: { n: number } | undefined) => {
        calls.set(path, (calls.get(path) ?? 0) + 1);
        const n = parent?.n ?? 0;
        switch (t.outcome) {
          case 'true': return true;
          case 'false': return false;
          case 'error': return new Error(`no ${n}`);
          case 'message': return `not item ${n}`;
          case 'throws': throw new Error('broken rule');
          case 'async-true': return Promise.resolve(true);
          case 'async-false': return Promise.resolve(false);
        }
      });
    default: {
      const combine = { or, and, chain }[t.kind];
      return combine(...t.rules.map((r, i) => build(r, calls, `${path}.${i}`)));
    }
  }
}

async function run(apply: (schema: GraphQLSchema, rules: IRules) => GraphQLSchema, rulesOf: (calls: Map<string, number>) => IRules) {
  const calls = new Map<string, number>();
  const schema = apply(buildSchema(sdl), rulesOf(calls));
  const rootValue = { item: { n: 1, a: 'A', b: 'B', c: 'C', d: 'D' }, list: [{ n: 2, a: 'a2', b: 'b2', c: 'c2', d: 'd2' }, { n: 3, a: 'a3', b: 'b3', c: 'c3', d: 'd3' }] };
  const result = await execute({ schema, document: query, rootValue, contextValue: {} });
  return { data: result.data, errors: (result.errors ?? []).map((e) => `${e.path?.join('.')}: ${e.message}`).sort(), calls: Object.fromEntries(calls) };
}

describe('applyRules', () => {
  it('decides every field as graphql-shield does, for any rule tree', async () => {
    await fc.assert(fc.asyncProperty(
      fc.record({ item: fc.dictionary(fc.constantFrom('*', ...fields), tree, { maxKeys: 3 }), query: fc.option(tree, { nil: undefined }) }),
      async (trees) => {
        const rulesOf = (calls: Map<string, number>): IRules => ({
          Query: trees.query ? { '*': build(trees.query, calls, 'q') } : { item: allow, list: allow },
          Item: Object.fromEntries(Object.entries(trees.item).map(([field, t]) => [field, build(t, calls, field)])),
        });
        const viaShield = await run((schema, rules) => applyMiddleware(schema, shield(rules, options)), rulesOf);
        const applied = await run((schema, rules) => applyRules(schema, rules, options), rulesOf);
        expect(applied).toEqual(viaShield);
      },
    ), { numRuns: 200 });
  });

  it('leaves a field that is allowed unwrapped, and denies a field no rule names', async () => {
    const schema = applyRules(buildSchema(sdl), { Query: { item: allow }, Item: { a: allow } }, options);
    const result = await execute({ schema, document: parse('{ item { a b } }'), rootValue: { item: { a: 'A', b: 'B' } }, contextValue: {} });
    expect(result.data).toEqual({ item: { a: 'A', b: null } });
    expect(result.errors?.map((e) => e.extensions.code)).toEqual(['FORBIDDEN']);
    expect((schema.getType('Item') as any).getFields().a.resolve.name).toBe('defaultFieldResolver');
  });
});
