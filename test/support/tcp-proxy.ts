import { createConnection, createServer, type Server, type Socket } from "node:net";

/**
 * A TCP proxy on 127.0.0.1 in front of a server (PostgreSQL), for tests of the server going
 * away: `down()` cuts every proxied connection and refuses new ones (ECONNREFUSED, as a
 * stopped server does), `up()` accepts again on the same port. `partition()` is a network
 * that drops packets: nothing is forwarded any more and nothing is closed, new connections
 * included; `heal()` ends it (the connections caught in it are gone, as TCP gives up on them).
 * The real server is never touched.
 */
export class TcpProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private listenPort = 0;
  /** Connections accepted so far (each becomes a connection to the target). */
  accepted = 0;
  private partitioned = false;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  get port(): number {
    return this.listenPort;
  }

  get isUp(): boolean {
    return this.server !== undefined;
  }

  async start(): Promise<this> {
    await this.listen(0);
    return this;
  }

  /** Stops listening and cuts every open connection (both sides): what a server going down looks like. */
  async down(): Promise<void> {
    await this.refuseNew();
    this.cutAll();
  }

  /** New connections are refused (ECONNREFUSED); open ones carry on. */
  async refuseNew(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    // close() waits for open connections to end: do not wait for that.
    server?.close();
  }

  /** Cuts every open connection, both sides, without a goodbye. */
  cutAll(): void {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }

  /** Nothing goes through any more, either way, and nothing is closed. */
  partition(): void {
    this.partitioned = true;
    for (const socket of this.sockets) {
      socket.unpipe();
      socket.pause();
    }
  }

  /** The network is back: new connections go through; the ones caught in the partition are cut. */
  heal(): void {
    this.partitioned = false;
    this.cutAll();
  }

  /** Listens again on the same port. */
  async up(): Promise<void> {
    if (!this.server) await this.listen(this.listenPort);
  }

  async stop(): Promise<void> {
    await this.down();
  }

  private async listen(port: number): Promise<void> {
    const server = createServer((client) => this.pipe(client));
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        server.off("error", reject);
        resolve();
      });
    });
    // If a test forgets to stop it, it does not keep the test process alive.
    server.unref();
    this.server = server;
    this.listenPort = (server.address() as { port: number }).port;
  }

  private pipe(client: Socket): void {
    this.accepted++;
    if (this.partitioned) {
      // Accepted, then silence: the connection neither works nor fails.
      client.pause();
      this.sockets.add(client);
      client.on("error", () => client.destroy());
      return;
    }
    const upstream = createConnection({ host: this.targetHost, port: this.targetPort });
    this.sockets.add(client);
    this.sockets.add(upstream);
    const close = () => {
      client.destroy();
      upstream.destroy();
      this.sockets.delete(client);
      this.sockets.delete(upstream);
    };
    client.on("error", close);
    upstream.on("error", close);
    client.on("close", close);
    upstream.on("close", close);
    client.pipe(upstream);
    upstream.pipe(client);
  }
}
