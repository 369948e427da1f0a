// DOMException as the WebIDL spec and Node define it: name, message and code are
// prototype getters over internal state, legacy code constants sit on the constructor and
// the prototype, and instances are Errors with a stack. Installed as a global on every
// engine, so the class is the same whichever engine provides (or lacks) one.
(function () {
  'use strict';
  // The legacy names with their codes, in the spec's order (code = position + 1; the
  // gaps are names the spec retired).
  const LEGACY = [
    ['IndexSizeError', 'INDEX_SIZE_ERR'], [null, 'DOMSTRING_SIZE_ERR'],
    ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR'], ['WrongDocumentError', 'WRONG_DOCUMENT_ERR'],
    ['InvalidCharacterError', 'INVALID_CHARACTER_ERR'], [null, 'NO_DATA_ALLOWED_ERR'],
    ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR'], ['NotFoundError', 'NOT_FOUND_ERR'],
    ['NotSupportedError', 'NOT_SUPPORTED_ERR'], ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR'],
    ['InvalidStateError', 'INVALID_STATE_ERR'], ['SyntaxError', 'SYNTAX_ERR'],
    ['InvalidModificationError', 'INVALID_MODIFICATION_ERR'], ['NamespaceError', 'NAMESPACE_ERR'],
    ['InvalidAccessError', 'INVALID_ACCESS_ERR'], [null, 'VALIDATION_ERR'],
    ['TypeMismatchError', 'TYPE_MISMATCH_ERR'], ['SecurityError', 'SECURITY_ERR'],
    ['NetworkError', 'NETWORK_ERR'], ['AbortError', 'ABORT_ERR'], ['URLMismatchError', 'URL_MISMATCH_ERR'],
    ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR'], ['TimeoutError', 'TIMEOUT_ERR'],
    ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR'], ['DataCloneError', 'DATA_CLONE_ERR'],
  ];
  const codeOfName = { __proto__: null };
  for (let i = 0; i < LEGACY.length; i++) if (LEGACY[i][0]) codeOfName[LEGACY[i][0]] = i + 1;

  const state = new WeakMap();
  function internal(self, what) {
    const s = state.get(self);
    if (s === undefined) {
      const err = new TypeError('Value of "this" must be of type DOMException');
      err.code = 'ERR_INVALID_THIS';
      throw err;
    }
    return s[what];
  }

  class DOMException {
    constructor(message = '', options = 'Error') {
      message = String(message);
      let name;
      if (options !== null && typeof options === 'object') {
        name = 'name' in options ? String(options.name) : 'Error';
        if ('cause' in options) {
          Object.defineProperty(this, 'cause', { value: options.cause, writable: true, configurable: true, enumerable: false });
        }
      } else {
        name = String(options);
      }
      state.set(this, { name, message });
      if (typeof Error.captureStackTrace === 'function') {
        Error.captureStackTrace(this, DOMException);
      } else {
        const stack = new Error(message).stack;
        Object.defineProperty(this, 'stack', { value: stack, writable: true, configurable: true });
      }
    }
    get name() { return internal(this, 'name'); }
    get message() { return internal(this, 'message'); }
    get code() { return codeOfName[internal(this, 'name')] || 0; }
  }
  Object.setPrototypeOf(DOMException.prototype, Error.prototype);
  Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });
  for (const key of ['name', 'message', 'code']) {
    const d = Object.getOwnPropertyDescriptor(DOMException.prototype, key);
    Object.defineProperty(DOMException.prototype, key, { ...d, enumerable: true });
  }
  for (let i = 0; i < LEGACY.length; i++) {
    const d = { value: i + 1, enumerable: true, writable: false, configurable: false };
    Object.defineProperty(DOMException, LEGACY[i][1], d);
    Object.defineProperty(DOMException.prototype, LEGACY[i][1], d);
  }
  return { DOMException };
})();
