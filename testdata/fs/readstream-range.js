// start/end (inclusive), highWaterMark and encoding.
const fs = require('fs');
const { p } = require('./fixtures/tmp');

fs.writeFileSync(p('f'), '0123456789abcdefghij');
function collect(options) {
  return new Promise((resolve) => {
    const parts = [];
    fs.createReadStream(p('f'), options)
      .on('data', (c) => parts.push(typeof c === 'string' ? c : c.toString()))
      .on('end', () => resolve(parts));
  });
}
(async () => {
  console.log(await collect({ start: 5 }));
  console.log(await collect({ start: 2, end: 6 }));
  console.log(await collect({ end: 3 }));
  console.log(await collect({ start: 4, end: 4 }));
  console.log(await collect({ highWaterMark: 6 }));
  console.log(await collect({ highWaterMark: 4, start: 3, end: 12 }));
  console.log(await collect({ encoding: 'hex', end: 2 }));
  console.log(await collect('base64'));
  console.log(await collect({ start: 100 }));
  try {
    fs.createReadStream(p('f'), { start: 5, end: 2 });
  } catch (e) {
    console.log(e.code, e.message);
  }
  try {
    fs.createReadStream(p('f'), { start: -1 });
  } catch (e) {
    console.log(e.code, e.message);
  }
  try {
    fs.createReadStream(p('f'), { end: 'x' });
  } catch (e) {
    console.log(e.code, e.message);
  }
})();
