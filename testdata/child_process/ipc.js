'use strict';
// More of the channel: spawn() with 'ipc' in stdio, channel.unref() in the child, a socket
// sent to a child, ref/unref of the child itself.
const { spawn, fork } = require('child_process');
const net = require('net');
const path = require('path');

const fixture = (name) => path.join(__dirname, 'fixtures', name);
const closed = (child) => new Promise((resolve) => child.on('close', (code, signal) => resolve([code, signal])));
const exited = (child) => new Promise((resolve) => child.on('exit', (code, signal) => resolve([code, signal])));

(async () => {
  {
    const child = spawn(process.execPath, [fixture('plain-ipc-child.js')], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
    console.log('spawn with ipc: connected', child.connected, 'stdio length', child.stdio.length, child.stdio[3]);
    child.send({ hi: 'there' });
    const msg = await new Promise((resolve) => child.once('message', resolve));
    console.log('reply:', JSON.stringify(msg));
    console.log('closed', JSON.stringify(await closed(child)));
  }
  {
    const child = fork(fixture('unref-child.js'));
    child.on('message', (m) => console.log('message:', m));
    console.log('unref child ->', JSON.stringify(await closed(child)));
  }
  {
    const results = [];
    const server = net.createServer((socket) => {
      const child = fork(fixture('handle-child.js'), ['A']);
      child.send({ greet: 'a socket' }, socket, (err) => results.push('send callback error: ' + err));
      child.on('exit', (code) => results.push('handle child exit ' + code));
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const text = await new Promise((resolve) => {
      const client = net.connect(server.address().port, '127.0.0.1');
      let got = '';
      client.setEncoding('utf8');
      client.on('data', (d) => { got += d; });
      client.on('end', () => resolve(got));
    });
    console.log('client read:', JSON.stringify(text));
    await new Promise((resolve) => setTimeout(resolve, 200));
    server.close();
    console.log(results.sort().join('\n'));
  }
  {
    // An unref'd child does not hold us; ref() takes that back.
    const child = spawn('sleep', ['0.3'], { stdio: 'ignore' });
    child.unref();
    child.ref();
    console.log('ref again ->', JSON.stringify(await exited(child)));
    const late = spawn('sleep', ['3'], { stdio: 'ignore' });
    late.on('exit', () => console.log('never printed: we do not wait for an unref\'d child'));
    late.unref();
    console.log('main done');
  }
})();
