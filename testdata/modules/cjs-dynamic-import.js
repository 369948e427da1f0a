import('./fixtures/esm-lib.mjs').then((m) => console.log('dynamic', m.value, typeof m.default));
import('node:events').then((m) => console.log('builtin default', typeof m.default, typeof m.once));
