// An exception thrown in an fs callback is an uncaught exception, not a rejection.
const fs = require('fs');
const { p } = require('./fixtures/tmp');

let seen = 0;
process.on('uncaughtException', (e) => {
  console.log('uncaught', e.message);
  if (++seen === 1) {
    fs.stat(p('nope'), (err) => {
      throw new Error('from the error callback ' + err.code);
    });
  }
});
process.on('unhandledRejection', () => console.log('rejection (unexpected)'));
fs.writeFile(p('f'), 'x', () => {
  throw new Error('from the callback');
});
