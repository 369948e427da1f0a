// internal/fetch/formdata -- the XHR FormData class (Node's global FormData), its
// multipart/form-data serialization for a body, and the parse behind body.formData().
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const { Blob, File } = require('buffer');
  const { argumentCount, describe, illegalInvocation, webidlClass } = require('internal/fetch/headers');

  const customInspect = Symbol.for('nodejs.util.inspect.custom');

  // USVString: lone surrogates become U+FFFD.
  function usv(value) {
    return String(value).toWellFormed();
  }

  // An entry's value: a string, or a File (a Blob that is not one becomes a File named
  // "blob", or the filename given).
  function entryValue(value, filename) {
    if (!(value instanceof Blob)) return usv(value);
    if (filename !== undefined) {
      return new File([value], usv(filename), { type: value.type, lastModified: value instanceof File ? value.lastModified : undefined });
    }
    if (value instanceof File) return value;
    return new File([value], 'blob', { type: value.type });
  }

  function checkBlobArgument(args, context) {
    if (args.length > 2 && !(args[1] instanceof Blob)) {
      throw new TypeError(`${context}: Expected value ("${describe(args[1])}") to be an instance of Blob.`);
    }
  }

  let entriesOf, isFormData;

  class FormData {
    #entries = [];

    constructor(form = undefined) {
      if (form !== undefined) {
        throw new TypeError('FormData constructor: Argument 1 could not be converted to: undefined.');
      }
    }

    append(name, value, filename = undefined) {
      if (!isFormData(this)) throw illegalInvocation();
      argumentCount(arguments.length, 2, 'FormData.append');
      checkBlobArgument(arguments, 'FormData.append');
      this.#entries.push([usv(name), entryValue(value, filename)]);
    }

    delete(name) {
      if (!isFormData(this)) throw illegalInvocation();
      argumentCount(arguments.length, 1, 'FormData.delete');
      name = usv(name);
      this.#entries = this.#entries.filter((e) => e[0] !== name);
    }

    get(name) {
      if (!isFormData(this)) throw illegalInvocation();
      argumentCount(arguments.length, 1, 'FormData.get');
      name = usv(name);
      const e = this.#entries.find((x) => x[0] === name);
      return e === undefined ? null : e[1];
    }

    getAll(name) {
      if (!isFormData(this)) throw illegalInvocation();
      argumentCount(arguments.length, 1, 'FormData.getAll');
      name = usv(name);
      return this.#entries.filter((e) => e[0] === name).map((e) => e[1]);
    }

    has(name) {
      if (!isFormData(this)) throw illegalInvocation();
      argumentCount(arguments.length, 1, 'FormData.has');
      name = usv(name);
      return this.#entries.some((e) => e[0] === name);
    }

    set(name, value, filename = undefined) {
      if (!isFormData(this)) throw illegalInvocation();
      argumentCount(arguments.length, 2, 'FormData.set');
      checkBlobArgument(arguments, 'FormData.set');
      name = usv(name);
      const entry = [name, entryValue(value, filename)];
      const i = this.#entries.findIndex((e) => e[0] === name);
      if (i === -1) {
        this.#entries.push(entry);
      } else {
        this.#entries[i] = entry;
        this.#entries = this.#entries.filter((e, j) => j <= i || e[0] !== name);
      }
    }

    keys() {
      if (!isFormData(this)) throw illegalInvocation();
      return new FormDataIterator(this, 'key');
    }

    values() {
      if (!isFormData(this)) throw illegalInvocation();
      return new FormDataIterator(this, 'value');
    }

    entries() {
      if (!isFormData(this)) throw illegalInvocation();
      return new FormDataIterator(this, 'key+value');
    }

    forEach(callback, thisArg = undefined) {
      if (!isFormData(this)) throw illegalInvocation();
      argumentCount(arguments.length, 1, 'FormData.forEach');
      if (typeof callback !== 'function') {
        throw new TypeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'.");
      }
      for (let i = 0; i < this.#entries.length; i++) {
        callback.call(thisArg, this.#entries[i][1], this.#entries[i][0], this);
      }
    }

    [customInspect](depth, options) {
      const shown = {};
      for (const [name, value] of this.#entries) {
        if (!Object.prototype.hasOwnProperty.call(shown, name)) shown[name] = value;
        else if (Array.isArray(shown[name]) && shown[name].multiple) shown[name].push(value);
        else shown[name] = Object.assign([shown[name], value], { multiple: true });
      }
      for (const name of Object.keys(shown)) {
        if (Array.isArray(shown[name])) shown[name] = Array.from(shown[name]);
      }
      return 'FormData ' + require('util').inspect(shown, options);
    }

    static {
      entriesOf = (f) => f.#entries;
      isFormData = (value) => value !== null && typeof value === 'object' && #entries in value;
    }
  }

  const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

  class FormDataIterator {
    #target;
    #kind;
    #index = 0;
    constructor(target, kind) {
      this.#target = target;
      this.#kind = kind;
    }
    next() {
      if (this === null || typeof this !== 'object' || !(#target in this)) {
        throw new TypeError("'next' called on an object that does not implement interface FormData Iterator.");
      }
      const entries = entriesOf(this.#target);
      if (this.#index >= entries.length) return { value: undefined, done: true };
      const e = entries[this.#index++];
      const kind = this.#kind;
      return { value: kind === 'key' ? e[0] : kind === 'value' ? e[1] : [e[0], e[1]], done: false };
    }
  }
  Object.setPrototypeOf(FormDataIterator.prototype, IteratorPrototype);
  delete FormDataIterator.prototype.constructor;
  Object.defineProperty(FormDataIterator.prototype, Symbol.toStringTag, {
    value: 'FormData Iterator', configurable: true,
  });

  Object.defineProperty(FormData.prototype, Symbol.iterator, {
    value: FormData.prototype.entries, writable: true, configurable: true, enumerable: false,
  });
  webidlClass(FormData, 'FormData');
  Object.defineProperty(FormData.prototype, customInspect, { enumerable: false });

  // --- multipart/form-data -------------------------------------------------------------------
  function escapeName(name) {
    return name.replace(/\r?\n|\r/g, '\r\n').replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
  }

  // [Blob, content type] of a FormData sent as a body (a Blob takes the files' bytes
  // as they are, with no copy through JS).
  function serialize(form) {
    let boundary = '----formdata-undici-0';
    for (let i = 0; i < 11; i++) boundary += Math.floor(Math.random() * 10);
    const parts = [];
    for (const [name, value] of entriesOf(form)) {
      const head = `--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(name)}"`;
      if (typeof value === 'string') {
        parts.push(head + '\r\n\r\n' + value.replace(/\r?\n|\r/g, '\r\n') + '\r\n');
      } else {
        parts.push(head + `; filename="${escapeName(value.name)}"\r\n` +
          `Content-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`, value, '\r\n');
      }
    }
    parts.push(`--${boundary}--\r\n`);
    return [new Blob(parts), 'multipart/form-data; boundary=' + boundary];
  }

  function formDataError(cause) {
    return new TypeError('Failed to parse body as FormData.', { cause: new Error(cause) });
  }

  function indexOf(bytes, pattern, from) {
    const first = pattern[0];
    const last = bytes.length - pattern.length;
    outer: for (let i = from; i <= last; i++) {
      if (bytes[i] !== first) continue;
      for (let j = 1; j < pattern.length; j++) {
        if (bytes[i + j] !== pattern[j]) continue outer;
      }
      return i;
    }
    return -1;
  }

  function headerParam(value, name) {
    const re = new RegExp(`;\\s*${name}\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]*))`, 'i');
    const m = re.exec(value);
    if (m === null) return undefined;
    return m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2];
  }

  function unescapeName(name) {
    return name.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%22/g, '"');
  }

  function parseMultipart(bytes, boundary) {
    const { utf8Encode, utf8Decode } = require('internal/fetch/body');
    const latin1 = (b) => require('buffer').Buffer.from(b.buffer, b.byteOffset, b.length).toString('latin1');
    const form = new FormData();
    const delimiter = utf8Encode('--' + boundary);
    let pos = indexOf(bytes, delimiter, 0);
    if (pos === -1) throw formDataError('no boundary found in multipart body');
    const next = utf8Encode('\r\n--' + boundary);
    const headEnd = utf8Encode('\r\n\r\n');
    pos += delimiter.length;
    for (;;) {
      if (bytes[pos] === 0x2d && bytes[pos + 1] === 0x2d) return form;
      if (bytes[pos] !== 0x0d || bytes[pos + 1] !== 0x0a) throw formDataError('expected CRLF after the boundary');
      pos += 2;
      const end = indexOf(bytes, headEnd, pos);
      if (end === -1) throw formDataError('unexpected end of the part headers');
      const head = latin1(bytes.subarray(pos, end)).split('\r\n');
      let disposition;
      let type = '';
      for (const line of head) {
        const colon = line.indexOf(':');
        if (colon === -1) continue;
        const field = line.slice(0, colon).trim().toLowerCase();
        const value = line.slice(colon + 1).trim();
        if (field === 'content-disposition') disposition = value;
        else if (field === 'content-type') type = value;
      }
      if (disposition === undefined || !/^form-data\b/i.test(disposition)) {
        throw formDataError('the part has no form-data Content-Disposition');
      }
      const name = headerParam(disposition, 'name');
      if (name === undefined) throw formDataError('the part has no name');
      const filename = headerParam(disposition, 'filename');
      const start = end + headEnd.length;
      const stop = indexOf(bytes, next, start);
      if (stop === -1) throw formDataError('unexpected end of the multipart body');
      const content = bytes.subarray(start, stop);
      const fieldName = unescapeName(utf8Decode(require('buffer').Buffer.from(name, 'latin1')));
      if (filename !== undefined) {
        const fileName = unescapeName(utf8Decode(require('buffer').Buffer.from(filename, 'latin1')));
        form.append(fieldName, new File([content], fileName, { type }));
      } else {
        form.append(fieldName, utf8Decode(content));
      }
      pos = stop + next.length;
    }
  }

  // body.formData(): urlencoded or multipart, by the Content-Type.
  function parse(bytes, contentType) {
    let essence = '';
    let mime = null;
    if (contentType !== null) {
      try {
        const { MIMEType } = require('internal/mime');
        mime = new MIMEType(contentType);
        essence = mime.essence;
      } catch {
        mime = null;
      }
    }
    if (essence === 'multipart/form-data') {
      const boundary = mime.params.get('boundary');
      if (boundary === null) throw formDataError('missing boundary in content-type header');
      return parseMultipart(bytes, boundary);
    }
    if (essence === 'application/x-www-form-urlencoded') {
      const { utf8Decode } = require('internal/fetch/body');
      const { URLSearchParams } = require('internal/url');
      const form = new FormData();
      for (const [name, value] of new URLSearchParams(utf8Decode(bytes))) form.append(name, value);
      return form;
    }
    throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
  }

  return { FormData, isFormData, serialize, parse };
})();
