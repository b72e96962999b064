import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubConfig } from '../../config';
import type { AccessCollector } from './access-log';
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
  /** Why the caller processes data (X-Purpose, or the role's default), as the gateway vouched for it. */
  purpose: string;
  /** Every resolution (or refusal) of a personal field in this request; written at its end. */
  accessLog?: AccessCollector;
}
