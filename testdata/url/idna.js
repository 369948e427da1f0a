const url = require('url');
for (const h of ['http://caf\u00e9.com/', 'http://M\u00dcNCHEN.de/', 'http://\u4f8b\u3048.\u30c6\u30b9\u30c8/', 'http://xn--nxasmq6b.com/', 'http://EXAMPLE.com./']) console.log(new URL(h).host);
for (const d of ['xn--nxasmq6b.com', 'EXAMPLE.com', 'caf\u00e9.com', 'a b', '']) console.log(JSON.stringify([url.domainToASCII(d), url.domainToUnicode(d)]));
try { new URL('http://xn--a.com/'); } catch (e) { console.log(e.code); }
