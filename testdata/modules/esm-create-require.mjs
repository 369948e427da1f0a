import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
console.log(require('./fixtures/math').add(1, 1), require('./fixtures/data.json').name);
