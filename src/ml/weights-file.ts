/**
 * Headcount's own model files: model.json (a `modelTopology` with a `kind`, and a weights manifest) plus
 * weights.bin, in TF.js's weights format, with the network written in tfjs-core ops in src/ml. One loader for
 * all of them, so every model checks its kind and weight shapes the same way before the page uses it.
 */
import * as tf from '@tensorflow/tfjs-core';

export type NamedWeights = Record<string, tf.Tensor>;

export interface WeightsFileSpec<T> {
  /** What the file is, for error messages ("mask classifier"). */
  what: string;
  isTopology: (value: unknown) => value is T;
  /** Every weight the network needs, with its shape. */
  shapes: (topology: T) => readonly (readonly [string, readonly number[]])[];
}

/** `model`: the URL of a model.json, or an IOHandler (Node scripts, tests). */
export async function loadWeightsFile<T>(model: string | tf.io.IOHandler, spec: WeightsFileSpec<T>):
Promise<{ topology: T; weights: NamedWeights }> {
  const handler = typeof model === 'string' ? tf.io.http(model) : model;
  if (!handler.load) throw new Error('the model handler cannot load');
  const artifacts = await handler.load();
  const topology = artifacts.modelTopology;
  if (!spec.isTopology(topology)) throw new Error(`not a Headcount ${spec.what} (modelTopology.kind)`);
  if (!artifacts.weightSpecs || !artifacts.weightData) throw new Error(`the ${spec.what} has no weights`);
  const weights = tf.io.decodeWeights(tf.io.CompositeArrayBuffer.join(artifacts.weightData), artifacts.weightSpecs);
  for (const [name, shape] of spec.shapes(topology)) {
    const w = weights[name];
    if (!w || w.shape.join() !== shape.join()) {
      tf.dispose(Object.values(weights));
      throw new Error(`${spec.what} weight ${name}: expected shape [${shape.join()}]`);
    }
  }
  return { topology, weights };
}

/** A `modelTopology` guard for a given `kind`. */
export function hasKind<T extends { kind: string }>(kind: T['kind']): (value: unknown) => value is T {
  return (value: unknown): value is T =>
    typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === kind;
}
