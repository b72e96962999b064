import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';

/**
 * Graceful shutdown of one HTTP server: once `close` is called, readiness answers 503 (the
 * handler asks `draining`), the server takes no new connection and refuses requests on kept-alive
 * ones (503, connection closed), while requests already in flight finish, for at most `timeoutMs`;
 * after that the remaining connections are cut.
 */
export class Drain {
  draining = false;
  private inFlight = 0;
  private idle?: () => void;

  /** Wraps the server's handler: counts requests in flight, refuses new ones once draining (health checks still answer). */
  wrap(handler: RequestListener): RequestListener {
    return (req: IncomingMessage, res: ServerResponse) => {
      if (this.draining && !req.url?.startsWith('/health')) {
        res.writeHead(503, { 'content-type': 'application/json; charset=utf-8', connection: 'close', 'retry-after': '1' });
        res.end(JSON.stringify({ errors: [{ message: 'The service is shutting down; send the request again', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }));
        return;
      }
      this.inFlight += 1;
      // A request answered while draining closes its connection, so the client reconnects elsewhere.
      res.once('close', () => {
        this.inFlight -= 1;
        if (this.inFlight === 0) this.idle?.();
      });
      if (this.draining) res.shouldKeepAlive = false;
      handler(req, res);
    };
  }

  async close(server: Server, timeoutMs: number): Promise<void> {
    this.draining = true;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    if (this.inFlight > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((resolve) => { this.idle = resolve; }),
        new Promise<void>((resolve) => { timer = setTimeout(resolve, timeoutMs); }),
      ]);
      clearTimeout(timer);
    }
    server.closeAllConnections();
    await closed;
  }
}
