// Expect: 100-continue with and without 'checkContinue', other expectations (417 and
// 'checkExpectation'), and cork()/uncork() batching writes of a streamed response.
const http = require('http');
const net = require('net');

function raw(port, request, waitFor100) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let got = '';
    let sentBody = false;
    c.setEncoding('latin1');
    c.on('connect', () => {
      c.write(request.head);
      if (!waitFor100) c.write(request.body || '');
    });
    c.on('data', (d) => {
      got += d;
      if (waitFor100 && !sentBody && got.includes('100 Continue\r\n\r\n')) {
        sentBody = true;
        c.write(request.body);
      }
    });
    c.on('close', () => resolve(show(got)));
  });
}
// Status lines and headers without Date and body framing (writeHead() then end(body) is
// chunked in Node and has a Content-Length in nodus), then the body; the chunk sizes of
// a body of several chunks are kept, as they show what cork() batched.
function show(text) {
  const out = [];
  let rest = text;
  while (rest.length > 0) {
    const end = rest.indexOf('\r\n\r\n');
    if (end === -1) break;
    const head = rest.slice(0, end).split('\r\n').filter((l) => !/^(date|content-length|transfer-encoding):/i.test(l));
    const chunked = /\r\ntransfer-encoding: chunked/i.test(rest.slice(0, end));
    rest = rest.slice(end + 4);
    out.push(head.join('|'));
    if (head[0].includes(' 100 ')) continue;
    if (chunked) {
      const sizes = [];
      let body = '';
      for (;;) {
        const nl = rest.indexOf('\r\n');
        const n = parseInt(rest.slice(0, nl), 16);
        rest = rest.slice(nl + 2);
        if (!(n > 0)) break;
        sizes.push(n);
        body += rest.slice(0, n);
        rest = rest.slice(n + 2);
      }
      out.push(`body ${JSON.stringify(body)}` + (sizes.length > 1 ? ` in chunks of ${sizes.join(',')}` : ''));
    } else {
      out.push(`body ${JSON.stringify(rest)}`);
    }
    rest = '';
  }
  return out.join(' / ');
}
const post = (path, expect) => ({
  head: `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nExpect: ${expect}\r\nConnection: close\r\n\r\n`,
  body: 'hello',
});

function readBody(req) {
  return new Promise((resolve) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d) => (body += d));
    req.on('end', () => resolve(body));
  });
}

const plain = http.createServer(async (req, res) => {
  res.end('plain got ' + (await readBody(req)));
});
const checking = http.createServer((req, res) => res.end('request event'));
checking.on('checkContinue', async (req, res) => {
  console.log('checkContinue', req.url, req.headers.expect);
  if (req.url === '/refuse') {
    res.writeHead(403);
    res.end('no body wanted');
    return;
  }
  res.writeContinue();
  res.end('accepted ' + (await readBody(req)));
});
checking.on('checkExpectation', (req, res) => {
  console.log('checkExpectation', req.headers.expect);
  res.writeHead(400);
  res.end('odd expectation');
});
const corking = http.createServer((req, res) => {
  res.cork();
  res.write('a');
  res.write('b');
  res.cork();
  res.write('c');
  res.uncork(); // still corked once
  setTimeout(() => {
    res.uncork(); // 'abc' goes out as one chunk
    res.cork();
    res.write('d');
    res.end('e'); // end() uncorks
  }, 20);
});

const listen = (s) => new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s.address().port)));
(async () => {
  const [p1, p2, p3] = [await listen(plain), await listen(checking), await listen(corking)];
  console.log(await raw(p1, post('/', '100-continue'), true));
  console.log(await raw(p2, post('/ok', '100-continue'), true));
  console.log(await raw(p2, post('/refuse', '100-continue'), false));
  console.log(await raw(p2, post('/', 'something-else'), false));
  console.log(await raw(p1, post('/', 'something-else'), false));
  console.log(await raw(p3, { head: 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n' }, false));
  plain.close();
  checking.close();
  corking.close();
})();
