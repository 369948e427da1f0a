// internal/util/comparisons -- deep equality (loose and strict) for util.isDeepStrictEqual and assert
(function () {
  'use strict';
  const { core } = __bootstrap;

  const objToString = Object.prototype.toString;
  const hasOwn = Object.prototype.hasOwnProperty;
  const propIsEnum = Object.prototype.propertyIsEnumerable;
  const getPrototypeOf = Object.getPrototypeOf;
  const taTag = Object.getOwnPropertyDescriptor(
    Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

  const kStrict = true;
  const kLoose = false;

  function isPrimitive(v) { return v === null || (typeof v !== 'object' && typeof v !== 'function'); }

  function isError(v) { return core.isNativeError(v) || v instanceof Error; }

  function looseEqualPrim(a, b) {
    return a == b || (a !== a && b !== b); // eslint-disable-line eqeqeq
  }

  function ownKeys(obj, strict) {
    const keys = Object.keys(obj);
    if (strict) {
      const syms = Object.getOwnPropertySymbols(obj);
      for (let i = 0; i < syms.length; i++) {
        if (propIsEnum.call(obj, syms[i])) keys.push(syms[i]);
      }
    }
    return keys;
  }

  function isIndex(k) {
    return typeof k === 'string' && /^(0|[1-9][0-9]*)$/.test(k) && +k < 4294967295;
  }

  function bytesEqual(a, b) {
    if (a.byteLength !== b.byteLength) return false;
    const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    return true;
  }

  function innerDeepEqual(a, b, strict, memos) {
    if (a === b) return a !== 0 || !strict || Object.is(a, b);
    if (strict) {
      if (typeof a !== 'object') return typeof a === 'number' && a !== a && b !== b;
      if (typeof b !== 'object' || a === null || b === null) return false;
      if (getPrototypeOf(a) !== getPrototypeOf(b)) return false;
    } else {
      if (a === null || typeof a !== 'object') {
        if (b === null || typeof b !== 'object') return looseEqualPrim(a, b);
        return false;
      }
      if (b === null || typeof b !== 'object') return false;
    }
    const tagA = objToString.call(a);
    if (tagA !== objToString.call(b)) return false;

    let skipIndices = false;
    if (Array.isArray(a)) {
      if (!Array.isArray(b) || a.length !== b.length) return false;
      skipIndices = true;
    } else if (tagA === '[object Object]' && !core.isBoxedPrimitive(a) && !isError(a)) {
      // plain path below
    } else if (core.isDate(a)) {
      if (!core.isDate(b) || Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) return false;
    } else if (core.isRegExp(a)) {
      if (!core.isRegExp(b) || a.source !== b.source || a.flags !== b.flags ||
          a.lastIndex !== b.lastIndex) return false;
    } else if (isError(a)) {
      if (!isError(b) || a.message !== b.message || a.name !== b.name) return false;
      if (('cause' in a) !== ('cause' in b)) return false;
      if ('cause' in a && !innerDeepEqual(a.cause, b.cause, strict, memos)) return false;
      if (('errors' in a) !== ('errors' in b)) return false;
      if ('errors' in a && !innerDeepEqual(a.errors, b.errors, strict, memos)) return false;
    } else if (ArrayBuffer.isView(a)) {
      if (!ArrayBuffer.isView(b)) return false;
      const ta = taTag.call(a);
      if (ta !== taTag.call(b)) return false;
      if (!strict && (ta === 'Float32Array' || ta === 'Float64Array' || ta === 'Float16Array')) {
        if (a.length !== b.length) return false;
        for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
      } else if (!bytesEqual(a, b)) {
        return false;
      }
      skipIndices = ta !== undefined;
    } else if (core.isSet(a)) {
      if (!core.isSet(b) || a.size !== b.size) return false;
    } else if (core.isMap(a)) {
      if (!core.isMap(b) || a.size !== b.size) return false;
    } else if (core.isAnyArrayBuffer(a)) {
      if (!core.isAnyArrayBuffer(b)) return false;
      if (!bytesEqual(new Uint8Array(a), new Uint8Array(b))) return false;
    } else if (core.isBoxedPrimitive(a)) {
      if (!isBoxedEqual(a, b)) return false;
    } else if (Array.isArray(b) || ArrayBuffer.isView(b) || core.isSet(b) || core.isMap(b) ||
               core.isDate(b) || core.isRegExp(b) || core.isAnyArrayBuffer(b) ||
               core.isBoxedPrimitive(b) || isError(b)) {
      return false;
    } else if (core.isWeakMap(a) || core.isWeakSet(a) || core.isPromise(a)) {
      return false;
    }
    return keyCheck(a, b, strict, memos, skipIndices);
  }

  function isBoxedEqual(a, b) {
    if (core.isNumberObject(a)) {
      return core.isNumberObject(b) && Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
    }
    if (core.isStringObject(a)) {
      return core.isStringObject(b) && String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
    }
    if (core.isBooleanObject(a)) {
      return core.isBooleanObject(b) && Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
    }
    if (core.isBigIntObject(a)) {
      return core.isBigIntObject(b) && BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
    }
    if (core.isSymbolObject(a)) {
      return core.isSymbolObject(b) && Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
    }
    return false;
  }

  function keyCheck(a, b, strict, memos, skipIndices) {
    let aKeys = ownKeys(a, strict);
    let bKeys = ownKeys(b, strict);
    if (skipIndices) {
      aKeys = aKeys.filter((k) => !isIndex(k));
      bKeys = bKeys.filter((k) => !isIndex(k));
    }
    if (aKeys.length !== bKeys.length) return false;
    for (let i = 0; i < aKeys.length; i++) {
      const k = aKeys[i];
      if (!hasOwn.call(b, k) || !propIsEnum.call(b, k)) return false;
    }

    // Cycle detection: a pair already being compared is assumed equal.
    if (memos === undefined) {
      memos = { a: new Map(), b: new Map(), position: 0 };
    } else {
      const ma = memos.a.get(a);
      if (ma !== undefined) {
        const mb = memos.b.get(b);
        if (mb !== undefined) return ma === mb;
      }
      memos.position++;
    }
    memos.a.set(a, memos.position);
    memos.b.set(b, memos.position);
    const result = objEquiv(a, b, strict, aKeys, memos, skipIndices);
    memos.a.delete(a);
    memos.b.delete(b);
    return result;
  }

  function objEquiv(a, b, strict, keys, memos, skipIndices) {
    if (skipIndices && Array.isArray(a)) {
      for (let i = 0; i < a.length; i++) {
        const ha = hasOwn.call(a, i);
        if (ha !== hasOwn.call(b, i)) return false;
        if (ha && !innerDeepEqual(a[i], b[i], strict, memos)) return false;
      }
    }
    if (core.isSet(a)) {
      if (!setEquiv(a, b, strict, memos)) return false;
    } else if (core.isMap(a)) {
      if (!mapEquiv(a, b, strict, memos)) return false;
    }
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (!innerDeepEqual(a[k], b[k], strict, memos)) return false;
    }
    return true;
  }

  function setEquiv(a, b, strict, memos) {
    let aRest = null;
    for (const val of a) {
      if (!isPrimitive(val) || (!strict && !b.has(val))) {
        if (aRest === null) aRest = [];
        aRest.push(val);
      } else if (!b.has(val)) {
        return false;
      }
    }
    if (aRest === null) return true;
    const bRest = [];
    for (const val of b) {
      if (!isPrimitive(val)) bRest.push(val);
      else if (!a.has(val)) {
        if (strict) return false;
        bRest.push(val);
      }
    }
    const used = new Array(bRest.length).fill(false);
    outer: for (const val of aRest) {
      for (let i = 0; i < bRest.length; i++) {
        if (!used[i] && innerDeepEqual(val, bRest[i], strict, memos)) {
          used[i] = true;
          continue outer;
        }
      }
      return false;
    }
    return true;
  }

  function mapEquiv(a, b, strict, memos) {
    let aRest = null;
    for (const { 0: key, 1: item1 } of a) {
      if (isPrimitive(key) && b.has(key)) {
        if (!innerDeepEqual(item1, b.get(key), strict, memos)) {
          if (strict) return false;
          if (aRest === null) aRest = [];
          aRest.push([key, item1]);
        }
      } else {
        if (strict && isPrimitive(key)) return false;
        if (aRest === null) aRest = [];
        aRest.push([key, item1]);
      }
    }
    if (aRest === null) return true;
    const bRest = [];
    for (const { 0: key, 1: item } of b) {
      if (!isPrimitive(key) || !a.has(key) || !strict) bRest.push([key, item]);
    }
    const used = new Array(bRest.length).fill(false);
    outer: for (const [k, v] of aRest) {
      for (let i = 0; i < bRest.length; i++) {
        if (!used[i] && innerDeepEqual(k, bRest[i][0], strict, memos) &&
            innerDeepEqual(v, bRest[i][1], strict, memos)) {
          used[i] = true;
          continue outer;
        }
      }
      return false;
    }
    return true;
  }

  function isDeepEqual(a, b) { return innerDeepEqual(a, b, kLoose); }
  function isDeepStrictEqual(a, b) { return innerDeepEqual(a, b, kStrict); }

  return { isDeepEqual, isDeepStrictEqual };
})();
