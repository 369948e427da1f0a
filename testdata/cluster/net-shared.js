// SCHED_NONE: each worker accepts on the listening socket the primary sent it. A worker
// closing its server does not stop the other one.
'use strict';
const cluster = require('cluster');
const net = require('net');

if (cluster.isPrimary) {
  cluster.schedulingPolicy = cluster.SCHED_NONE;
  let listening = 0;
  let port;
  cluster.on('listening', (worker, address) => {
    port = address.port;
    if (++listening === 2) talk();
  });
  const exits = [];
  cluster.on('exit', (worker, code, signal) => {
    exits.push(`${worker.id}:${code}:${signal}:${worker.exitedAfterDisconnect}`);
    if (exits.length === 2) console.log('exits', exits.sort().join(' '));
  });
  cluster.fork();
  cluster.fork();

  function echo(text) {
    return new Promise((resolve, reject) => {
      const c = net.connect(port, '127.0.0.1');
      let got = '';
      c.setEncoding('utf8');
      c.on('data', (d) => { got += d; });
      c.on('end', () => resolve(got));
      c.on('error', reject);
      c.end(text);
    });
  }
  async function talk() {
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push((await echo('hi' + i)).replace(/^\d /, 'W '));
    console.log(answers.join(', '));
    // Worker 1 closes its server; worker 2 still answers on the same port.
    cluster.workers[1].send('close');
    cluster.workers[1].once('message', async (msg) => {
      console.log('worker 1 says', msg);
      const after = [];
      for (let i = 0; i < 3; i++) after.push(await echo('again' + i));
      console.log(after.join(', '));
      cluster.disconnect();
    });
  }
} else {
  const server = net.createServer((socket) => {
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (d) => { text += d; });
    socket.on('end', () => socket.end(`${cluster.worker.id} ${text.toUpperCase()}`));
  });
  server.listen(0, '127.0.0.1');
  process.on('message', (msg) => {
    if (msg === 'close') server.close(() => process.send('closed ' + server.listening));
  });
}
