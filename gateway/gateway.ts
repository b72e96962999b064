import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { GatewayConfig, SubgraphName } from '../config';
import { createTokenVerifier } from '../subgraphs/shared/auth';
import { apolloOptions } from '../server/apollo-options';
import { slowClientLimits } from '../server/http';
import { Drain } from '../server/drain';
import { projectRoot } from '../server/project-root';
import { logger } from '../server/logger';
import { nulGuardPlugin } from '../server/nul-guard';
import { requestObserverPlugin } from '../server/request-log';
import { currentScope, runInScope, traceFrom } from '../server/trace';
import type { GatewayContext } from './context';
import { operationLimitRules } from './limits';
import { listArgumentLimitPlugin } from './list-limit';
import { gatewayRoutes, type GatewayRoute } from './routes';
import { firstHeader, gatewayRequestHandler } from './request-handler';
import { SigningDataSource } from './signing-data-source';
import { reportSubgraphHealth } from './subgraph-health';
import { unavailableStatusPlugin } from './unavailable-status';

export interface RunningGateway { url: string; close(): Promise<void> }

export const supergraphPath = join(projectRoot(), 'schema', 'supergraph.graphql');

/** The one public endpoint: verifies the caller, then plans each operation across the subgraphs. */
export async function startGateway(config: GatewayConfig, port: number, host = config.gateway.host, routes: GatewayRoute[] = gatewayRoutes): Promise<RunningGateway> {
  const log = logger({ service: 'gateway' });
  const apollo = await startApollo(config, log);
  const drain = new Drain();
  const serve = drain.wrap(gatewayRequestHandler({ config, apollo, routes, verifyToken: createTokenVerifier(config.auth, config), drain, log }));
  const server = createServer(slowClientLimits(config.gateway), (req, res) => runInScope(spanName(req, routes), 'server', traceFrom(firstHeader(req, 'traceparent')), () => {
    // Every answer, refusals included (a 503 while stopping too), names its trace: a partner can quote it, an operator find its log lines.
    res.setHeader('x-trace-id', currentScope()!.trace.traceId);
    serve(req, res);
  }));
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const { port: actualPort } = server.address() as AddressInfo;
  const stopReportingHealth = reportSubgraphHealth(config.subgraphs);
  return {
    url: `http://${host}:${actualPort}`,
    /** Graceful: requests in flight finish (at most SHUTDOWN_TIMEOUT_SECONDS), new ones are refused. */
    async close() {
      stopReportingHealth();
      await drain.close(server, config.operations.shutdownTimeoutMs);
      await apollo.stop();
    },
  };
}

/** Apollo over the supergraph: every subgraph call signed and bounded in time; the operation limits checked first. */
async function startApollo(config: GatewayConfig, log: ReturnType<typeof logger>): Promise<ApolloServer<GatewayContext>> {
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(supergraphPath, 'utf8'),
    buildService: ({ name }) => new SigningDataSource(config.subgraphs[name as SubgraphName].url, config.subgraphSigningSecret, name, config.operations.subgraphTimeoutMs),
  });
  const apollo = new ApolloServer<GatewayContext>({
    ...apolloOptions(config.mode === 'production'),
    logger: log,
    gateway,
    csrfPrevention: true,
    parseOptions: { maxTokens: config.limits.maxTokens },
    validationRules: operationLimitRules(config.limits),
    plugins: [requestObserverPlugin(), nulGuardPlugin(), listArgumentLimitPlugin(config.limits.maxListLength), unavailableStatusPlugin()],
  });
  await apollo.start();
  return apollo;
}

/** A span's name: the method and a known path (never a path a client made up). */
function spanName(req: IncomingMessage, routes: GatewayRoute[]): string {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const known = path === '/graphql' || path.startsWith('/health/') || path === '/metrics' || routes.some((r) => r.path === path);
  return `${req.method} ${known ? path : 'other'}`;
}
