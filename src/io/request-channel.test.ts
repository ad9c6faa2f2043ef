import { describe, expect, it } from 'vitest';
import { PipelineError } from '../ml/pipeline-types';
import { answer, RequestChannel, type ReplyMessage, type RequestHandlers, type RequestMessage } from './request-channel';

type TestRequests = {
  double: { params: { n: number }; result: number };
  memory: { params: Record<string, never>; result: { numTensors: number } };
  fail: { params: { part: boolean }; result: undefined };
};

const handlers: RequestHandlers<TestRequests> = {
  double: async ({ n }) => {
    // Later requests with a smaller n answer first: replies come back out of order.
    await new Promise((r) => setTimeout(r, n));
    return n * 2;
  },
  memory: () => ({ numTensors: 7 }),
  fail: ({ part }) => {
    throw part ? new PipelineError('model', 'no weights') : new Error('plain');
  },
};

/** The two sides wired through a fake port that, like postMessage, delivers on a later task. */
function connected(): { channel: RequestChannel<TestRequests>; sent: RequestMessage<TestRequests>[] } {
  const sent: RequestMessage<TestRequests>[] = [];
  const channel: RequestChannel<TestRequests> = new RequestChannel((message) => {
    sent.push(message);
    setTimeout(() => void answer(handlers, message, (reply: ReplyMessage) => setTimeout(() => channel.receive(reply))));
  });
  return { channel, sent };
}

/** A side whose other end never answers (a worker busy or dead). */
function unanswered(): RequestChannel<TestRequests> {
  return new RequestChannel(() => undefined);
}

describe('RequestChannel', () => {
  it('settles each request with its own reply, whatever the order they come back in', async () => {
    const { channel, sent } = connected();
    const results = await Promise.all([channel.request('double', { n: 30 }), channel.request('double', { n: 1 }), channel.request('memory', {})]);
    expect(results).toEqual([60, 2, { numTensors: 7 }]);
    expect(new Set(sent.map((m) => m.id)).size).toBe(3);
  });

  it('rejects with the failure the other side reports, as a PipelineError with its part', async () => {
    const { channel } = connected();
    await expect(channel.request('fail', { part: true })).rejects.toMatchObject({ name: 'PipelineError', part: 'model', message: 'no weights' });
    await expect(channel.request('fail', { part: false })).rejects.toMatchObject({ part: 'frame', message: 'plain' });
  });

  it('rejects every waiting request, of every kind, when the other side fails', async () => {
    const channel = unanswered();
    const waiting = [channel.request('double', { n: 1 }), channel.request('memory', {})];
    channel.failAll(new PipelineError('backend', 'The worker failed.'));
    for (const p of waiting) await expect(p).rejects.toMatchObject({ part: 'backend', message: 'The worker failed.' });
  });

  it('after close, waiting and later requests reject instead of hanging', async () => {
    const channel = unanswered();
    const waiting = channel.request('memory', {});
    channel.close(new PipelineError('frame', 'stopped'));
    await expect(waiting).rejects.toThrow('stopped');
    await expect(channel.request('memory', {})).rejects.toThrow('stopped');
  });

  it('a request that cannot be posted rejects at once, and a late reply to it is ignored', async () => {
    const channel: RequestChannel<TestRequests> = new RequestChannel(() => {
      throw new Error('DataCloneError');
    });
    await expect(channel.request('double', { n: 1 })).rejects.toThrow('DataCloneError');
    expect(() => channel.receive({ type: 'reply', id: 1, result: 2 })).not.toThrow();
  });
});
