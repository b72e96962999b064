import type { ApolloServer } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GatewayConfig } from '../config';
import type { Viewer } from '../subgraphs/shared/viewer';
import type { GatewayContext } from './context';
import { ServiceUnavailable, unavailableCode } from '../server/unavailable';
import { ddasDeliveryRoute } from './routes/ddas-delivery';
import { evaluationCsvRoute } from './routes/evaluation-csv';

/** What a route beside /graphql gets: the verified caller and a way to run an operation as them. */
export interface RouteContext {
  config: GatewayConfig;
  viewer: Viewer;
  /** Runs a GraphQL operation through the supergraph as the caller: the same rules, the same logging. */
  execute<T>(query: string, variables?: Record<string, unknown>): Promise<FormattedExecutionResult<T>>;
}

/** An HTTP endpoint of the gateway besides /graphql (CSV exports, the DDAS delivery). */
export interface GatewayRoute {
  method: 'GET' | 'POST';
  path: string;
  /** Answer authentication failures as RFC 9457 problem details (FSC style) instead of GraphQL errors. */
  problemDetails?: boolean;
  /** The processing purpose logged for personal data this route reads (instead of the caller's X-Purpose). */
  purpose?: string;
  handle(req: IncomingMessage, res: ServerResponse, body: string, ctx: RouteContext): Promise<void>;
}

export function routeContext(apollo: ApolloServer<GatewayContext>, config: GatewayConfig, context: GatewayContext): RouteContext {
  return {
    config,
    viewer: context.viewer,
    async execute<T>(query: string, variables?: Record<string, unknown>) {
      const response = await apollo.executeOperation({ query, variables }, { contextValue: context });
      if (response.body.kind !== 'single') throw new Error('Incremental delivery is not supported here');
      // A route answers whole or not at all (a DDAS delivery must be consistent): a missing part is a 503.
      if (response.body.singleResult.errors?.some((e) => e.extensions?.code === unavailableCode)) throw new ServiceUnavailable();
      return response.body.singleResult as FormattedExecutionResult<T>;
    },
  };
}

/** The gateway's extra routes; each lives in its own file under gateway/routes/. */
export const gatewayRoutes: GatewayRoute[] = [ddasDeliveryRoute, evaluationCsvRoute];
