import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';

/** A TCP proxy to PostgreSQL that a test can cut (every connection dropped, new ones refused) and restore, as a database restart does. */
export class DatabaseProxy {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  private open = true;

  constructor(private readonly target: URL) {}

  async start(): Promise<string> {
    this.server = createServer((client) => {
      if (!this.open) { client.destroy(); return; }
      const upstream = connect(Number(this.target.port || 5432), this.target.hostname);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => { client.destroy(); upstream.destroy(); });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const url = new URL(this.target);
    url.hostname = '127.0.0.1';
    url.port = String((this.server!.address() as AddressInfo).port);
    return url.toString();
  }

  cut(): void {
    this.open = false;
    for (const socket of this.sockets) socket.destroy();
  }

  restore(): void { this.open = true; }

  async stop(): Promise<void> {
    this.cut();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}
