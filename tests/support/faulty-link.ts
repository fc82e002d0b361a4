import { Agent, createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * The network between one view and the local server, with faults on demand: `cut()` breaks every
 * connection and refuses new ones (a laptop asleep, a cable pulled), `restore()` lets them
 * through again; `delay.request` holds each request that long before passing it on,
 * `delay.answer` each piece of every answer (and event), in order.
 * An HTTP relay on 127.0.0.1 that rewrites Host for the server it points to.
 */
export interface FaultyLink {
  /** What the view uses as its server's address. */
  base: string;
  delay: { request: number; answer: number };
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

export async function faultyLink(serverPort: () => number): Promise<FaultyLink> {
  const sockets = new Set<Socket>();
  // Its own connections to the server: a pooled one shared with another link would be cut with it.
  const agent = new Agent({ keepAlive: true });
  let broken = false;
  const link = {
    base: '',
    delay: { request: 0, answer: 0 },
    cut() {
      broken = true;
      for (const socket of sockets) socket.destroy();
      sockets.clear();
    },
    restore() {
      broken = false;
    },
    close: () =>
      new Promise<void>((resolve) => {
        link.cut();
        agent.destroy();
        relay.close(() => resolve());
      }),
  };
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };

  function forward(req: IncomingMessage, res: ServerResponse): void {
    if (broken) {
      req.socket.destroy();
      return;
    }
    const port = serverPort();
    const upstream = request(
      {
        host: '127.0.0.1',
        port,
        agent,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: `127.0.0.1:${port}` },
      },
      (answer) => {
        // Each piece waits its turn, then the delay: order is kept, as on one TCP connection.
        let chain = Promise.resolve();
        const later = (step: () => void) => {
          const delay = link.delay.answer;
          chain = chain.then(() => new Promise<void>((resolve) => setTimeout(resolve, delay))).then(step);
        };
        later(() => res.writeHead(answer.statusCode ?? 502, answer.headers));
        answer.on('data', (chunk: Buffer) => later(() => res.write(chunk)));
        answer.on('end', () => later(() => res.end()));
        answer.on('error', () => later(() => res.destroy()));
      },
    );
    upstream.on('socket', track);
    upstream.on('error', () => req.socket.destroy());
    const wait = link.delay.request;
    if (wait > 0) setTimeout(() => req.pipe(upstream), wait);
    else req.pipe(upstream);
  }

  const relay = createServer(forward);
  relay.on('connection', (socket) => {
    if (broken) socket.destroy();
    else track(socket);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  link.base = `http://127.0.0.1:${(relay.address() as AddressInfo).port}`;
  return link;
}
