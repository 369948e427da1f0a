'use strict';
// Many messages at once and messages larger than the socket buffer: all arrive, in order,
// both ways (the channel queues what the socket does not take and splits reads by line).
const { fork } = require('child_process');
const path = require('path');

const child = fork(path.join(__dirname, 'fixtures', 'bulk-child.js'));
const N = 2000;
const big = 'x'.repeat(3 * 1024 * 1024) + 'ü\n"end"';
let next = 0;
let bigBack = false;
let callbacks = 0;
child.on('message', (msg) => {
  if (typeof msg === 'number') {
    if (msg !== next) console.log('out of order:', msg, 'wanted', next);
    next++;
    return;
  }
  if (typeof msg === 'string') {
    bigBack = msg === big;
    console.log('big message back intact:', bigBack, 'after', next, 'numbers');
    child.send('count');
    return;
  }
  console.log('child saw', msg.seen, 'messages; we got', next, 'numbers; callbacks', callbacks);
  child.disconnect();
});
for (let i = 0; i < N; i++) {
  const r = child.send(i, () => { callbacks++; });
  if (typeof r !== 'boolean') console.log('send returned', r);
}
child.send(big, (err) => console.log('big send callback:', err));
child.on('exit', (code, signal) => console.log('exit', code, signal));
