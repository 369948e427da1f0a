// readline over streams: line endings (\n, \r\n, \r, and a \r\n split across chunks),
// the last line without an ending, events, question(), write(), for await, promises.
'use strict';
const readline = require('readline');
const { PassThrough } = require('stream');
const fs = require('fs');
const os = require('os');
const path = require('path');

async function main() {
  // Events over a PassThrough fed in pieces.
  const input = new PassThrough();
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  const lines = [];
  rl.on('line', (line) => lines.push(JSON.stringify(line)));
  for (const e of ['pause', 'resume', 'close']) rl.on(e, () => lines.push('<' + e + '>'));
  input.write('one\ntwo\r\nthr');
  input.write('ee\rfour\r');
  input.write('\nfive\n\nsix');
  await new Promise((r) => setImmediate(r));
  lines.push('before end');
  input.end('!');
  await new Promise((r) => rl.once('close', r));
  console.log(lines.join(' '));
  console.log('closed', rl.closed, rl.terminal, rl.getPrompt());

  // question(), prompts and write() to a non-terminal output.
  const qin = new PassThrough();
  const qout = new PassThrough();
  let written = '';
  qout.on('data', (d) => { written += d; });
  const q = readline.createInterface(qin, qout);
  q.setPrompt('$ ');
  q.question('name? ', (answer) => {
    console.log('answer', JSON.stringify(answer), JSON.stringify(q.getPrompt()));
    q.prompt();
    q.write('typed line\n');
  });
  q.on('line', (line) => {
    console.log('line', JSON.stringify(line));
    q.close();
  });
  qin.write('Ada\n');
  await new Promise((r) => q.once('close', r));
  console.log('output', JSON.stringify(written));
  try {
    q.question('again?', () => {});
  } catch (err) {
    console.log(err.code, err.message);
  }

  // for await over a file.
  const file = path.join(os.tmpdir(), `nodus-readline-${process.pid}.txt`);
  const many = [];
  for (let i = 0; i < 3000; i++) many.push(`line ${i}`);
  fs.writeFileSync(file, many.join('\n') + '\n');
  const fileRl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  let count = 0;
  let last = '';
  for await (const line of fileRl) {
    count++;
    last = line;
  }
  console.log('file lines', count, last);
  // break closes the interface
  const early = readline.createInterface({ input: fs.createReadStream(file) });
  for await (const line of early) {
    console.log('first', line);
    break;
  }
  console.log('closed after break', early.closed);
  fs.unlinkSync(file);

  // readline/promises
  const rp = require('readline/promises');
  const pin = new PassThrough();
  const p = rp.createInterface({ input: pin, output: new PassThrough() });
  setTimeout(() => pin.write('42\n'), 5);
  console.log('promise answer', await p.question('n? '));
  p.close();
  console.log(typeof readline.cursorTo, readline.promises === rp);
  const sink = new PassThrough();
  let esc = '';
  sink.on('data', (d) => { esc += d; });
  readline.cursorTo(sink, 3);
  readline.cursorTo(sink, 1, 2);
  readline.moveCursor(sink, -2, 1);
  readline.clearLine(sink, 0);
  readline.clearScreenDown(sink);
  await new Promise((r) => setImmediate(r));
  console.log(JSON.stringify(esc));
}
main();
