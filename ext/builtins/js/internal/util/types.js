// internal/util/types -- type checks for built-in objects, backed by the engine's core.isX
// helpers: node:util/types, and the one place builtins take isUint8Array and the like from
// (a Buffer is a Uint8Array by its tag, as in Node, whatever realm made it).
(function () {
  'use strict';
  const { core } = __bootstrap;

  const taTag = Object.getOwnPropertyDescriptor(
    Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

  function typedKind(name) {
    return function (value) { return taTag.call(value) === name; };
  }
  function isArrayBufferView(value) { return ArrayBuffer.isView(value); }
  function isTypedArray(value) { return taTag.call(value) !== undefined; }
  const isArrayBuffer = core.isArrayBuffer;
  const isAnyArrayBuffer = core.isAnyArrayBuffer;
  const isSharedArrayBuffer = core.isSharedArrayBuffer ||
    function isSharedArrayBuffer(value) { return isAnyArrayBuffer(value) && !isArrayBuffer(value); };

  function isKeyObject(obj) {
    return obj != null && typeof obj === 'object' && obj[Symbol.toStringTag] === 'KeyObject';
  }
  function isCryptoKey(obj) {
    return obj != null && typeof obj === 'object' && obj[Symbol.toStringTag] === 'CryptoKey';
  }

  return {
    isExternal(value) { return false; },
    isDate: core.isDate,
    isArgumentsObject: core.isArgumentsObject,
    isBigIntObject: core.isBigIntObject,
    isBooleanObject: core.isBooleanObject,
    isNumberObject: core.isNumberObject,
    isStringObject: core.isStringObject,
    isSymbolObject: core.isSymbolObject,
    isNativeError: core.isNativeError,
    isRegExp: core.isRegExp,
    isAsyncFunction: core.isAsyncFunction,
    isGeneratorFunction: core.isGeneratorFunction,
    isGeneratorObject: core.isGeneratorObject,
    isPromise: core.isPromise,
    isMap: core.isMap,
    isSet: core.isSet,
    isMapIterator: core.isMapIterator,
    isSetIterator: core.isSetIterator,
    isWeakMap: core.isWeakMap,
    isWeakSet: core.isWeakSet,
    isArrayBuffer,
    isDataView: core.isDataView,
    isSharedArrayBuffer,
    isProxy: core.isProxy,
    isModuleNamespaceObject: core.isModuleNamespaceObject,
    isAnyArrayBuffer,
    isBoxedPrimitive: core.isBoxedPrimitive,
    isArrayBufferView,
    isTypedArray,
    isUint8Array: typedKind('Uint8Array'),
    isUint8ClampedArray: typedKind('Uint8ClampedArray'),
    isUint16Array: typedKind('Uint16Array'),
    isUint32Array: typedKind('Uint32Array'),
    isInt8Array: typedKind('Int8Array'),
    isInt16Array: typedKind('Int16Array'),
    isInt32Array: typedKind('Int32Array'),
    isFloat16Array: typedKind('Float16Array'),
    isFloat32Array: typedKind('Float32Array'),
    isFloat64Array: typedKind('Float64Array'),
    isBigInt64Array: typedKind('BigInt64Array'),
    isBigUint64Array: typedKind('BigUint64Array'),
    isKeyObject,
    isCryptoKey,
  };
})();
