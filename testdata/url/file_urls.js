const url = require('url');
for (const p of ['/a/b', '/a b/c%d?e#f', '/trail/', '/\u00e9\\x', '/tab\tx']) console.log(url.pathToFileURL(p).href);
console.log(url.pathToFileURL('C:\\a b\\c', { windows: true }).href, url.pathToFileURL('\\\\srv\\share\\f', { windows: true }).href);
for (const u of ['file:///a/b%20c', 'file:///%E2%82%AC', new URL('file:///x/y')]) console.log(url.fileURLToPath(u));
console.log(url.fileURLToPath('file:///C:/x/y', { windows: true }), url.fileURLToPath('file://srv/share/f', { windows: true }));
for (const bad of ['http://x/', 'file://host/x', 'file:///a%2Fb', 5]) { try { url.fileURLToPath(bad); } catch (e) { console.log(e.code, e.message); } }
console.log(url.pathToFileURL('rel').href === 'file://' + process.cwd() + '/rel');
console.log(JSON.stringify(url.urlToHttpOptions(new URL('https://a%20b:p@[::1]:8443/x?y#z'))));
