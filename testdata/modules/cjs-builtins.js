const m = require('module');
console.log(require('node:events') === require('events'), require('node:path') === require('path'));
for (const n of ['events', 'util', 'path', 'buffer', 'stream', 'assert', 'timers', 'url', 'os', 'process', 'console', 'module']) {
  console.log(n, m.builtinModules.includes(n), m.isBuiltin(n), m.isBuiltin('node:' + n));
}
console.log(m.isBuiltin('nope'), m.isBuiltin('node:nope'));
try { require('node:nope'); } catch (e) { console.log(e.code); }
console.log(require('process') === process, typeof m.createRequire, typeof m.Module, m.Module === m);
try { require(''); } catch (e) { console.log(e.code); }
try { require(5); } catch (e) { console.log(e.code); }
