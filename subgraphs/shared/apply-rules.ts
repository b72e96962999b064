import { defaultFieldResolver, isIntrospectionType, isObjectType, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { allow, and, deny, or, rule, shield, type IRules } from 'graphql-shield';

type Decision = boolean | Error;
type Resolver = GraphQLFieldResolver<unknown, object, Record<string, unknown>>;
type ShieldOptions = NonNullable<Parameters<typeof shield>[1]>;
/** A rule of a rule tree: graphql-shield's `IRule` or logic rule (its package does not export the union). */
type ShieldRule = NonNullable<ShieldOptions['fallbackRule']>;
type Options = ShieldOptions & { fallbackRule: ShieldRule };
type ShieldContext = Parameters<Extract<ShieldOptions['fallbackError'], (...args: never[]) => unknown>>[3];

// graphql-shield's rule classes, from its public constructors (its package exports no classes).
const RuleClass = rule()(() => true).constructor;
const AllowClass = allow.constructor;
const DenyClass = deny.constructor;
const OrClass = or(allow).constructor;
const AndClass = and(allow).constructor;

/** What graphql-shield keeps private but this module uses exactly as shield does. */
interface RuleInternals { cache: unknown; executeRule(parent: unknown, args: unknown, ctx: unknown, info: GraphQLResolveInfo, options: unknown): unknown }
interface LogicRuleLike { getRules(): ShieldRule[] }

/**
 * graphql-shield's rules, applied with less machinery per field. Shield wraps every field in an
 * async middleware (several promises per field, `allow` included), which for a page of 250
 * signals was much of a subgraph's CPU. The rule tree is validated and applied by shield as
 * before (same rule per field: the field's, else the type's `'*'`, else the fallback, deny); then
 * - a field whose rule is `allow` gets its own resolver back, unwrapped;
 * - a field whose rule is a plain rule (not cached by arguments), or `or`/`and` of such rules, is
 *   decided in place: each rule function is called once, through shield's own cache, and the
 *   field resolves without a promise when they answer synchronously;
 * - any other rule (chain, race, not, input rules, `strict` cache) stays shield's middleware.
 * The decision is shield's: an error a rule returns is the field's error, a refusal is
 * `fallbackError`, a rule that throws refuses.
 */
export function applyRules(schema: GraphQLSchema, rules: IRules, options: Options): GraphQLSchema {
  const own = new Map<string, Resolver | undefined>();
  for (const type of objectTypes(schema)) for (const field of Object.values(type.getFields())) own.set(`${type.name}.${field.name}`, field.resolve as Resolver | undefined);
  const shielded = applyMiddleware(schema, shield(rules, options));
  for (const type of objectTypes(shielded)) {
    for (const field of Object.values(type.getFields())) {
      const applied = ruleOf(rules, type.name, field.name, options.fallbackRule);
      const resolve = own.get(`${type.name}.${field.name}`) ?? (defaultFieldResolver as Resolver);
      if (applied instanceof AllowClass) field.resolve = resolve;
      else if (decidable(applied)) field.resolve = guarded(applied, resolve, options);
    }
  }
  return shielded;
}

function objectTypes(schema: GraphQLSchema) {
  return Object.values(schema.getTypeMap()).filter((t) => isObjectType(t) && !isIntrospectionType(t)).filter(isObjectType);
}

/** The rule shield applies to a field (graphql-shield's generator: field, else `'*'`, else fallback). */
function ruleOf(rules: IRules, type: string, field: string, fallback: ShieldRule): ShieldRule {
  const forType = (rules as Record<string, unknown>)[type];
  if (isShieldRule(forType)) return forType;
  if (forType && typeof forType === 'object') {
    const fields = forType as Record<string, ShieldRule | undefined>;
    return fields[field] ?? fields['*'] ?? fallback;
  }
  return fallback;
}

function isShieldRule(value: unknown): value is ShieldRule {
  return value instanceof RuleClass || value instanceof AllowClass || value instanceof DenyClass || value instanceof OrClass
    || value instanceof AndClass || (!!value && typeof (value as LogicRuleLike).getRules === 'function');
}

function decidable(r: ShieldRule): boolean {
  if (r instanceof AllowClass || r instanceof DenyClass) return true;
  if (r.constructor === RuleClass) return (r as unknown as RuleInternals).cache !== 'strict';
  if (r instanceof OrClass || r instanceof AndClass) return (r as unknown as LogicRuleLike).getRules().every(decidable);
  return false;
}

function guarded(applied: ShieldRule, resolve: Resolver, options: Options): Resolver {
  const answer = (decision: Decision, parent: unknown, args: Record<string, unknown>, ctx: object, info: GraphQLResolveInfo): unknown => {
    if (decision === true) return resolve(parent, args, ctx, info);
    if (decision instanceof Error) return decision;
    return typeof options.fallbackError === 'function' ? options.fallbackError(null, parent as object, args, ctx as ShieldContext, info) : options.fallbackError;
  };
  return (parent, args, ctx, info) => {
    const shieldContext = ctx as { _shield?: { cache: Record<string, unknown> } };
    if (!shieldContext._shield) shieldContext._shield = { cache: {} };
    const decision = decide(applied, parent, args, ctx, info);
    return isPromise(decision) ? decision.then((d) => answer(d, parent, args, ctx, info)) : answer(decision, parent, args, ctx, info);
  };
}

/** Shield's evaluation of a rule (graphql-shield's Rule, RuleOr and RuleAnd `resolve`), without a promise where none is needed. */
function decide(r: ShieldRule, parent: unknown, args: unknown, ctx: unknown, info: GraphQLResolveInfo): Decision | Promise<Decision> {
  if (r instanceof AllowClass) return true;
  if (r instanceof DenyClass) return false;
  if (r.constructor === RuleClass) {
    let result: unknown;
    try {
      result = (r as unknown as RuleInternals).executeRule(parent, args, ctx, info, {});
    } catch {
      return false;
    }
    return isPromise(result) ? result.then(normalized, () => false) : normalized(result);
  }
  const results = (r as unknown as LogicRuleLike).getRules().map((sub) => decide(sub, parent, args, ctx, info));
  const combine = r instanceof OrClass ? anyOf : allOf;
  return results.some(isPromise) ? Promise.all(results).then(combine) : combine(results as Decision[]);
}

function normalized(result: unknown): Decision {
  if (result instanceof Error) return result;
  if (typeof result === 'string') return new Error(result);
  return result === true;
}

const anyOf = (results: Decision[]): Decision => results.some((r) => r === true) || (results.find((r) => r instanceof Error) ?? false);
const allOf = (results: Decision[]): Decision => results.every((r) => r === true) || (results.find((r) => r instanceof Error) ?? false);

function isPromise<T>(value: unknown): value is Promise<T> {
  return !!value && typeof (value as Promise<T>).then === 'function';
}

