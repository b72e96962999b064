import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { requestsAnyField } from '../../subgraphs/shared/requested-fields';

/** The resolve info of the `evaluation` field with the given alias (or name) in a query. */
function infoOf(query: string, alias = 'evaluation'): GraphQLResolveInfo {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const field = operation.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD && (s.alias ?? s.name).value === alias)!;
  const fragments = Object.fromEntries(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  return { fieldNodes: [field], fragments } as unknown as GraphQLResolveInfo;
}

const medians = ['medianDaysToFirstAttempt', 'medianDaysToFirstContact', 'medianAmountEuro'];

describe('which figures a report is asked for (medians are computed only when asked)', () => {
  it('sees a median asked for in rows or totals, directly, in a fragment or an inline fragment', () => {
    expect(requestsAnyField(infoOf('{ evaluation(from: "2026-01-01", to: "2026-12-31") { rows { signals medianAmountEuro } } }'), medians)).toBe(true);
    expect(requestsAnyField(infoOf('{ evaluation(from: "2026-01-01", to: "2026-12-31") { totals { ...F } } } fragment F on EvaluationRow { medianDaysToFirstContact }'), medians)).toBe(true);
    expect(requestsAnyField(infoOf('{ evaluation(from: "2026-01-01", to: "2026-12-31") { rows { ... on EvaluationRow { medianDaysToFirstAttempt } } } }'), medians)).toBe(true);
  });

  it('sees none when only counts and rates are asked for, also when another field of the same query asks for medians', () => {
    const query = `{
      byPartner: evaluation(from: "2026-01-01", to: "2026-12-31", groupBy: [MONTH, PARTNER_TYPE]) { rows { month partnerType signals reachRate } }
      byMonth: evaluation(from: "2026-01-01", to: "2026-12-31", groupBy: [MONTH]) { totals { medianDaysToFirstContact } }
    }`;
    expect(requestsAnyField(infoOf(query, 'byPartner'), medians)).toBe(false);
    expect(requestsAnyField(infoOf(query, 'byMonth'), medians)).toBe(true);
  });
});
