import { value } from '../fixtures/esm-lib.mjs';
console.log('type module .js runs as ESM', value, typeof require);
