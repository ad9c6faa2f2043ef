/**
 * npm run convert:yunet — turns ../shared/models/yunet/yunet_s_dynamic.onnx into models/yunet/{model.json,
 * weights.bin}: the weights of src/ml/yunet/yunet-net.ts, in TF.js's weights format.
 *
 * Reproducible: the output depends on the ONNX file only (its sha256 is checked and written into model.json).
 * The ONNX graph is walked, not guessed: every Conv node is identified by the names of its weights (or, for the
 * batch-norm-folded depthwise convolutions the exporter left unnamed, by the pointwise convolution feeding
 * it), and its attributes are checked against what the tfjs graph does.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import onnxProto from 'onnx-proto';
import { YUNET_KIND, YUNET_ROW, YUNET_STRIDES, YUNET_UNITS, yunetWeightShapes, type YunetTopology } from '../src/ml/yunet/yunet-net.ts';
import { MODEL_FILES } from '../src/ml/model-paths.ts';
import { REPO_ROOT, SHARED_DIR } from './lib/paths.ts';
import { checkSha256 } from './lib/sha256.ts';

const { onnx } = onnxProto;

export const YUNET_ONNX = path.join(SHARED_DIR, 'models', 'yunet', 'yunet_s_dynamic.onnx');
const YUNET_ONNX_SHA256 = 'daede24002cc8590f457998cc5e6c9e8b82f45f6bd969506a8913cd4ed10a2d3';
/** The head's branches, in the order their channels are stacked (YunetTopology.outputs). */
const BRANCHES = [['cls', 1], ['obj', 1], ['bbox', 4], ['kps', 10]] as const;

interface Tensor {
  dims: number[];
  data: Float32Array;
}

interface Conv {
  input: string;
  output: string;
  weight: string;
  kernel: Tensor;
  bias: Tensor;
  group: number;
  stride: number;
  pad: number;
}

function tensorOf(t: onnxProto.onnx.ITensorProto): Tensor {
  const dims = (t.dims ?? []).map(Number);
  const size = dims.reduce((a, b) => a * b, 1);
  if (t.dataType !== onnx.TensorProto.DataType.FLOAT) throw new Error(`${t.name}: not float32`);
  let data: Float32Array;
  if (t.rawData && t.rawData.length > 0) {
    const copy = new Uint8Array(t.rawData); // aligned copy: rawData may start at any byte offset
    data = new Float32Array(copy.buffer, 0, size);
  } else {
    data = Float32Array.from(t.floatData ?? []);
  }
  if (data.length !== size) throw new Error(`${t.name}: ${data.length} values for dims [${dims.join()}]`);
  return { dims, data };
}

function readConvs(model: onnxProto.onnx.ModelProto): Conv[] {
  const graph = model.graph;
  if (!graph) throw new Error('no graph');
  const initializers = new Map((graph.initializer ?? []).map((t) => [t.name ?? '', t]));
  const convs: Conv[] = [];
  for (const node of graph.node ?? []) {
    if (node.opType !== 'Conv') continue;
    const [input, weight, bias] = node.input ?? [];
    const attr = (name: string): number[] => (node.attribute ?? []).find((a) => a.name === name)?.ints?.map(Number) ?? [];
    const group = Number((node.attribute ?? []).find((a) => a.name === 'group')?.i ?? 1);
    const strides = attr('strides');
    const pads = attr('pads');
    const dilations = attr('dilations');
    if (dilations.some((d) => d !== 1) || new Set(strides).size !== 1 || new Set(pads).size > 1) {
      throw new Error(`Conv ${node.output?.[0]}: unexpected attributes`);
    }
    const kernel = initializers.get(weight);
    const biasTensor = initializers.get(bias);
    if (!kernel || !biasTensor) throw new Error(`Conv ${node.output?.[0]}: weights are not initializers`);
    convs.push({
      input, output: node.output?.[0] ?? '', weight, kernel: tensorOf(kernel), bias: tensorOf(biasTensor),
      group, stride: strides[0] ?? 1, pad: pads[0] ?? 0,
    });
  }
  return convs;
}

/** ONNX [out, in, kh, kw] → tfjs conv2d [kh, kw, in, out]. */
function toConv2d(t: Tensor): Float32Array {
  const [out, cin, kh, kw] = t.dims;
  const result = new Float32Array(t.data.length);
  for (let o = 0; o < out; o++) for (let i = 0; i < cin; i++) for (let y = 0; y < kh; y++) for (let x = 0; x < kw; x++) {
    result[((y * kw + x) * cin + i) * out + o] = t.data[((o * cin + i) * kh + y) * kw + x];
  }
  return result;
}

/** ONNX depthwise [channels, 1, kh, kw] → tfjs depthwiseConv2d [kh, kw, channels, 1]. */
function toDepthwise(t: Tensor): Float32Array {
  const [channels, , kh, kw] = t.dims;
  const result = new Float32Array(t.data.length);
  for (let c = 0; c < channels; c++) for (let y = 0; y < kh; y++) for (let x = 0; x < kw; x++) {
    result[(y * kw + x) * channels + c] = t.data[(c * kh + y) * kw + x];
  }
  return result;
}

