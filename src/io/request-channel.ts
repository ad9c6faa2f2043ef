/**
 * One typed request/reply channel over a message port (page ↔ pipeline worker). A request map type names each
 * request with what it sends and what its reply carries; the sending side keeps one pending map of promises by
 * id; the answering side runs one dispatch table of handlers. No DOM here, so it is unit-tested with a fake port.
 */
import { errorMessage } from '../logic/error-message';
import { PipelineError, toPipelineError } from '../ml/pipeline-types';

/** name → { params: what the request sends, result: what its reply carries }. */
export type RequestMap = Record<string, { params: object; result: unknown }>;

export type RequestMessage<R extends RequestMap> = {
  [K in keyof R & string]: { type: 'request'; id: number; name: K; params: R[K]['params'] };
}[keyof R & string];

export type ReplyMessage =
  | { type: 'reply'; id: number; result: unknown }
  | { type: 'failed'; id: number; part: PipelineError['part']; message: string };

/** The answering side's dispatch table: one handler per request name. */
export type RequestHandlers<R extends RequestMap> = {
  [K in keyof R]: (params: R[K]['params']) => R[K]['result'] | Promise<R[K]['result']>;
};

interface Pending {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

export class RequestChannel<R extends RequestMap> {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private closedWith?: Error;

  constructor(private readonly post: (message: RequestMessage<R>, transfer: Transferable[]) => void) {}

  /** Sends request `name`; resolves with its reply, rejects with the failure the other side reports. */
  request<K extends keyof R & string>(name: K, params: R[K]['params'], transfer: Transferable[] = []): Promise<R[K]['result']> {
    if (this.closedWith) return Promise.reject(this.closedWith);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (result: unknown) => void, reject });
      try {
        // The compiler cannot tie `name` to `params` through the mapped union; request()'s signature does.
        this.post({ type: 'request', id, name, params } as RequestMessage<R>, transfer);
      } catch (e) {
        this.pending.delete(id);
        reject(e instanceof Error ? e : new Error(errorMessage(e)));
      }
    });
  }

  /** A reply from the other side: settles the request it answers. */
  receive(reply: ReplyMessage): void {
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    if (reply.type === 'reply') waiting.resolve(reply.result);
    else waiting.reject(new PipelineError(reply.part, reply.message));
  }

  /** The other side failed: every request still waiting rejects with `error`, whatever it was. */
  failAll(error: Error): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const w of waiting) w.reject(error);
  }

  /** The other side is gone for good: waiting and later requests reject with `error`. */
  close(error: Error): void {
    this.closedWith = error;
    this.failAll(error);
  }
}

/** The answering side: runs the handler `request` names and posts its reply, or its failure as a PipelineError's part and message. */
export async function answer<R extends RequestMap>(
  handlers: RequestHandlers<R>,
  request: RequestMessage<R>,
  post: (reply: ReplyMessage) => void,
): Promise<void> {
  try {
    const handler = handlers[request.name] as (params: object) => unknown;
    post({ type: 'reply', id: request.id, result: await handler(request.params) });
  } catch (e) {
    const { part, message } = toPipelineError(e, 'frame');
    post({ type: 'failed', id: request.id, part, message });
  }
}
