// internal/mime -- util.MIMEType and util.MIMEParams (WHATWG MIME Sniffing parse/serialize)
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const { codes } = require('internal/errors');

  // --- code point classes ----------------------------------------------------------------
  // HTTP token code points: ! # $ % & ' * + - . ^ _ ` | ~ digits and ASCII letters.
  const TOKEN = new Uint8Array(128);
  (function () {
    const extra = '!#$%&\'*+-.^_`|~';
    for (let i = 0; i < extra.length; i++) TOKEN[extra.charCodeAt(i)] = 1;
    for (let c = 0x30; c <= 0x39; c++) TOKEN[c] = 1;
    for (let c = 0x41; c <= 0x5a; c++) TOKEN[c] = 1;
    for (let c = 0x61; c <= 0x7a; c++) TOKEN[c] = 1;
  })();

  function isTokenCode(c) { return c < 128 && TOKEN[c] === 1; }

  // HTTP quoted-string token code points: tab, 0x20-0x7E and 0x80-0xFF.
  function isQuotedStringTokenCode(c) {
    return c === 0x09 || (c >= 0x20 && c <= 0x7e) || (c >= 0x80 && c <= 0xff);
  }

  // HTTP whitespace: LF, CR, tab and space.
  function isHttpWhitespace(c) {
    return c === 0x0a || c === 0x0d || c === 0x09 || c === 0x20;
  }

  // Index of the first code unit of `s` that is not a token code point, or -1.
  function firstNonToken(s) {
    for (let i = 0; i < s.length; i++) {
      if (!isTokenCode(s.charCodeAt(i))) return i;
    }
    return -1;
  }

  // Index of the first code unit of `s` that is not a quoted-string token code point, or -1.
  function firstNonQuotedStringToken(s) {
    for (let i = 0; i < s.length; i++) {
      if (!isQuotedStringTokenCode(s.charCodeAt(i))) return i;
    }
    return -1;
  }

  function asciiLowercase(s) {
    let out = '';
    let from = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x41 && c <= 0x5a) {
        out += s.slice(from, i) + String.fromCharCode(c + 0x20);
        from = i + 1;
      }
    }
    return from === 0 ? s : out + s.slice(from);
  }

  function trimLeadingHttpWhitespace(s) {
    let start = 0;
    while (start < s.length && isHttpWhitespace(s.charCodeAt(start))) start++;
    return s.slice(start);
  }

  function trimTrailingHttpWhitespace(s) {
    let end = s.length;
    while (end > 0 && isHttpWhitespace(s.charCodeAt(end - 1))) end--;
    return s.slice(0, end);
  }

  // A non-empty string made only of token code points, else ERR_INVALID_MIME_SYNTAX naming
  // `production` and the offending index within `value` (no index when it is empty).
  function validateToken(value, production, input) {
    if (value.length === 0) throw new codes.ERR_INVALID_MIME_SYNTAX(production, input, -1);
    const bad = firstNonToken(value);
    if (bad !== -1) throw new codes.ERR_INVALID_MIME_SYNTAX(production, input, bad);
  }

  // Serialization of a parameter value: kept bare when it is a non-empty token, otherwise
  // wrapped in double quotes with '"' and '\\' backslash-escaped.
  function serializeValue(value) {
    if (value.length !== 0 && firstNonToken(value) === -1) return value;
    let out = '"';
    for (let i = 0; i < value.length; i++) {
      const ch = value[i];
      if (ch === '"' || ch === '\\') out += '\\';
      out += ch;
    }
    return out + '"';
  }

  function receiverError(obj) {
    if (obj === null || obj === undefined) {
      return new TypeError('Cannot read properties of ' + obj + " (reading 'MIMEParams')");
    }
    return new TypeError('Receiver must be an instance of class MIMEParams');
  }

  // Module-private access to a MIMEParams' map, handed out by the class's static block.
  let isParams;
  let paramsMap;

  // --- MIMEParams ------------------------------------------------------------------------
  class MIMEParams {
    #data = new Map();

    static {
      isParams = (obj) => (typeof obj === 'object' || typeof obj === 'function') &&
        obj !== null && #data in obj;
      paramsMap = (obj) => obj.#data;
    }

    delete(name) {
      if (!isParams(this)) throw receiverError(this);
      this.#data.delete(asciiLowercase(`${name}`));
    }

    get(name) {
      if (!isParams(this)) throw receiverError(this);
      const value = this.#data.get(asciiLowercase(`${name}`));
      return value === undefined ? null : value;
    }

    has(name) {
      if (!isParams(this)) throw receiverError(this);
      return this.#data.has(asciiLowercase(`${name}`));
    }

    set(name, value) {
      if (!isParams(this)) throw receiverError(this);
      // The name is ASCII-lowercased before it is checked, so errors quote it lowercased.
      name = asciiLowercase(`${name}`);
      value = `${value}`;
      validateToken(name, 'parameter name', name);
      const bad = firstNonQuotedStringToken(value);
      if (bad !== -1) throw new codes.ERR_INVALID_MIME_SYNTAX('parameter value', value, bad);
      this.#data.set(name, value);
    }

    * entries() {
      if (!isParams(this)) throw receiverError(this);
      for (const entry of this.#data) yield [entry[0], entry[1]];
    }

    * keys() {
      if (!isParams(this)) throw receiverError(this);
      for (const key of this.#data.keys()) yield key;
    }

    * values() {
      if (!isParams(this)) throw receiverError(this);
      for (const value of this.#data.values()) yield value;
    }

    toString() {
      if (!isParams(this)) throw receiverError(this);
      let out = '';
      for (const [name, value] of this.#data) {
        if (out.length !== 0) out += ';';
        out += name + '=' + serializeValue(value);
      }
      return out;
    }
  }
  Object.defineProperty(MIMEParams.prototype, 'toJSON', {
    value: MIMEParams.prototype.toString, writable: true, enumerable: false, configurable: true,
  });
  Object.defineProperty(MIMEParams.prototype, Symbol.iterator, {
    value: MIMEParams.prototype.entries, writable: true, enumerable: false, configurable: true,
  });

  // --- parse a MIME type -----------------------------------------------------------------
  // Collects an HTTP quoted string starting at the '"' at `pos` with extract-value set;
  // returns [value, position after it].
  function collectQuotedString(input, pos) {
    let value = '';
    pos++; // the opening '"'
    for (;;) {
      const start = pos;
      while (pos < input.length && input[pos] !== '"' && input[pos] !== '\\') pos++;
      value += input.slice(start, pos);
      if (pos >= input.length) break;
      const quoteOrBackslash = input[pos];
      pos++;
      if (quoteOrBackslash === '\\') {
        if (pos >= input.length) {
          value += '\\';
          break;
        }
        value += input[pos];
        pos++;
      } else {
        break;
      }
    }
    return [value, pos];
  }

  // Parses `str` into { type, subtype } and fills `map` with its parameters; throws
  // ERR_INVALID_MIME_SYNTAX where the standard returns failure.
  // Like Node 24 (and unlike the standard's first step), only leading HTTP whitespace is
  // removed from the input: trailing whitespace still ends up trimmed from the subtype and
  // from unquoted values, but stays in a type without '/' ("* " is invalid at 1) and in an
  // unterminated quoted value ('a/b;c="d ' gives c = "d ").
  function parseMIMEType(str, map) {
    const input = trimLeadingHttpWhitespace(str);
    let pos = 0;

    // type: up to '/'
    while (pos < input.length && input[pos] !== '/') pos++;
    const type = input.slice(0, pos);
    validateToken(type, 'type', str);
    if (pos >= input.length) throw new codes.ERR_INVALID_MIME_SYNTAX('type', str, -1);
    pos++; // the '/'

    // subtype: up to ';', trailing whitespace removed
    let start = pos;
    while (pos < input.length && input[pos] !== ';') pos++;
    const subtype = trimTrailingHttpWhitespace(input.slice(start, pos));
    validateToken(subtype, 'subtype', str);

    // parameters
    while (pos < input.length) {
      pos++; // the ';'
      while (pos < input.length && isHttpWhitespace(input.charCodeAt(pos))) pos++;

      start = pos;
      while (pos < input.length && input[pos] !== ';' && input[pos] !== '=') pos++;
      const name = asciiLowercase(input.slice(start, pos));

      if (pos < input.length) {
        if (input[pos] === ';') continue;
        pos++; // the '='
      }
      if (pos >= input.length) break;

      let value;
      if (input[pos] === '"') {
        [value, pos] = collectQuotedString(input, pos);
        while (pos < input.length && input[pos] !== ';') pos++;
      } else {
        start = pos;
        while (pos < input.length && input[pos] !== ';') pos++;
        value = trimTrailingHttpWhitespace(input.slice(start, pos));
        if (value.length === 0) continue;
      }

      if (name.length !== 0 && firstNonToken(name) === -1 &&
          firstNonQuotedStringToken(value) === -1 && !map.has(name)) {
        map.set(name, value);
      }
    }

    return { type: asciiLowercase(type), subtype: asciiLowercase(subtype) };
  }

  // --- MIMEType --------------------------------------------------------------------------
  class MIMEType {
    #type;
    #subtype;
    #parameters;

    constructor(string) {
      string = `${string}`;
      const params = new MIMEParams();
      const parsed = parseMIMEType(string, paramsMap(params));
      this.#type = parsed.type;
      this.#subtype = parsed.subtype;
      this.#parameters = params;
    }

    get type() {
      return this.#type;
    }

    set type(value) {
      value = `${value}`;
      validateToken(value, 'type', value);
      this.#type = asciiLowercase(value);
    }

    get subtype() {
      return this.#subtype;
    }

    set subtype(value) {
      value = `${value}`;
      validateToken(value, 'subtype', value);
      this.#subtype = asciiLowercase(value);
    }

    get essence() {
      return this.#type + '/' + this.#subtype;
    }

    get params() {
      return this.#parameters;
    }

    toString() {
      let out = this.#type + '/' + this.#subtype;
      for (const [name, value] of paramsMap(this.#parameters)) {
        out += ';' + name + '=' + serializeValue(value);
      }
      return out;
    }
  }
  Object.defineProperty(MIMEType.prototype, 'toJSON', {
    value: MIMEType.prototype.toString, writable: true, enumerable: false, configurable: true,
  });

  return { MIMEType, MIMEParams };
})();
