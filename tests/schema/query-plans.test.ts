import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { Supergraph, operationFromDocument } from '@apollo/federation-internals';
import { QueryPlanner, type PlanNode } from '@apollo/query-planner';

const supergraph = Supergraph.build(readFileSync(join(__dirname, '..', '..', 'schema', 'supergraph.graphql'), 'utf8'));
const planner = new QueryPlanner(supergraph);

/** The subgraphs the gateway's plan for `query` fetches from, in order. */
function servicesOf(query: string): string[] {
  const plan = planner.buildQueryPlan(operationFromDocument(supergraph.schema, parse(query)));
  const services: string[] = [];
  const visit = (node: PlanNode | undefined): void => {
    if (!node) return;
    if (node.kind === 'Fetch') services.push(node.serviceName);
    else if (node.kind === 'Flatten') visit(node.node);
    else if (node.kind === 'Sequence' || node.kind === 'Parallel') node.nodes.forEach(visit);
    else throw new Error(`a plan node this test does not know: ${node.kind}`);
  };
  if (plan.node?.kind === 'Subscription') throw new Error('not a query');
  visit(plan.node);
  return services;
}

describe("the gateway's query plans", () => {
  it("serve the consultant's queue from the case and household subgraphs: the signal facts come from the case subgraph's copy", () => {
    const queue = `{ cases(first: 25) { edges { node { id crisis contactDueBy overdue
      household { address { postcode houseNumber } residents { initials surname phone } }
      signals { partnerType amountEuro arrearsSince signalDate } } } } }`;
    expect(servicesOf(queue)).toEqual(['case', 'household']);
  });

  it('still ask the signal subgraph for what the case subgraph keeps no copy of', () => {
    expect(servicesOf('{ cases { edges { node { signals { amountEuro status feedback } } } } }')).toEqual(['case', 'signal']);
  });

  it("ask the signal subgraph for a partner's own signals, copy or not", () => {
    expect(servicesOf('{ mySignals { edges { node { partnerType amountEuro arrearsSince signalDate } } } }')).toEqual(['signal']);
  });
});
