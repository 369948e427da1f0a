// Shape of the node:buffer module exports.
const buffer = require('buffer');
const names = ['Buffer', 'SlowBuffer', 'transcode', 'isUtf8', 'isAscii', 'kMaxLength', 'kStringMaxLength', 'btoa', 'atob', 'constants', 'INSPECT_MAX_BYTES', 'Blob', 'resolveObjectURL', 'File'];
for (const n of names) console.log(n, n in buffer, typeof buffer[n]);
console.log(buffer.INSPECT_MAX_BYTES, buffer.kStringMaxLength === buffer.constants.MAX_STRING_LENGTH, buffer.kMaxLength === buffer.constants.MAX_LENGTH);
console.log(Object.keys(buffer.constants), buffer.kMaxLength >= 2 ** 32, Number.isSafeInteger(buffer.kMaxLength));
console.log(require('node:buffer') === buffer, require('buffer').Buffer === Buffer);
