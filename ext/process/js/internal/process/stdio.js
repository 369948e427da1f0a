// process.stdout / stderr / stdin: stdio as streams. Writes are synchronous, as Node's are
// for files and TTYs, so output is complete and ordered even when the process exits.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;

  function createWritable(fd) {
    const { Writable } = require('stream');
    const stream = new Writable({
      decodeStrings: false,
      write(chunk, encoding, callback) {
        try {
          if (typeof chunk === 'string') {
            if (encoding === 'utf8' || encoding === 'utf-8' || encoding === 'buffer' || !encoding) {
              ops.op_nodus_write_str(fd, chunk);
            } else {
              ops.op_nodus_write_bytes(fd, require('buffer').Buffer.from(chunk, encoding));
            }
          } else {
            ops.op_nodus_write_bytes(fd, chunk);
          }
        } catch (err) {
          callback(err);
          return;
        }
        callback();
      },
    });
    const tty = ops.op_process_isatty(fd);
    stream.fd = fd;
    stream._type = tty ? 'tty' : 'pipe';
    stream._isStdio = true;
    stream.isTTY = tty || undefined;
    if (tty) {
      const size = ops.op_process_tty_size(fd);
      stream.columns = size[0];
      stream.rows = size[1];
      // On a terminal, a tty.WriteStream (colour depth, size, cursor control), as in Node.
      Object.setPrototypeOf(stream, require('tty').WriteStream.prototype);
    }
    // Closing stdio would lose later console output; Node keeps the fd open too.
    stream.destroySoon = stream.destroy;
    stream._destroy = function (err, cb) {
      cb(err);
    };
    return stream;
  }

  function createReadable(fd) {
    const { Readable } = require('stream');
    let reading = false;
    const stream = new Readable({
      highWaterMark: 65536,
      read() {
        if (reading) return;
        reading = true;
        const promise = ops.op_process_stdin_read();
        promise.then(
          (chunk) => {
            reading = false;
            if (chunk.length === 0) stream.push(null);
            else stream.push(require('buffer').Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          },
          (err) => {
            reading = false;
            stream.destroy(err);
          },
        );
      },
    });
    stream.fd = fd;
    stream.isTTY = ops.op_process_isatty(fd) || undefined;
    stream.setRawMode = function () {
      throw new (require('internal/errors').codes.ERR_NOT_IMPLEMENTED)('process.stdin.setRawMode');
    };
    return stream;
  }

  return { createWritable, createReadable };
})();
