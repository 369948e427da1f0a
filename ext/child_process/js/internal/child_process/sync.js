// internal/child_process/sync -- spawnSync, execSync, execFileSync: the op blocks the JS
// thread until the child has ended and its pipes are drained (this is what they are for).
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;
  const errors = require('internal/errors');
  const { codes } = errors;

  // Shared argument handling, handed over by node:child_process.
  let h;
  function init(helpers) {
    h = helpers;
  }

  const EMPTY = new Uint8Array(0);

  function spawnSync(file, args, options) {
    const opts = h.normalizeSpawnArguments(file, args, options);
    const o = opts.options;
    h.validateTimeout(o.timeout);
    const maxBuffer = o.maxBuffer === undefined ? 1024 * 1024 : o.maxBuffer;
    h.validateMaxBuffer(maxBuffer);
    const killSignal = o.killSignal === undefined || o.killSignal === null ? 15 : h.toSignal(o.killSignal, 'options.killSignal');
    const stdio = o.stdio === undefined || o.stdio === null ? 'pipe' : o.stdio;
    const valid = h.validStdio(stdio, true);
    for (let i = 3; i < valid.slots.length; i++) {
      if (valid.slots[i] !== -2) throw new codes.ERR_NOT_IMPLEMENTED('spawnSync() with stdio past fd 2');
    }
    const Buffer = require('buffer').Buffer;
    let input = o.input;
    if (input === undefined && Array.isArray(stdio) && (ArrayBuffer.isView(stdio[0]) || typeof stdio[0] === 'string')) input = stdio[0];
    let bytes = EMPTY;
    if (input !== undefined && input !== null) {
      if (typeof input === 'string') {
        bytes = Buffer.from(input, o.encoding && o.encoding !== 'buffer' ? o.encoding : 'utf8');
      } else if (ArrayBuffer.isView(input)) {
        bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
      } else {
        throw new codes.ERR_INVALID_ARG_TYPE('options.stdio[0]', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
      }
    }
    const r = ops.op_cp_spawn_sync({
      file: opts.file,
      args: opts.args,
      cwd: opts.cwd === undefined ? null : opts.cwd,
      env: opts.envPairs,
      extraEnv: [],
      stdio: valid.slots,
      detached: opts.detached,
      uid: opts.uid,
      gid: opts.gid,
    }, {
      timeout: o.timeout > 0 ? o.timeout : 0,
      killSignal,
      maxBuffer: maxBuffer === Infinity ? 0 : maxBuffer,
      hasInput: bytes.length > 0,
    }, bytes);
    for (let i = 0; i < valid.close.length; i++) ops.op_cp_close_fd(valid.close[i]);

    const result = {};
    const started = r.pid !== 0;
    if (r.err !== 0) result.error = r.err;
    result.status = started && r.signal === null ? r.status : null;
    result.signal = r.signal === null ? null : h.signalName(r.signal);
    let output = null;
    if (started) {
      output = new Array(valid.slots.length).fill(null);
      const wrap = (b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);
      if (r.stdout !== null && output.length > 1) output[1] = wrap(r.stdout);
      if (r.stderr !== null && output.length > 2) output[2] = wrap(r.stderr);
      if (o.encoding && o.encoding !== 'buffer') {
        for (let i = 0; i < output.length; i++) {
          if (output[i] !== null) output[i] = output[i].toString(o.encoding);
        }
      }
    }
    result.output = output;
    result.pid = r.pid;
    result.stdout = output === null ? undefined : output[1];
    result.stderr = output === null ? undefined : output[2];
    if (r.err !== 0) {
      const err = h.errnoException(r.err, 'spawnSync ' + opts.file);
      err.path = opts.file;
      err.spawnargs = opts.args.slice(1);
      result.error = err;
    }
    return result;
  }

  function checkExecSyncError(ret, args, cmd) {
    let err;
    if (ret.error) {
      err = ret.error;
      Object.assign(err, ret);
    } else if (ret.status !== 0) {
      let msg = 'Command failed: ';
      msg += cmd || args.join(' ');
      if (ret.stderr && ret.stderr.length > 0) msg += '\n' + ret.stderr.toString();
      err = errors.genericNodeError(msg, ret);
    }
    return err;
  }

  function execFileSync(file, args, options) {
    const n = h.normalizeExecFileArgs(file, args, options);
    const inheritStderr = !n.options.stdio;
    const ret = spawnSync(n.file, n.args, n.options);
    if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
    const errArgs = [n.options.argv0 || n.file].concat(n.args);
    const err = checkExecSyncError(ret, errArgs);
    if (err) throw err;
    return ret.stdout;
  }

  function execSync(command, options) {
    const n = h.normalizeExecArgs(command, options, null);
    const inheritStderr = !n.options.stdio;
    const ret = spawnSync(n.file, n.options);
    if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
    const err = checkExecSyncError(ret, undefined, command);
    if (err) throw err;
    return ret.stdout;
  }

  return { init, spawnSync, execSync, execFileSync };
})();
