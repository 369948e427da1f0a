'use strict';
// Express's hello world: the router, middleware chain and res.send() of a framework on
// top of node:http. Express comes from $BENCH_DEPS (installed by tools/bench/run from the
// npm registry, outside the repository). Binds 127.0.0.1:$PORT, prints "listening <port>".
const path = require('path');
const express = require(path.join(process.env.BENCH_DEPS || '.', 'node_modules', 'express'));

const app = express();
app.get('/', (req, res) => {
  res.send('Hello World!');
});
const server = app.listen(Number(process.env.PORT || 0), '127.0.0.1', () => {
  console.log('listening ' + server.address().port);
});
