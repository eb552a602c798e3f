/**
 * A tiny append-only ONNX graph builder: nodes get sequential, deterministic names so the
 * same build options always serialise to the same bytes.
 * @internal
 * @packageDocumentation
 */
import { AttributeType, DataType, type AttributeMessage, type DataTypeCode, type NodeMessage, type TensorMessage } from './onnx-proto';

/** Attribute values accepted by {@link GraphBuilder.op}, typed by their JS shape. @internal */
export type AttributeValue = { int: number } | { float: number } | { ints: number[] } | { tensor: TensorMessage };

function toAttribute(name: string, value: AttributeValue): AttributeMessage {
  if ('int' in value) return { name, type: AttributeType.INT, i: value.int };
  if ('float' in value) return { name, type: AttributeType.FLOAT, f: value.float };
  if ('ints' in value) return { name, type: AttributeType.INTS, ints: value.ints };
  return { name, type: AttributeType.TENSOR, t: value.tensor };
}

/** Little-endian bytes of a typed array (the machine may be big-endian in theory). @internal */
export function littleEndianBytes(values: Float32Array | BigInt64Array | Int32Array): Uint8Array {
  const out = new Uint8Array(values.length * values.BYTES_PER_ELEMENT);
  const view = new DataView(out.buffer);
  for (let i = 0; i < values.length; i++) {
    if (values instanceof Float32Array) view.setFloat32(i * 4, values[i]!, true);
    else if (values instanceof Int32Array) view.setInt32(i * 4, values[i]!, true);
    else view.setBigInt64(i * 8, values[i]!, true);
  }
  return out;
}

/** A tensor message from typed values. @internal */
export function tensor(name: string, dims: number[], values: Float32Array | BigInt64Array | Int32Array): TensorMessage {
  const dataType: DataTypeCode =
    values instanceof Float32Array ? DataType.FLOAT : values instanceof Int32Array ? DataType.INT32 : DataType.INT64;
  return { name, dims, dataType, rawData: littleEndianBytes(values) };
}

/** Collects nodes and initializers for one graph. @internal */
export class GraphBuilder {
  readonly nodes: NodeMessage[] = [];
  readonly initializers: TensorMessage[] = [];
  private counter = 0;

  /** A float32 constant (initializer); returns its name. */
  f32(name: string, dims: number[], values: readonly number[] | Float32Array): string {
    this.initializers.push(tensor(name, dims, Float32Array.from(values)));
    return name;
  }

  /** An int64 constant (initializer); returns its name. */
  i64(name: string, dims: number[], values: readonly number[]): string {
    this.initializers.push(tensor(name, dims, BigInt64Array.from(values, (v) => BigInt(v))));
    return name;
  }

  /**
   * Appends a node with one output and returns that output's name (`output` when given,
   * which is how graph outputs are produced, otherwise a fresh `opType_N` name).
   */
  op(opType: string, inputs: string[], attributes: Record<string, AttributeValue> = {}, output?: string): string {
    const index = this.counter++;
    const out = output ?? `${opType.toLowerCase()}_${index}`;
    this.nodes.push({
      name: `n${index}_${opType}`,
      opType,
      input: inputs,
      output: [out],
      attribute: Object.entries(attributes).map(([name, value]) => toAttribute(name, value)),
    });
    return out;
  }
}
