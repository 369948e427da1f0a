// The socket of an 'upgrade' or 'connect' listener. In Node the listener owns the raw
// connection and writes the response head itself; here hyper owns the connection until
// it has sent an answer, so the socket reads what the listener writes until the head is
// complete, hands that head to hyper (op_http_upgrade) and, for a protocol switch, becomes
// an ordinary net.Socket over the connection once hyper lets go of it (op_http_upgraded).
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;
  const net = require('net');
  const { Buffer } = require('buffer');

  const END_OF_HEAD = Buffer.from('\r\n\r\n');
  const STATUS_LINE = /^HTTP\/1\.[01] (\d{3})(?: (.*))?$/;

  // Phases of the socket.
  const HEAD = 0; // collecting the response head the listener writes
  const SWITCHING = 1; // the 101 is with hyper; waiting for the connection
  const OPEN = 2; // a plain socket over the connection
  const ANSWERED = 3; // an ordinary response went out; the connection closes after it

  // `HTTP/1.1 101 Switching Protocols\r\nName: value\r\n...` -> {status, reason, headers
  // (flat [name, value, ...]), contentLength (-1 if none)}, or null if it is not a head.
  function parseHead(text) {
    const lines = text.split('\r\n');
    const m = STATUS_LINE.exec(lines[0]);
    if (m === null) return null;
    const headers = [];
    let contentLength = -1;
    for (let i = 1; i < lines.length; i++) {
      const colon = lines[i].indexOf(':');
      if (colon <= 0) return null;
      const name = lines[i].slice(0, colon).trim();
      const value = lines[i].slice(colon + 1).trim();
      if (name.toLowerCase() === 'content-length') contentLength = Number(value);
      headers.push(name, value);
    }
    return { status: Number(m[1]), reason: m[2] || '', headers, contentLength };
  }

  function upgradeSocket(req, isConnect) {
    const id = req._id;
    const facts = ops.op_http_request_socket(id);
    const connId = facts === null ? -1 : facts[0];
    if (connId !== -1) {
      // Forgets the connection in Rust once it has left hyper or ended.
      core.unrefOpPromise(ops.op_http_connection_closed(connId));
    }
    const socket = new net.Socket();
    socket._info = facts;
    const base = { write: socket._write, final: socket._final, destroy: socket._destroy };
    let phase = HEAD;
    let written = null;
    let finalWaiting = null;

    function dropConnection() {
      if (connId !== -1) ops.op_http_connection_destroy(connId);
    }

    function switchTo(rid, rest, cb) {
      ops.op_http_upgraded(rid).then((upgraded) => {
        const info = upgraded[0];
        if (socket.destroyed) {
          core.tryClose(info[0]);
          return;
        }
        socket._rid = info[0];
        socket._info = info;
        phase = OPEN;
        const early = upgraded[1];
        if (early !== null) socket.push(Buffer.from(early.buffer, early.byteOffset, early.length));
        if (rest.length > 0) base.write.call(socket, rest, 'buffer', cb);
        else cb();
        if (finalWaiting !== null) {
          const f = finalWaiting;
          finalWaiting = null;
          base.final.call(socket, f);
        }
        // A read asked for before the switch is still pending in the Readable.
        if (socket._readWanted) {
          socket._readWanted = false;
          socket._read();
        }
      }, (err) => {
        cb(err);
      });
    }

    socket._write = function _write(chunk, encoding, cb) {
      if (phase === OPEN) return base.write.call(this, chunk, encoding, cb);
      if (phase === ANSWERED) {
        // The answer is out and the connection closes after it: as on a socket the
        // peer has left, the bytes go nowhere.
        cb();
        return;
      }
      written = written === null ? chunk : Buffer.concat([written, chunk]);
      const end = written.indexOf(END_OF_HEAD);
      if (end === -1) {
        cb();
        return;
      }
      const head = parseHead(written.toString('latin1', 0, end));
      if (head === null) {
        // Not an HTTP response: the client could not read it either.
        cb();
        this.destroy();
        return;
      }
      let rest = written.subarray(end + END_OF_HEAD.length);
      const switching = head.status === 101 || (isConnect && head.status >= 200 && head.status < 300);
      if (!switching) {
        if (head.contentLength > rest.length) {
          cb(); // the body is still coming
          return;
        }
        if (head.contentLength >= 0) rest = rest.subarray(0, head.contentLength);
        phase = ANSWERED;
        written = null;
        ops.op_http_upgrade(id, head.status, head.reason, head.headers, rest, false);
        cb();
        return;
      }
      phase = SWITCHING;
      written = null;
      let rid;
      try {
        rid = ops.op_http_upgrade(id, head.status, head.reason, head.headers, null, true);
      } catch (err) {
        cb(err);
        return;
      }
      // The write completes once the socket is open, so later writes wait for it.
      switchTo(rid, rest, cb);
    };

    socket._final = function _final(cb) {
      if (phase === OPEN) return base.final.call(this, cb);
      if (phase === SWITCHING) {
        finalWaiting = cb;
        return;
      }
      // Ended without a complete answer: the client gets nothing more.
      if (phase === HEAD) dropConnection();
      cb();
    };

    socket._destroy = function _destroy(err, cb) {
      if (phase === HEAD) dropConnection();
      base.destroy.call(this, err, cb);
    };

    return socket;
  }

  return { upgradeSocket };
})();
