// Calls on bad descriptors and bad descriptor arguments.
const fs = require('fs');
const { attempt } = require('./fixtures/tmp');

attempt('read', () => fs.readSync(9999, Buffer.alloc(3)));
attempt('write', () => fs.writeSync(9999, 'x'));
attempt('close', () => fs.closeSync(9999));
attempt('fstat', () => fs.fstatSync(9999));
attempt('ftruncate', () => fs.ftruncateSync(9999));
attempt('fsync', () => fs.fsyncSync(9999));
attempt('string fd', () => fs.closeSync('a'));
attempt('negative fd', () => fs.closeSync(-1));
attempt('fractional fd', () => fs.fstatSync(1.5));
attempt('huge fd', () => fs.readSync(2 ** 31, Buffer.alloc(1)));
attempt('no buffer', () => fs.readSync(0, 'x'));
attempt('bad offset', () => fs.readSync(0, Buffer.alloc(2), 5, 1, 0));
attempt('bad length', () => fs.readSync(0, Buffer.alloc(2), 0, 9, 0));
attempt('negative length', () => fs.readSync(0, Buffer.alloc(2), 0, -1, 0));
attempt('write bad data', () => fs.writeSync(1, 42));
fs.close(9999, (e) => {
  console.log('close callback', e.code, e.syscall);
  fs.fstat(9999, (e2) => console.log('fstat callback', e2.code, e2.syscall));
});
