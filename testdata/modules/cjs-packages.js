const path = require('path');
process.chdir(__dirname);
const req = require('module').createRequire(path.join(__dirname, 'fixtures', 'x.js'));
console.log(req('plain'));
console.log(req('exp'));
console.log(req('exp/feature/x'));
console.log(req('@scope/pkg'), req('dirpkg'));
console.log(req('exp/package.json').name);
try { req('exp/lib/index.js'); } catch (e) { console.log(e.code); }
try { req('no-such-package'); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
