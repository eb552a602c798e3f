/**
 * The subset of the ONNX protobuf schema the generator writes, declared with the field
 * numbers of the ONNX specification (onnx/onnx.proto, IR version 8). Only writing is needed,
 * so the schema lives here as a protobufjs reflection root instead of a generated module.
 * @internal
 * @packageDocumentation
 */
import protobuf from 'protobufjs';

/** ONNX `TensorProto.DataType` values the generator uses. @internal */
export const DataType = { FLOAT: 1, INT32: 6, INT64: 7, BOOL: 9 } as const;
/** ONNX element type code. @internal */
export type DataTypeCode = (typeof DataType)[keyof typeof DataType];

/** ONNX `AttributeProto.AttributeType` values the generator uses. @internal */
export const AttributeType = { FLOAT: 1, INT: 2, STRING: 3, TENSOR: 4, FLOATS: 6, INTS: 7 } as const;

/** A `TensorProto` with its data as little-endian `raw_data`. @internal */
export interface TensorMessage { name: string; dims: number[]; dataType: DataTypeCode; rawData: Uint8Array }
/** An `AttributeProto`; exactly one value field is set, matching `type`. @internal */
export interface AttributeMessage {
  name: string;
  type: (typeof AttributeType)[keyof typeof AttributeType];
  f?: number;
  i?: number;
  s?: Uint8Array;
  t?: TensorMessage;
  floats?: number[];
  ints?: number[];
}
/** A `NodeProto`. @internal */
export interface NodeMessage { name: string; opType: string; input: string[]; output: string[]; attribute: AttributeMessage[] }
/** One dimension of a `TensorShapeProto`: a fixed size or a symbolic name. @internal */
export type DimMessage = { dimValue: number } | { dimParam: string };
/** A `ValueInfoProto` for a tensor. @internal */
export interface ValueInfoMessage { name: string; type: { tensorType: { elemType: DataTypeCode; shape: { dim: DimMessage[] } } } }
/** A `GraphProto`. @internal */
export interface GraphMessage {
  name: string;
  docString?: string;
  node: NodeMessage[];
  initializer: TensorMessage[];
  input: ValueInfoMessage[];
  output: ValueInfoMessage[];
}
/** A `ModelProto`. @internal */
export interface ModelMessage {
  irVersion: number;
  opsetImport: { domain: string; version: number }[];
  producerName: string;
  producerVersion: string;
  docString?: string;
  graph: GraphMessage;
  metadataProps: { key: string; value: string }[];
}

const f = (type: string, id: number, rule?: 'repeated') => (rule ? { type, id, rule } : { type, id });

const schema = {
  nested: {
    onnx: {
      nested: {
        StringStringEntryProto: { fields: { key: f('string', 1), value: f('string', 2) } },
        OperatorSetIdProto: { fields: { domain: f('string', 1), version: f('int64', 2) } },
        TensorProto: {
          fields: {
            dims: f('int64', 1, 'repeated'),
            dataType: f('int32', 2),
            name: f('string', 8),
            rawData: f('bytes', 9),
            docString: f('string', 12),
          },
        },
        AttributeProto: {
          fields: {
            name: f('string', 1),
            f: f('float', 2),
            i: f('int64', 3),
            s: f('bytes', 4),
            t: f('TensorProto', 5),
            floats: f('float', 7, 'repeated'),
            ints: f('int64', 8, 'repeated'),
            docString: f('string', 13),
            type: f('int32', 20),
          },
        },
        NodeProto: {
          fields: {
            input: f('string', 1, 'repeated'),
            output: f('string', 2, 'repeated'),
            name: f('string', 3),
            opType: f('string', 4),
            attribute: f('AttributeProto', 5, 'repeated'),
            docString: f('string', 6),
            domain: f('string', 7),
          },
        },
        TensorShapeProto: {
          fields: { dim: f('Dimension', 1, 'repeated') },
          nested: {
            Dimension: {
              oneofs: { value: { oneof: ['dimValue', 'dimParam'] } },
              fields: { dimValue: f('int64', 1), dimParam: f('string', 2), denotation: f('string', 3) },
            },
          },
        },
        TypeProto: {
          oneofs: { value: { oneof: ['tensorType'] } },
          fields: { tensorType: f('Tensor', 1), denotation: f('string', 6) },
          nested: { Tensor: { fields: { elemType: f('int32', 1), shape: f('TensorShapeProto', 2) } } },
        },
        ValueInfoProto: { fields: { name: f('string', 1), type: f('TypeProto', 2), docString: f('string', 3) } },
        GraphProto: {
          fields: {
            node: f('NodeProto', 1, 'repeated'),
            name: f('string', 2),
            initializer: f('TensorProto', 5, 'repeated'),
            docString: f('string', 10),
            input: f('ValueInfoProto', 11, 'repeated'),
            output: f('ValueInfoProto', 12, 'repeated'),
            valueInfo: f('ValueInfoProto', 13, 'repeated'),
          },
        },
        ModelProto: {
          fields: {
            irVersion: f('int64', 1),
            producerName: f('string', 2),
            producerVersion: f('string', 3),
            domain: f('string', 4),
            modelVersion: f('int64', 5),
            docString: f('string', 6),
            graph: f('GraphProto', 7),
            opsetImport: f('OperatorSetIdProto', 8, 'repeated'),
            metadataProps: f('StringStringEntryProto', 14, 'repeated'),
          },
        },
      },
    },
  },
};

let modelType: protobuf.Type | undefined;

/**
 * Serialises a model to ONNX `ModelProto` bytes. protobufjs writes fields in declaration
 * order, so equal messages give equal bytes.
 * @internal
 */
export function encodeModelProto(model: ModelMessage): Uint8Array {
  modelType ??= protobuf.Root.fromJSON(schema).lookupType('onnx.ModelProto');
  const message = modelType.fromObject(model);
  return modelType.encode(message).finish();
}
