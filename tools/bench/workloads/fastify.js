'use strict';
// Fastify's hello world: a route answering a JSON object, through fastify's router,
// hooks and JSON serializer on top of node:http. Fastify comes from $BENCH_DEPS
// (installed by tools/bench/run from the npm registry, outside the repository). Binds
// 127.0.0.1:$PORT, prints "listening <port>".
const path = require('path');
const fastify = require(path.join(process.env.BENCH_DEPS || '.', 'node_modules', 'fastify'))();

fastify.get('/', async () => ({ hello: 'world' }));
fastify.listen({ port: Number(process.env.PORT || 0), host: '127.0.0.1' }).then(() => {
  console.log('listening ' + fastify.server.address().port);
});
