'use strict';
// spawn() with pipes: output, exit codes, stdin to cat, event order (exit before close).
const { spawn, ChildProcess } = require('child_process');
const EventEmitter = require('events');

function run(cmd, args, input) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args);
    const events = [];
    let out = '';
    let err = '';
    console.log(cmd, 'is ChildProcess:', child instanceof ChildProcess, child instanceof EventEmitter,
      'pid is number:', typeof child.pid === 'number', 'stdio:', child.stdio.length,
      child.stdin === child.stdio[0], child.stdout === child.stdio[1], child.stderr === child.stdio[2]);
    child.on('spawn', () => events.push('spawn'));
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.stdout.on('end', () => events.push('stdout end'));
    child.on('exit', (code, signal) => {
      events.push('exit ' + code + ' ' + signal);
      console.log('  exitCode', child.exitCode, 'signalCode', child.signalCode, 'killed', child.killed);
    });
    child.on('close', (code, signal) => {
      events.push('close ' + code + ' ' + signal);
      console.log('  out', JSON.stringify(out), 'err', JSON.stringify(err));
      console.log('  events', events.filter((e) => e !== 'stdout end').join(', '), '| saw stdout end:', events.includes('stdout end'));
      resolve();
    });
    if (input !== undefined) {
      for (const chunk of input) child.stdin.write(chunk);
      child.stdin.end();
    }
  });
}

(async () => {
  await run('echo', ['hello', 'world']);
  await run('sh', ['-c', 'echo to-out; echo to-err 1>&2; exit 7']);
  await run('sh', ['-c', 'exit 0']);
  await run('cat', [], ['line one\n', Buffer.from('line two\n'), 'ünïcödé\n']);
  await run('sh', ['-c', 'read a; read b; echo "got $b and $a"'], ['first\nsecond\n']);
  // A large amount through cat: backpressure both ways.
  await new Promise((resolve) => {
    const child = spawn('cat');
    let total = 0;
    child.stdout.on('data', (d) => { total += d.length; });
    child.on('close', (code) => {
      console.log('cat big: code', code, 'bytes', total);
      resolve();
    });
    const chunk = Buffer.alloc(65536, 'x');
    let i = 0;
    let falseSeen = false;
    (function write() {
      while (i < 64) {
        i++;
        if (!child.stdin.write(chunk)) {
          falseSeen = true;
          child.stdin.once('drain', write);
          return;
        }
      }
      console.log('write() returned false at some point:', falseSeen);
      child.stdin.end();
    })();
  });
  // stdin 'close' after end(), and 'finish'.
  await new Promise((resolve) => {
    const child = spawn('cat');
    child.stdin.on('finish', () => console.log('stdin finish'));
    child.stdin.on('close', () => console.log('stdin close'));
    child.stdout.resume();
    child.on('close', () => resolve());
    child.stdin.end('x');
  });
  // Nobody reads stdout: 'close' still comes.
  await new Promise((resolve) => {
    const child = spawn('sh', ['-c', 'echo unread']);
    child.on('close', (code) => {
      console.log('unread output, close', code);
      resolve();
    });
  });
})();
