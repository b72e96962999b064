import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubConfig } from '../../config';
import type { Clock } from './clock';
import type { Viewer } from './viewer';

/** What every resolver receives: who asks, a request-scoped EntityManager, and the time. */
export interface SubgraphContext {
  viewer: Viewer;
  em: EntityManager;
  clock: Clock;
  config: HubConfig;
  traceId: string;
  /** The client's address as the gateway saw it. */
  origin: string;
}
