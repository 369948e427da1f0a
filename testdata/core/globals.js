console.log(typeof global, global === globalThis, typeof globalThis.process);
for (const name of ['setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate',
  'queueMicrotask', 'structuredClone', 'TextEncoder', 'TextDecoder', 'URL', 'URLSearchParams', 'AbortController',
  'AbortSignal', 'EventTarget', 'Event', 'atob', 'btoa', 'Buffer', 'console', 'performance']) {
  console.log(name, typeof globalThis[name]);
}
console.log(typeof Deno, typeof __bootstrap === 'undefined' || !Object.keys(globalThis).includes('__bootstrap'));
console.log(typeof require, typeof module, typeof exports, typeof __filename, typeof __dirname);
console.log(Object.keys(globalThis).filter((k) => !k.startsWith('__v8x') && !['crypto', 'fetch'].includes(k)).sort().join(','));
