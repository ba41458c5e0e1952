/**
 * Messages between the test (which plays Chromium and the person) and the main bundle's process
 * (which runs under the Electron double): notifications, and requests that get one reply each.
 */
export interface Message {
  op: string;
  data?: unknown;
  /** Set on a request: the reply names it. */
  id?: number;
  /** Set on a reply: the request it answers. */
  reply?: number;
  error?: string;
}

export interface Channel {
  send(message: Message, done?: (error: Error | null) => void): void;
  subscribe(listener: (message: Message) => void): void;
}

type Handler = (data: never) => unknown;

export class Rpc {
  private nextId = 1;
  private readonly pending = new Map<number, { done: (value: unknown) => void; fail: (error: Error) => void }>();
  private readonly handlers = new Map<string, Handler>();
  private inFlight = 0;
  private drained: (() => void) | null = null;

  constructor(private readonly channel: Channel) {
    channel.subscribe((message) => void this.receive(message));
  }

  /** Answers requests (and takes notifications) named `op`. */
  on<T>(op: string, handler: (data: T) => unknown): void {
    this.handlers.set(op, handler as Handler);
  }

  notify(op: string, data?: unknown): void {
    this.post({ op, data });
  }

  request<T>(op: string, data?: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((done, fail) => {
      this.pending.set(id, { done: done as (value: unknown) => void, fail });
      this.post({ op, data, id });
    });
  }

  /** Settles once every message posted so far has left the process. */
  flush(): Promise<void> {
    return this.inFlight === 0 ? Promise.resolve() : new Promise((done) => (this.drained = done));
  }

  /** Fails every request still waiting (the other side is gone). */
  abandon(reason: string): void {
    for (const { fail } of this.pending.values()) fail(new Error(reason));
    this.pending.clear();
  }

  private post(message: Message): void {
    this.inFlight++;
    this.channel.send(message, () => {
      if (--this.inFlight === 0) this.drained?.();
    });
  }

  private async receive(message: Message): Promise<void> {
    if (message.reply !== undefined) {
      const waiting = this.pending.get(message.reply);
      this.pending.delete(message.reply);
      if (message.error !== undefined) waiting?.fail(new Error(message.error));
      else waiting?.done(message.data);
      return;
    }
    const handler = this.handlers.get(message.op);
    try {
      if (!handler) throw new Error(`nothing handles "${message.op}"`);
      const result = await handler(message.data as never);
      if (message.id !== undefined) this.post({ op: 'reply', reply: message.id, data: result });
    } catch (error) {
      if (message.id !== undefined) this.post({ op: 'reply', reply: message.id, error: error instanceof Error ? error.message : String(error) });
      else console.error(`[desktop harness] ${message.op}: ${String(error)}`);
    }
  }
}
