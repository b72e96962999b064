import type { Viewer } from '../subgraphs/shared/viewer';

export interface GatewayContext {
  viewer: Viewer;
  /** The caller's own Authorization header, forwarded so each subgraph verifies it too. */
  authorization: string;
  origin: string;
  traceId: string;
  /** The purpose of processing (X-Purpose or the role's default); forwarded and signed. */
  purpose: string;
}
