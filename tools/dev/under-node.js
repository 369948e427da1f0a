// Runs nodus's builtin JS modules (ext/*/js/*.js) inside a plain `node` process, so their
// logic can be developed and compared against Node's own modules before the nodus binary
// exists or while it is being rebuilt.
//
//   node tools/dev/under-node.js events            -> prints the keys of our node:events
//   const load = require('./tools/dev/under-node.js').load; load('events')
//
// It provides the same `globalThis.__bootstrap` shape the runtime gives builtin scripts:
// { core, internals, primordials }, with `internals.require(name)` loading our sibling
// builtins (never Node's). `core` only approximates deno_core's helpers with Node APIs.
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const nodeUtil = require('util');

const root = path.resolve(__dirname, '..', '..');
const cache = new Map();

// name ("events", "internal/errors") -> file path, searched across ext/*/js
function locate(name) {
  for (const ext of fs.readdirSync(path.join(root, 'ext'))) {
    const file = path.join(root, 'ext', ext, 'js', name + '.js');
    if (fs.existsSync(file)) return file;
  }
  return null;
}

function load(name) {
  if (cache.has(name)) return cache.get(name);
  const file = locate(name);
  if (file === null) {
    // Not written yet: lend Node's own public module so dependants can be developed.
    if (name.startsWith('internal/')) throw new Error(`under-node: no builtin named ${name}`);
    process.stderr.write(`under-node: ${name} is not ours yet, using Node's\n`);
    const lent = require(name);
    cache.set(name, lent);
    return lent;
  }
  const src = fs.readFileSync(file, 'latin1');
  if (!/^[\x00-\x7f]*$/.test(src)) throw new Error(`${file}: builtin JS must be 7-bit ASCII`);
  cache.set(name, undefined); // cycle marker, like loadExtScript
  const exports = vm.runInThisContext(src, { filename: file });
  cache.set(name, exports);
  return exports;
}

const t = nodeUtil.types;
const core = {
  isProxy: t.isProxy, isPromise: t.isPromise, isMap: t.isMap, isSet: t.isSet,
  isMapIterator: t.isMapIterator, isSetIterator: t.isSetIterator, isDate: t.isDate,
  isRegExp: t.isRegExp, isNativeError: t.isNativeError, isTypedArray: t.isTypedArray,
  isArrayBuffer: t.isArrayBuffer, isAnyArrayBuffer: t.isAnyArrayBuffer,
  isArrayBufferView: t.isArrayBufferView, isDataView: t.isDataView,
  isSharedArrayBuffer: t.isSharedArrayBuffer, isAsyncFunction: t.isAsyncFunction,
  isGeneratorFunction: t.isGeneratorFunction, isGeneratorObject: t.isGeneratorObject,
  isBoxedPrimitive: t.isBoxedPrimitive, isNumberObject: t.isNumberObject,
  isStringObject: t.isStringObject, isBooleanObject: t.isBooleanObject,
  isBigIntObject: t.isBigIntObject, isSymbolObject: t.isSymbolObject,
  isWeakMap: t.isWeakMap, isWeakSet: t.isWeakSet, isArgumentsObject: t.isArgumentsObject,
  isModuleNamespaceObject: t.isModuleNamespaceObject,
  // deno_core: [state, result]; state 0 pending, 1 fulfilled, 2 rejected
  getPromiseDetails(p) {
    const s = nodeUtil.inspect(p);
    if (s.includes('<pending>')) return [0, null];
    let v; let rejected = false;
    p.then((x) => { v = x; }, (e) => { v = e; rejected = true; });
    return [rejected ? 2 : 1, v]; // approximate: value only known after a tick under node
  },
  getProxyDetails(p) { return t.isProxy(p) ? [undefined, undefined] : null; },
  print(s, isErr) { (isErr ? process.stderr : process.stdout).write(s); },
  queueNextTick(tick) { process.nextTick(() => tick.callback(...(tick.args || []))); },
  ops: {},
};

globalThis.__bootstrap = { core, internals: { require: load }, primordials: {} };

module.exports = { load };

if (require.main === module && process.argv[2]) {
  console.log(Object.keys(load(process.argv[2])));
}