/** A pointwise convolution (named after its module) and the depthwise one that reads its output. */
function separablePair(convs: readonly Conv[], module: string): [Conv, Conv] {
  const pointwise = convs.find((c) => c.weight === `${module}.conv1.weight`);
  const depthwise = pointwise && convs.find((c) => c.input === pointwise.output);
  if (!pointwise || !depthwise) throw new Error(`${module}: not found in the ONNX graph`);
  const channels = depthwise.kernel.dims[0];
  if (pointwise.kernel.dims[2] !== 1 || pointwise.stride !== 1 || pointwise.pad !== 0 || pointwise.group !== 1) {
    throw new Error(`${module}: the first convolution is not 1×1`);
  }
  if (depthwise.group !== channels || depthwise.kernel.dims[2] !== 3 || depthwise.stride !== 1 || depthwise.pad !== 1) {
    throw new Error(`${module}: the second convolution is not a 3×3 depthwise one`);
  }
  return [pointwise, depthwise];
}

function convertWeights(convs: readonly Conv[]): Map<string, Float32Array> {
  const weights = new Map<string, Float32Array>();
  const stem = convs[0];
  if (stem.input !== 'input' || stem.stride !== 2 || stem.pad !== 1 || stem.kernel.dims.join() !== '16,3,3,3') {
    throw new Error('the first Conv is not the 3×3 stride-2 stem on the input');
  }
  // BGR → RGB: input channel i of the tfjs stem reads what ONNX channel 2 − i read.
  const [out, cin, kh, kw] = stem.kernel.dims;
  const rgb = new Float32Array(stem.kernel.data.length);
  for (let o = 0; o < out; o++) for (let i = 0; i < cin; i++) {
    rgb.set(stem.kernel.data.subarray(((o * cin + (2 - i)) * kh) * kw, ((o * cin + (2 - i)) * kh + kh) * kw), ((o * cin + i) * kh) * kw);
  }
  weights.set('stem/kernel', toConv2d({ dims: stem.kernel.dims, data: rgb }));
  weights.set('stem/bias', stem.bias.data);
  for (const unit of YUNET_UNITS) {
    const [pointwise, depthwise] = separablePair(convs, unit);
    weights.set(`${unit}/pointwise`, toConv2d(pointwise.kernel));
    weights.set(`${unit}/pointwise_bias`, pointwise.bias.data);
    weights.set(`${unit}/depthwise`, toDepthwise(depthwise.kernel));
    weights.set(`${unit}/depthwise_bias`, depthwise.bias.data);
  }
  YUNET_STRIDES.forEach((stride, level) => {
    const pointwise = new Float32Array(64 * YUNET_ROW);
    const pointwiseBias = new Float32Array(YUNET_ROW);
    const depthwise = new Float32Array(9 * YUNET_ROW);
    const depthwiseBias = new Float32Array(YUNET_ROW);
    let first = 0;
    for (const [branch, channels] of BRANCHES) {
      const [p, d] = separablePair(convs, `bbox_head.multi_level_${branch}.${level}`);
      const pw = toConv2d(p.kernel); // [1, 1, 64, channels]
      const dw = toDepthwise(d.kernel); // [3, 3, channels, 1]
      for (let c = 0; c < channels; c++) {
        for (let i = 0; i < 64; i++) pointwise[i * YUNET_ROW + first + c] = pw[i * channels + c];
        for (let k = 0; k < 9; k++) depthwise[k * YUNET_ROW + first + c] = dw[k * channels + c];
        pointwiseBias[first + c] = p.bias.data[c];
        depthwiseBias[first + c] = d.bias.data[c];
      }
      first += channels;
    }
    weights.set(`head${stride}/pointwise`, pointwise);
    weights.set(`head${stride}/pointwise_bias`, pointwiseBias);
    weights.set(`head${stride}/depthwise`, depthwise);
    weights.set(`head${stride}/depthwise_bias`, depthwiseBias);
  });
  return weights;
}

async function main(): Promise<void> {
  const bytes = checkSha256(await readFile(YUNET_ONNX), YUNET_ONNX_SHA256, YUNET_ONNX);
  const weights = convertWeights(readConvs(onnx.ModelProto.decode(bytes)));
  const shapes = yunetWeightShapes();
  const specs = shapes.map(([name, shape]) => {
    const data = weights.get(name);
    if (!data || data.length !== shape.reduce((a, b) => a * b, 1)) throw new Error(`${name}: missing or wrong size`);
    return { name, shape, dtype: 'float32' as const };
  });
  const buffer = Buffer.concat(shapes.map(([name]) => {
    const data = weights.get(name) as Float32Array;
    return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  }));
  const topology: YunetTopology = { kind: YUNET_KIND, input: 'RGB', outputs: ['cls', 'obj', 'bbox', 'kps'], strides: [8, 16, 32] };
  const modelJson = {
    format: YUNET_KIND,
    generatedBy: 'libfacedetection.train yunet_s (ONNX export yunet_s_dynamic.onnx)',
    convertedBy: `scripts/convert-yunet.mts from sha256 ${YUNET_ONNX_SHA256}`,
    modelTopology: topology,
    weightsManifest: [{ paths: ['weights.bin'], weights: specs }],
  };
  const out = path.join(REPO_ROOT, path.dirname(MODEL_FILES.yunet));
  await mkdir(out, { recursive: true });
  await writeFile(path.join(out, 'model.json'), `${JSON.stringify(modelJson)}\n`);
  await writeFile(path.join(out, 'weights.bin'), buffer);
  const params = specs.reduce((n, s) => n + s.shape.reduce((a, b) => a * b, 1), 0);
  console.log(`wrote ${path.relative(REPO_ROOT, out)}/model.json and weights.bin: ${params} parameters, ${buffer.length} bytes`);
}

await main();
