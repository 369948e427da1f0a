// Workers SIGKILLed while the round-robin primary hands them connections: the primary
// survives, reports each exit with its signal, and goes on serving through the others.
'use strict';
const cluster = require('cluster');
const http = require('http');

if (cluster.isWorker) {
  http.createServer((req, res) => res.end('ok')).listen(Number(process.env.TEST_PORT), '127.0.0.1');
  return;
}

cluster.schedulingPolicy = cluster.SCHED_RR;
const exits = [];
let port = 0;
let answered = 0;
let kills = 0;
const KILLS = 4;
const CONCURRENCY = 16;

cluster.on('exit', (worker, code, signal) => {
  exits.push(signal || code);
  fork();
});
// Workers that listen and have not been told to die: one is killed only while another
// is there to take over, so the port stays open.
const ready = new Set();
let started = false;
cluster.on('listening', (worker) => {
  ready.add(worker);
  if (!started) {
    started = true;
    for (let i = 0; i < CONCURRENCY; i++) loop();
  }
});
function fork() {
  const w = cluster.fork({ TEST_PORT: String(port) });
  w.on('error', () => {});
}
// Replacement workers must listen where the first did: a port found free by binding 0.
const probe = http.createServer().listen(0, '127.0.0.1', () => {
  port = probe.address().port;
  probe.close(() => {
    fork();
    fork();
  });
});

// Each loop sends requests one after another on new connections until the kills are done;
// a request cut short by a kill is simply sent again.
function loop() {
  if (kills >= KILLS) return finish();
  const req = http.get({ port, host: '127.0.0.1', agent: false }, (res) => {
    res.resume();
    res.on('end', () => {
      answered++;
      if (answered % 50 === 0 && kills < KILLS && ready.size >= 2) {
        const victim = ready.values().next().value;
        ready.delete(victim);
        kills++;
        victim.process.kill('SIGKILL');
      }
      loop();
    });
  });
  req.on('error', () => setTimeout(loop, 5));
}

let finished = false;
function finish() {
  if (finished) return;
  finished = true;
  // The last exit may still be on its way.
  const check = setInterval(() => {
    if (exits.length < KILLS || ready.size < 2) return;
    clearInterval(check);
    http.get({ port, host: '127.0.0.1', agent: false }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (d) => {
        console.log('after the kills the server answers', d);
        console.log('exits', exits.join(' '));
        // The workers go with the primary's IPC channels.
        process.exit(0);
      });
    });
  }, 20);
}
