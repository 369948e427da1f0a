// node:stream/web -- the WHATWG Streams classes (ReadableStream, WritableStream, TransformStream, ...)
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const { codes } = require('internal/errors');
  const { ERR_INVALID_ARG_TYPE } = codes;
  const readable = require('internal/webstreams/readable');
  const { WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController } = require('internal/webstreams/writable');
  const { TransformStream, TransformStreamDefaultController } = require('internal/webstreams/transform');
  const { ByteLengthQueuingStrategy, CountQueuingStrategy } = require('internal/webstreams/strategies');
  const { TextEncoderStream, TextDecoderStream } = require('internal/webstreams/encoding');
  const { CompressionStream, DecompressionStream } = require('internal/webstreams/compression');

  // Node exports its tee operation too: ReadableStreamTee(stream, cloneForBranch2).
  function ReadableStreamTee(stream, cloneForBranch2 = false) {
    const s = readable.streamOf(stream);
    if (s === undefined) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    if (typeof cloneForBranch2 !== 'boolean') throw new ERR_INVALID_ARG_TYPE('cloneForBranch2', 'boolean', cloneForBranch2);
    if (s.reader !== undefined) throw new codes.ERR_INVALID_STATE.TypeError('ReadableStream is locked');
    const branches = require('internal/webstreams/tee').readableStreamTee(s, cloneForBranch2);
    return [branches[0].obj, branches[1].obj];
  }

  return {
    ReadableStream: readable.ReadableStream,
    ReadableStreamTee,
    ReadableStreamDefaultReader: readable.ReadableStreamDefaultReader,
    ReadableStreamBYOBReader: readable.ReadableStreamBYOBReader,
    ReadableStreamBYOBRequest: readable.ReadableStreamBYOBRequest,
    ReadableByteStreamController: readable.ReadableByteStreamController,
    ReadableStreamDefaultController: readable.ReadableStreamDefaultController,
    TransformStream,
    TransformStreamDefaultController,
    WritableStream,
    WritableStreamDefaultWriter,
    WritableStreamDefaultController,
    ByteLengthQueuingStrategy,
    CountQueuingStrategy,
    TextEncoderStream,
    TextDecoderStream,
    CompressionStream,
    DecompressionStream,
  };
})();
