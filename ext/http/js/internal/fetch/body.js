// internal/fetch/body -- the body of a Request or Response (WHATWG Fetch "body" and the Body
// mixin): extracting a body from what the constructors take, consuming it (text, json,
// arrayBuffer, bytes, blob, formData), bodyUsed, cloning, and the body as a ReadableStream.
//
// A body is a record { kind, bytes, blob, iterable, node, stream, length, used }. Bytes,
// blobs, async iterables and node:stream Readables (a fetched response) stay as they are
// until something reads them: consuming one that was never turned into a stream reads the
// source directly. `body` makes the ReadableStream on first access; from then on the
// stream is the body, and bodyUsed is whether the stream was disturbed.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const require = internals.require;
  const { Buffer, Blob } = require('buffer');

  const { ReadableStream, streamOf } = require('internal/webstreams/readable');

  function isReadableStream(value) {
    return value !== null && typeof value === 'object' && value instanceof ReadableStream;
  }

  function isDisturbed(stream) {
    const s = streamOf(stream);
    return s !== undefined && s !== null && s.disturbed === true;
  }

  let encoder = null;
  function utf8Encode(string) {
    if (encoder === null) encoder = new (require('internal/encoding').TextEncoder)();
    return encoder.encode(string);
  }

  function utf8Decode(bytes) {
    const { TextDecoder } = require('internal/encoding');
    return new TextDecoder().decode(bytes);
  }

  function copyBytes(view) {
    return new Uint8Array(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
  }

  function newBody(kind, fields) {
    return {
      kind,
      bytes: fields.bytes,
      blob: fields.blob,
      iterable: fields.iterable,
      node: fields.node,
      stream: fields.stream === undefined ? null : fields.stream,
      length: fields.length === undefined ? null : fields.length,
      used: false,
      // fetch's response body: what stops the network read when the stream is cancelled,
      // and the error a consumer sees for one the network stream reports
      onCancel: fields.onCancel,
      mapError: fields.mapError,
    };
  }

  function bytesBody(bytes) {
    return newBody('bytes', { bytes, length: bytes.length });
  }

  // A body can be sent again (a redirect that keeps it) unless it is a stream.
  function isReplayable(body) {
    return body.kind === 'bytes' || body.kind === 'blob';
  }

  // Fetch's "extract a body": [body, Content-Type or null].
  function extractBody(object, keepalive) {
    if (typeof object === 'string') {
      return [bytesBody(utf8Encode(object)), 'text/plain;charset=UTF-8'];
    }
    if (object !== null && typeof object === 'object') {
      const { URLSearchParams } = require('internal/url');
      if (object instanceof URLSearchParams) {
        return [bytesBody(utf8Encode(object.toString())), 'application/x-www-form-urlencoded;charset=UTF-8'];
      }
      if (core.isAnyArrayBuffer(object)) {
        return [bytesBody(new Uint8Array(object.slice(0))), null];
      }
      if (ArrayBuffer.isView(object)) {
        return [bytesBody(copyBytes(object)), null];
      }
      if (object instanceof Blob) {
        return [newBody('blob', { blob: object, length: object.size }), object.type === '' ? null : object.type];
      }
      const formdata = require('internal/fetch/formdata');
      if (formdata.isFormData(object)) {
        const [blob, type] = formdata.serialize(object);
        return [newBody('blob', { blob, length: blob.size }), type];
      }
      if (isReadableStream(object)) {
        if (keepalive) throw new TypeError('keepalive');
        if (isDisturbed(object) || object.locked) {
          throw new TypeError('Response body object should not be disturbed or locked');
        }
        return [newBody('stream', { stream: object }), null];
      }
      if (typeof object[Symbol.asyncIterator] === 'function') {
        if (keepalive) throw new TypeError('keepalive');
        return [newBody('iterable', { iterable: object }), null];
      }
    }
    return [bytesBody(utf8Encode(String(object))), 'text/plain;charset=UTF-8'];
  }

  // --- state ---------------------------------------------------------------------------------
  function bodyUsed(body) {
    if (body === null) return false;
    return body.stream !== null ? isDisturbed(body.stream) : body.used;
  }

  function isUnusable(body) {
    return body !== null && (bodyUsed(body) || (body.stream !== null && body.stream.locked));
  }

  // A chunk of an async iterable body, as Node takes them (strings and array-likes as
  // Buffer.from does); always a fresh buffer, since byte streams take theirs over.
  function chunkBytes(value) {
    if (typeof value === 'string') return utf8Encode(value);
    if (ArrayBuffer.isView(value)) return copyBytes(value);
    if (core.isAnyArrayBuffer(value)) return new Uint8Array(value.slice(0));
    return copyBytes(Buffer.from(value));
  }

  // The body as a ReadableStream (`body`), made on first access.
  function bodyStream(body) {
    if (body.stream !== null) return body.stream;
    const RS = ReadableStream;
    let stream;
    if (body.used) {
      // Read already, straight from its source: a closed, disturbed, locked stream.
      stream = new RS({ type: 'bytes', start(c) { c.close(); } });
      stream.getReader().read();
    } else if (body.kind === 'bytes') {
      const bytes = body.bytes;
      stream = new RS({
        type: 'bytes',
        start(c) {
          if (bytes.length > 0) c.enqueue(bytes.slice());
          c.close();
        },
      });
    } else if (body.kind === 'blob') {
      stream = body.blob.stream();
    } else if (body.kind === 'iterable') {
      stream = iterableStream(RS, body.iterable);
    } else {
      stream = nodeStream(RS, body);
    }
    body.stream = stream;
    return stream;
  }

  function closeByteStream(c) {
    c.close();
    const request = c.byobRequest;
    if (request) request.respond(0);
  }

  function iterableStream(RS, iterable) {
    let iterator = null;
    return new RS({
      type: 'bytes',
      async pull(c) {
        if (iterator === null) iterator = iterable[Symbol.asyncIterator]();
        for (;;) {
          const { value, done } = await iterator.next();
          if (done) {
            closeByteStream(c);
            return;
          }
          const bytes = chunkBytes(value);
          if (bytes.length > 0) {
            c.enqueue(bytes);
            return;
          }
        }
      },
      async cancel(reason) {
        if (iterator === null) iterator = iterable[Symbol.asyncIterator]();
        if (typeof iterator.return === 'function') await iterator.return(reason);
      },
    });
  }

  // A node:stream Readable (a fetched response, after decoding) as a byte stream: read on
  // demand (a byte stream's high-water mark is 0, so each read pulls).
  function nodeStream(RS, body) {
    const node = body.node;
    return new RS({
      type: 'bytes',
      start(c) {
        node.on('data', (chunk) => {
          if (chunk.length === 0) return;
          c.enqueue(copyBytes(chunk));
          if (c.desiredSize <= 0) node.pause();
        });
        node.once('end', () => closeByteStream(c));
        node.once('error', (err) => c.error(mapError(body, err)));
        node.once('close', () => {
          if (!node.readableEnded) c.error(mapError(body, undefined));
        });
        node.pause();
      },
      pull() {
        node.resume();
      },
      cancel(reason) {
        if (typeof body.onCancel === 'function') body.onCancel(reason);
        node.destroy();
      },
    });
  }

  // --- reading it all ------------------------------------------------------------------------
  function concat(chunks, total) {
    if (chunks.length === 1) return chunks[0];
    const out = new Uint8Array(total);
    let pos = 0;
    for (let i = 0; i < chunks.length; i++) {
      out.set(chunks[i], pos);
      pos += chunks[i].length;
    }
    return out;
  }

  async function readStream(stream) {
    const reader = stream.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      if (!(value instanceof Uint8Array)) {
        const err = new TypeError('Received non-Uint8Array chunk');
        reader.cancel(err).catch(() => {});
        throw err;
      }
      chunks.push(value);
      total += value.length;
    }
    return concat(chunks, total);
  }

  async function readIterable(iterable) {
    const chunks = [];
    let total = 0;
    for await (const value of iterable) {
      const bytes = chunkBytes(value);
      chunks.push(bytes);
      total += bytes.length;
    }
    return concat(chunks, total);
  }

  function mapError(body, err) {
    if (typeof body.mapError === 'function') return body.mapError(err);
    return err === undefined ? new TypeError('terminated') : err;
  }

  function readNode(body) {
    const node = body.node;
    return new Promise((resolve, reject) => {
      if (node.errored) {
        reject(mapError(body, node.errored));
        return;
      }
      if (node.destroyed) {
        reject(mapError(body, undefined));
        return;
      }
      const chunks = [];
      let total = 0;
      node.on('data', (chunk) => {
        chunks.push(chunk);
        total += chunk.length;
      });
      node.once('end', () => resolve(concat(chunks, total)));
      node.once('error', (err) => reject(mapError(body, err)));
      node.once('close', () => {
        if (!node.readableEnded) reject(mapError(body, undefined));
      });
      node.resume();
    });
  }

  // All the bytes of a body (marking it used). The result may be shared with the body's
  // source: callers that hand it out copy it.
  function readAll(body) {
    if (body === null) return Promise.resolve(new Uint8Array(0));
    if (body.stream !== null) return readStream(body.stream);
    body.used = true;
    switch (body.kind) {
      case 'bytes': return Promise.resolve(body.bytes);
      case 'blob': return body.blob.bytes();
      case 'iterable': return readIterable(body.iterable);
      default: return readNode(body);
    }
  }

  function unusableError() {
    return new TypeError('Body is unusable: Body has already been read');
  }

  function mimeTypeOf(headers) {
    const value = headers.get('content-type');
    if (value === null) return '';
    try {
      const { MIMEType } = require('internal/mime');
      return String(new MIMEType(value));
    } catch {
      return '';
    }
  }

  // The Body mixin's methods: `kind` is what to make of the bytes.
  function consumeBody(body, headers, kind) {
    if (isUnusable(body)) return Promise.reject(unusableError());
    let read;
    try {
      read = readAll(body);
    } catch (err) {
      return Promise.reject(err);
    }
    return read.then((bytes) => {
      switch (kind) {
        case 'text': return utf8Decode(bytes);
        case 'json': return JSON.parse(utf8Decode(bytes));
        case 'arrayBuffer': return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
        case 'bytes': return copyBytes(bytes);
        case 'blob': return new Blob([bytes], { type: mimeTypeOf(headers) });
        default: return require('internal/fetch/formdata').parse(bytes, headers.get('content-type'));
      }
    });
  }

  // The body of a clone: bytes and blobs are shared (nothing mutates them); anything else
  // is teed, and the original keeps one branch.
  function cloneBody(body) {
    if (body.stream === null && !body.used && (body.kind === 'bytes' || body.kind === 'blob')) {
      return newBody(body.kind, body);
    }
    const [a, b] = bodyStream(body).tee();
    body.stream = a;
    return newBody('stream', { stream: b, length: body.length });
  }

  // The chunks of a body, for sending it: an async iterable of Uint8Arrays.
  async function* bodyChunks(body) {
    if (body.stream === null && !body.used) {
      if (body.kind === 'bytes') {
        body.used = true;
        yield body.bytes;
        return;
      }
      if (body.kind === 'blob') {
        body.used = true;
        yield await body.blob.bytes();
        return;
      }
    }
    const reader = bodyStream(body).getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      if (!(value instanceof Uint8Array)) {
        const err = new TypeError('Received non-Uint8Array chunk');
        reader.cancel(err).catch(() => {});
        throw err;
      }
      yield value;
    }
  }

  // The original of a Request built from another Request loses its body to the new one
  // (the spec's proxy): it reads as used from then on.
  function takeBody(body) {
    const taken = newBody(body.kind, body);
    taken.stream = body.stream;
    taken.used = body.used;
    body.kind = 'bytes';
    body.bytes = new Uint8Array(0);
    body.stream = null;
    body.used = true;
    return taken;
  }

  // The Body mixin's reading methods, for Request and Response: `recordOf(value)` is
  // the object's record, or null when the method was called on something else.
  function defineBodyMethods(proto, recordOf, illegalInvocation) {
    for (const kind of ['blob', 'arrayBuffer', 'text', 'json', 'formData', 'bytes']) {
      const method = {
        [kind]() {
          const r = recordOf(this);
          return r === null ? Promise.reject(illegalInvocation()) : consumeBody(r.body, r.headers, kind);
        },
      }[kind];
      Object.defineProperty(proto, kind, { value: method, writable: true, configurable: true, enumerable: false });
    }
  }

  return {
    defineBodyMethods,
    extractBody,
    newBody,
    bytesBody,
    isReplayable,
    isReadableStream,
    bodyUsed,
    isUnusable,
    bodyStream,
    consumeBody,
    cloneBody,
    bodyChunks,
    takeBody,
    readAll,
    unusableError,
    utf8Encode,
    utf8Decode,
  };
})();
