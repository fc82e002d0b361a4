import type { EventStream } from '../../renderer/api/http-transport.js';

/**
 * The browser's EventSource, as far as the renderer's HTTP transport uses it, for running the
 * real renderer stores in Node against the real server: readyState, onopen, onmessage, named
 * events, onerror; after a broken connection it reconnects by itself (CONNECTING), after a
 * refusal (not 200) it gives up (CLOSED) — as browsers do. Node 20 has no EventSource.
 */
export class NodeEventSource implements EventStream {
  static readonly connecting = 0;
  static readonly open = 1;
  static readonly closed = 2;

  readyState = NodeEventSource.connecting;
  onopen: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  private readonly named = new Map<string, (() => void)[]>();
  private abort = new AbortController();
  private retryMs = 1000;

  constructor(private readonly url: string) {
    void this.connect();
  }

  addEventListener(type: string, listener: () => void): void {
    this.named.set(type, [...(this.named.get(type) ?? []), listener]);
  }

  close(): void {
    this.readyState = NodeEventSource.closed;
    this.abort.abort();
  }

  private async connect(): Promise<void> {
    let response: Response;
    try {
      response = await fetch(this.url, { signal: this.abort.signal, headers: { Accept: 'text/event-stream' } });
    } catch {
      return this.broken();
    }
    if (this.readyState === NodeEventSource.closed) return;
    if (response.status !== 200 || !response.body) {
      this.readyState = NodeEventSource.closed;
      this.onerror?.({});
      return;
    }
    this.readyState = NodeEventSource.open;
    this.onopen?.({});
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          this.dispatch(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
        }
      }
    } catch {
      // The connection broke (the server stopped, the network went).
    }
    this.broken();
  }

  private broken(): void {
    if (this.readyState === NodeEventSource.closed) return;
    this.readyState = NodeEventSource.connecting;
    this.onerror?.({});
    setTimeout(() => {
      if (this.readyState !== NodeEventSource.closed) void this.connect();
    }, this.retryMs);
  }

  private dispatch(block: string): void {
    let type = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') type = value;
      else if (field === 'data') data.push(value);
      else if (field === 'retry' && /^\d+$/.test(value)) this.retryMs = Number(value);
    }
    if (data.length === 0) return;
    if (type === 'message') this.onmessage?.({ data: data.join('\n') });
    else for (const listener of this.named.get(type) ?? []) listener();
  }
}
