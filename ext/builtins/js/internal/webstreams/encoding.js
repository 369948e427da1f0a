// internal/webstreams/encoding -- TextEncoderStream and TextDecoderStream (WHATWG Encoding)
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const { codes } = require('internal/errors');
  const { ERR_INVALID_THIS } = codes;
  const { TextEncoder, TextDecoder } = require('internal/encoding');
  const { createTransformStream, controllerEnqueue } = require('internal/webstreams/transform');
  const { kInspect, inspectWith } = require('internal/webstreams/util');

  const encoder = new TextEncoder();
  const kReplacement = [0xef, 0xbf, 0xbd];

  class TextEncoderStream {
    #t;
    // A high surrogate that ended the last chunk, waiting for its low half.
    #pendingHighSurrogate = null;
    constructor() {
      this.#t = createTransformStream((chunk, c) => {
        let input = `${chunk}`;
        if (this.#pendingHighSurrogate !== null) {
          input = this.#pendingHighSurrogate + input;
          this.#pendingHighSurrogate = null;
        }
        const last = input.charCodeAt(input.length - 1);
        if (last >= 0xd800 && last <= 0xdbff) {
          this.#pendingHighSurrogate = input[input.length - 1];
          input = input.slice(0, -1);
        }
        if (input === '') return;
        controllerEnqueue(c, encoder.encode(input));
      }, (c) => {
        if (this.#pendingHighSurrogate !== null) {
          this.#pendingHighSurrogate = null;
          controllerEnqueue(c, new Uint8Array(kReplacement));
        }
      });
    }
    get encoding() {
      if (!TextEncoderStream.#is(this)) throw new ERR_INVALID_THIS('TextEncoderStream');
      return 'utf-8';
    }
    get readable() {
      if (!TextEncoderStream.#is(this)) throw new ERR_INVALID_THIS('TextEncoderStream');
      return this.#t.readable.obj;
    }
    get writable() {
      if (!TextEncoderStream.#is(this)) throw new ERR_INVALID_THIS('TextEncoderStream');
      return this.#t.writable.obj;
    }
    static #is(o) {
      return o !== null && typeof o === 'object' && #t in o;
    }
    [kInspect](depth, options, inspect) {
      const fields = { encoding: 'utf-8', readable: this.#t.readable.obj, writable: this.#t.writable.obj };
      return inspectWith(this, 'TextEncoderStream', fields, depth, options, inspect);
    }
  }

  class TextDecoderStream {
    #t;
    #decoder;
    constructor(label = 'utf-8', options = undefined) {
      const decoder = new TextDecoder(label, options);
      this.#decoder = decoder;
      const streamOptions = { stream: true };
      this.#t = createTransformStream((chunk, c) => {
        const output = decoder.decode(chunk, streamOptions);
        if (output !== '') controllerEnqueue(c, output);
      }, (c) => {
        const output = decoder.decode();
        if (output !== '') controllerEnqueue(c, output);
      });
    }
    get encoding() {
      if (!TextDecoderStream.#is(this)) throw new ERR_INVALID_THIS('TextDecoderStream');
      return this.#decoder.encoding;
    }
    get fatal() {
      if (!TextDecoderStream.#is(this)) throw new ERR_INVALID_THIS('TextDecoderStream');
      return this.#decoder.fatal;
    }
    get ignoreBOM() {
      if (!TextDecoderStream.#is(this)) throw new ERR_INVALID_THIS('TextDecoderStream');
      return this.#decoder.ignoreBOM;
    }
    get readable() {
      if (!TextDecoderStream.#is(this)) throw new ERR_INVALID_THIS('TextDecoderStream');
      return this.#t.readable.obj;
    }
    get writable() {
      if (!TextDecoderStream.#is(this)) throw new ERR_INVALID_THIS('TextDecoderStream');
      return this.#t.writable.obj;
    }
    static #is(o) {
      return o !== null && typeof o === 'object' && #t in o;
    }
    [kInspect](depth, options, inspect) {
      const d = this.#decoder;
      const fields = {
        encoding: d.encoding, fatal: d.fatal, ignoreBOM: d.ignoreBOM,
        readable: this.#t.readable.obj, writable: this.#t.writable.obj,
      };
      return inspectWith(this, 'TextDecoderStream', fields, depth, options, inspect);
    }
  }

  return { TextEncoderStream, TextDecoderStream };
})();
