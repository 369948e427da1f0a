'use strict';
// fork(): messages both ways over the IPC channel, disconnect, exit codes, crashes, options.
const { fork } = require('child_process');
const path = require('path');
const os = require('os');

const fixture = (name) => path.join(__dirname, 'fixtures', name);

function waitClose(child) {
  return new Promise((resolve) => child.on('close', (code, signal) => resolve([code, signal])));
}

(async () => {
  // Messages both ways, then the child disconnects.
  {
    const child = fork(fixture('echo-child.js'), ['one', 'two'], { env: { ...process.env, CP_CUSTOM: 'custom' } });
    console.log('connected right after fork:', child.connected, 'send is', typeof child.send, 'channel', typeof child.channel);
    const got = [];
    child.on('message', (msg) => {
      got.push(msg);
      if (msg.ready) {
        console.log('ready:', JSON.stringify(msg));
        child.send('hello');
        child.send({ nested: { list: [1, 'two', null, true], text: 'line\nbreak "quoted" ünï' } });
        child.send(42);
        child.send([1, 2, 3], (err) => console.log('send callback, error:', err));
        child.send('disconnect');
      } else {
        console.log('parent got:', JSON.stringify(msg));
      }
    });
    const events = [];
    child.on('disconnect', () => {
      events.push('disconnect');
      console.log('parent: disconnect, connected =', child.connected);
    });
    child.on('exit', (code, signal) => events.push('exit ' + code + ' ' + signal));
    const [code, signal] = await waitClose(child);
    console.log('close', code, signal, 'after', events.sort().join(', '));
    console.log('send after disconnect returns', child.send('late', (err) => console.log('late send:', err.code, err.message)));
    await new Promise((r) => setImmediate(r));
  }
  // The parent disconnects: the child sees 'disconnect' and, with nothing left, exits.
  {
    const child = fork(fixture('echo-child.js'));
    await new Promise((resolve) => child.once('message', resolve));
    child.disconnect();
    console.log('after disconnect(): connected', child.connected);
    child.on('error', (err) => console.log('second disconnect:', err.code, err.message));
    child.on('close', () => console.log('close (Node does not emit it after our own disconnect)'));
    child.disconnect();
    console.log('exit after our disconnect:', JSON.stringify(await new Promise((r) => child.on('exit', (c, s) => r([c, s])))));
  }
  // Exit codes.
  for (const code of [0, 3, 255]) {
    const child = fork(fixture('exit-child.js'), [String(code)]);
    console.log('exit-child', code, '->', JSON.stringify(await waitClose(child)));
  }
  {
    const child = fork(fixture('echo-child.js'));
    await new Promise((resolve) => child.once('message', resolve));
    child.send({ exit: 7 });
    console.log('process.exit(7) in child ->', JSON.stringify(await waitClose(child)));
  }
  // A child that throws: exit code 1, the parent carries on.
  {
    const child = fork(fixture('crash-child.js'), { silent: true });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    console.log('crash ->', JSON.stringify(await waitClose(child)));
    console.log('  its stdout:', JSON.stringify(out));
    console.log('  its stderr mentions the error:', err.includes('Error: boom from the child'));
  }
  {
    const child = fork(fixture('echo-child.js'), { stdio: 'pipe' });
    await new Promise((resolve) => child.once('message', resolve));
    child.send({ throw: true });
    console.log('throw in message handler ->', JSON.stringify(await waitClose(child)));
  }
  // Killed.
  {
    const child = fork(fixture('echo-child.js'));
    await new Promise((resolve) => child.once('message', resolve));
    console.log('kill:', child.kill('SIGKILL'));
    console.log('killed child ->', JSON.stringify(await waitClose(child)), child.connected);
  }
  // A child without 'message' listeners exits by itself.
  {
    const child = fork(fixture('quiet-child.js'));
    child.on('message', (m) => console.log('quiet child says', JSON.stringify(m)));
    console.log('quiet child ->', JSON.stringify(await waitClose(child)));
  }
  // Options: cwd, execArgv, execPath; the stdio array must have 'ipc'.
  {
    const child = fork(fixture('echo-child.js'), [], { cwd: os.tmpdir(), execArgv: [] });
    const msg = await new Promise((resolve) => child.once('message', resolve));
    console.log('cwd option:', msg.cwdIsTmp, 'execArgv:', msg.execArgvLen, 'spawnfile is execPath:', child.spawnfile === process.execPath);
    child.kill();
    await waitClose(child);
  }
  try {
    fork(fixture('echo-child.js'), { stdio: ['pipe', 'pipe', 'pipe'] });
  } catch (err) {
    console.log(err.code, err.message);
  }
  try {
    fork(fixture('echo-child.js'), { stdio: 'bogus' });
  } catch (err) {
    console.log(err.code, err.message);
  }
  const child = fork(fixture('echo-child.js'), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  await new Promise((resolve) => child.once('message', resolve));
  for (const bad of [undefined, Symbol('s'), () => {}]) {
    try {
      child.send(bad);
    } catch (err) {
      console.log(err.code, err.message);
    }
  }
  child.kill();
  await waitClose(child);
  console.log('done');
})();
