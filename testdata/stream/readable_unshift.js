// unshift() puts data back; push after EOF and unshift after end error out.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);

const r = new Readable({ read() {} });
r.push('header:body');
r.push(null);
r.once('readable', () => {
  const all = r.read().toString();
  const i = all.indexOf(':');
  log('header', all.slice(0, i));
  r.unshift(Buffer.from(all.slice(i + 1)));
  log('length after unshift', r.readableLength);
  r.on('data', (d) => log('rest', d.toString()));
});
r.on('end', () => {
  log('end');
  r.on('error', (e) => log('unshift error', e.code, e.message));
  r.unshift('late');
});

const p = new Readable({ read() {} });
p.on('error', (e) => log('push error', e.code, e.message));
p.on('close', () => log('p close', p.destroyed));
p.push('x');
p.push(null);
p.push('y');
log('after push after EOF');
