// require() of ES modules (Node 22.12+): namespaces, __esModule for default exports,
// the 'module.exports' export name, "type": "module" packages, caching, and errors.
const a = require('./fixtures/require-esm/with-default.mjs');
console.log(a, a.__esModule, a.default(), Object.keys(a).join());
const b = require('./fixtures/require-esm/named.mjs');
console.log(b, b.__esModule, Object.prototype.toString.call(b));
console.log(require('./fixtures/require-esm/module-exports.mjs'));
console.log(require('./fixtures/require-esm/typed/index.js'));
console.log(require('./fixtures/require-esm/with-default.mjs') === a);
for (const name of ['tla.mjs', 'throws.mjs', 'throws.mjs']) {
  try {
    require('./fixtures/require-esm/' + name);
  } catch (e) {
    console.log(name, e.name, e.code, e.message.split('\n')[0]);
  }
}
// A query string makes a module instance of its own, as in Node.
Promise.all(['?a', '?b', '?a'].map((q) => import('./fixtures/require-esm/counter.mjs' + q))).then(([x, y, z]) => {
  console.log(x === z, x === y, x.n, y.n, globalThis.evaluations);
});
