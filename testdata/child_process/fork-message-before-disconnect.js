// A child that sends and ends at once: the parent gets the message while the channel is
// still connected, and 'disconnect' only after it (the end of the channel must not
// overtake a message read before it).
'use strict';
const { fork } = require('child_process');
if (process.argv[2] === 'child') {
  process.send({ n: Number(process.argv[3]) });
  return;
}
let round = 0;
function next() {
  if (++round > 5) return;
  const child = fork(__filename, ['child', String(round)]);
  const events = [];
  child.on('message', (m) => {
    events.push('message ' + m.n + ' connected=' + child.connected);
    child.disconnect();
  });
  child.on('disconnect', () => events.push('disconnect'));
  child.on('error', (e) => events.push('error ' + e.code));
  child.on('exit', (code) => {
    events.push('exit ' + code);
    console.log(events.join(', '));
    next();
  });
}
next();
