// node:https and node:tls load (packages require them for their TLS paths); their Agent
// and constants are Node's.
const https = require('https');
const tls = require('tls');
const http = require('http');
console.log(Object.keys(https).sort().join());
const a = new https.Agent({ keepAlive: true });
console.log(a instanceof http.Agent, a.defaultPort, a.protocol, a.keepAlive, a.options.defaultPort);
console.log(https.globalAgent.defaultPort, https.globalAgent.protocol, https.globalAgent.keepAlive, https.globalAgent.options.timeout);
console.log(tls.DEFAULT_MIN_VERSION, tls.DEFAULT_MAX_VERSION, tls.DEFAULT_ECDH_CURVE, tls.CLIENT_RENEG_LIMIT, tls.CLIENT_RENEG_WINDOW);
console.log(tls.DEFAULT_CIPHERS.split(':').length, typeof tls.connect, typeof tls.createServer, typeof tls.TLSSocket);
