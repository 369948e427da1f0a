// The bootstrap: builds the builtin registry, installs Node's globals, wires the event
// loop's error and exit paths to `process`, and starts the main module.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const info = ops.op_nodus_boot_info();

  // --- builtin registry: name -> ext: specifier, evaluated once on first use ---------------
  const specs = { __proto__: null };
  const publicBuiltins = [];
  for (let i = 0; i < info.builtins.length; i++) {
    const entry = info.builtins[i];
    specs[entry[0]] = entry[1];
    if (entry[2]) publicBuiltins.push(entry[0]);
  }
  const loaded = { __proto__: null };
  const LOADING = {};
  function requireBuiltin(name) {
    const hit = loaded[name];
    if (hit !== undefined) return hit === LOADING ? undefined : hit;
    const spec = specs[name];
    if (spec === undefined) throw new Error('No such built-in module: ' + name);
    loaded[name] = LOADING;
    let exports;
    try {
      exports = core.loadExtScript(spec);
    } catch (e) {
      delete loaded[name];
      throw e;
    }
    loaded[name] = exports;
    return exports;
  }
  internals.require = requireBuiltin;
  internals.bootInfo = info;
  internals.publicBuiltins = publicBuiltins;
  internals.isPublicBuiltin = (name) => publicBuiltins.indexOf(name) !== -1;

  // --- globals -------------------------------------------------------------------------------
  function defineLazy(name, load, enumerable) {
    Object.defineProperty(globalThis, name, {
      configurable: true,
      enumerable: !!enumerable,
      get() {
        const value = load();
        Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: !!enumerable });
        return value;
      },
      set(value) {
        Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: !!enumerable });
      },
    });
  }
  const { getOptionValue } = requireBuiltin('internal/options');
  const process = requireBuiltin('process');
  Object.defineProperty(globalThis, 'global', { value: globalThis, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(globalThis, 'process', { value: process, writable: true, configurable: true, enumerable: false });
  defineLazy('console', () => requireBuiltin('console'));
  defineLazy('Buffer', () => requireBuiltin('buffer').Buffer);
  const timerNames = ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate'];
  for (let i = 0; i < timerNames.length; i++) {
    const name = timerNames[i];
    defineLazy(name, () => requireBuiltin('timers')[name], true);
  }
  defineLazy('URL', () => requireBuiltin('internal/url').URL);
  defineLazy('URLSearchParams', () => requireBuiltin('internal/url').URLSearchParams);
  defineLazy('TextEncoder', () => requireBuiltin('internal/encoding').TextEncoder);
  defineLazy('TextDecoder', () => requireBuiltin('internal/encoding').TextDecoder);
  defineLazy('AbortController', () => requireBuiltin('internal/abort_controller').AbortController);
  defineLazy('AbortSignal', () => requireBuiltin('internal/abort_controller').AbortSignal);
  defineLazy('EventTarget', () => requireBuiltin('internal/event_target').EventTarget);
  defineLazy('Event', () => requireBuiltin('internal/event_target').Event);
  for (const name of ['MessageChannel', 'MessagePort', 'MessageEvent', 'BroadcastChannel']) {
    defineLazy(name, () => requireBuiltin('internal/worker/io')[name]);
  }
  defineLazy('structuredClone', () => requireBuiltin('internal/structured_clone').structuredClone, true);
  defineLazy('Blob', () => requireBuiltin('buffer').Blob);
  // fetch's classes (ext_http), not enumerable, as in Node; fetch itself is, below.
  defineLazy('Headers', () => requireBuiltin('internal/fetch/headers').Headers);
  defineLazy('Request', () => requireBuiltin('internal/fetch/request').Request);
  defineLazy('Response', () => requireBuiltin('internal/fetch/response').Response);
  defineLazy('FormData', () => requireBuiltin('internal/fetch/formdata').FormData);
  // The WHATWG streams (node:stream/web), not enumerable, as in Node.
  for (const name of ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
    'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController',
    'TransformStream', 'TransformStreamDefaultController', 'WritableStream', 'WritableStreamDefaultWriter',
    'WritableStreamDefaultController', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy',
    'TextEncoderStream', 'TextDecoderStream', 'CompressionStream', 'DecompressionStream']) {
    defineLazy(name, () => requireBuiltin('stream/web')[name]);
  }
  // Ours on every engine (QuickJS's facade has its own, deno_core's V8 has none), so they
  // behave as Node's whichever engine runs.
  defineLazy('DOMException', () => requireBuiltin('internal/dom_exception').DOMException);
  defineLazy('atob', () => requireBuiltin('buffer').atob, true);
  defineLazy('btoa', () => requireBuiltin('buffer').btoa, true);
  defineLazy('performance', () => requireBuiltin('perf_hooks').performance, true);
  defineLazy('fetch', () => requireBuiltin('internal/fetch/fetch').fetch, true);
  defineLazy('crypto', () => requireBuiltin('crypto').webcrypto, true);
  defineLazy('Crypto', () => requireBuiltin('crypto').Crypto);
  defineLazy('SubtleCrypto', () => requireBuiltin('crypto').SubtleCrypto);
  defineLazy('CryptoKey', () => requireBuiltin('crypto').CryptoKey);
  for (const name of ['PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure']) {
    defineLazy(name, () => requireBuiltin('perf_hooks')[name]);
  }
  // Not Node's: engine extras that Node programs do not expect to see.
  // Node's enumerable globals; the engine's own (Intl, WebAssembly) are not enumerable.
  for (const name of ['queueMicrotask', 'global']) {
    const d = Object.getOwnPropertyDescriptor(globalThis, name);
    if (d && d.configurable) Object.defineProperty(globalThis, name, { ...d, enumerable: true });
  }
  for (const name of ['Intl', 'WebAssembly']) {
    const d = Object.getOwnPropertyDescriptor(globalThis, name);
    if (d && d.configurable) Object.defineProperty(globalThis, name, { ...d, enumerable: false });
  }
  defineLazy('navigator', () => requireBuiltin('internal/navigator'), true);
  // The engine's gc() is Node's global only with --expose-gc.
  if (getOptionValue('--expose-gc') !== true) delete globalThis.gc;
  delete globalThis.Temporal;
  delete globalThis.ShadowRealm;

  // --- errors that nobody caught ---------------------------------------------------------------
  // Node: an 'uncaughtException' listener takes the error; otherwise print it, run the
  // 'exit' listeners with code 1 and end the process.
  function triggerUncaughtException(err, fromPromise) {
    if (internals.threadExiting === true) return;
    const origin = fromPromise ? 'unhandledRejection' : 'uncaughtException';
    if (process.listenerCount('uncaughtExceptionMonitor') > 0) {
      process.emit('uncaughtExceptionMonitor', err, origin);
    }
    if (process.listenerCount('uncaughtException') > 0) {
      try {
        process.emit('uncaughtException', err, origin);
        return;
      } catch (again) {
        err = again; // a throwing handler is fatal, with its own error
      }
    }
    fatal(err);
  }
  internals.triggerUncaughtException = triggerUncaughtException;

  function fatal(err) {
    if (internals.sendFatalToParent !== undefined) {
      // A worker's uncaught error becomes an 'error' event on its Worker, not a report.
      internals.sendFatalToParent(err);
    } else {
      let text;
      try {
        text = internals.formatFatalError(err);
      } catch (_) {
        text = String(err && err.stack || err);
      }
      ops.op_nodus_write_str(2, text);
    }
    process.exitCode = 1;
    internals.runExit(1);
  }

  // The fatal report Node prints for an uncaught exception (without the source excerpt,
  // which nodus does not keep).
  internals.formatFatalError = function (err) {
    const isError = err !== null && typeof err === 'object' && typeof err.stack === 'string';
    let body;
    if (isError) {
      body = requireBuiltin('util').inspect(err);
    } else {
      body = typeof err === 'string' ? err : requireBuiltin('util').inspect(err);
      body += '\n(Use `node --trace-uncaught ...` to show where the exception was thrown)';
    }
    return body + '\n\nnodus ' + process.versions.nodus + ' (Node.js ' + process.version + ')\n';
  };

  core.setReportExceptionCallback((err) => triggerUncaughtException(err, false));

  // --unhandled-rejections: 'throw' (Node 15+'s default) lets 'unhandledRejection'
  // listeners take it, else it is an uncaught exception (a non-error reason wrapped in
  // ERR_UNHANDLED_REJECTION); 'strict' makes it an uncaught exception first; 'warn' and
  // 'warn-with-error-code' (which also sets exit code 1) print warnings; 'none' is silent.
  const rejectionMode = getOptionValue('--unhandled-rejections') || 'throw';
  let rejectionId = 0;
  function warnUnhandled(reason) {
    rejectionId++;
    const isError = reason !== null && typeof reason === 'object' && typeof reason.stack === 'string';
    process.emitWarning(isError ? reason.stack : requireBuiltin('util').inspect(reason), 'UnhandledPromiseRejectionWarning');
    process.emitWarning('Unhandled promise rejection. This error originated either by throwing inside of an async ' +
      'function without a catch block, or by rejecting a promise which was not handled with .catch(). To terminate ' +
      'the node process on unhandled promise rejection, use the CLI flag `--unhandled-rejections=strict` (see ' +
      'https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). (rejection id: ' + rejectionId + ')',
    'UnhandledPromiseRejectionWarning');
  }
  core.setUnhandledPromiseRejectionHandler((promise, reason) => {
    if (internals.threadExiting === true) return true;
    if (rejectionMode === 'strict') {
      const handled = process.listenerCount('uncaughtException') > 0;
      triggerUncaughtException(reason, true);
      if (handled) process.emit('unhandledRejection', reason, promise);
      return true;
    }
    const listened = process.listenerCount('unhandledRejection') > 0;
    if (listened) process.emit('unhandledRejection', reason, promise);
    if (rejectionMode === 'none' || (listened && rejectionMode !== 'warn')) return true;
    if (rejectionMode === 'warn' || rejectionMode === 'warn-with-error-code') {
      warnUnhandled(reason);
      if (rejectionMode === 'warn-with-error-code' && process.exitCode === undefined) process.exitCode = 1;
      return true;
    }
    let err = reason;
    if (!(reason instanceof Error)) {
      const inspect = requireBuiltin('util').inspect;
      err = new Error(
        'This error originated either by throwing inside of an async function without a catch block, ' +
          'or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "' +
          inspect(reason) + '".',
      );
      err.name = 'UnhandledPromiseRejection';
      err.code = 'ERR_UNHANDLED_REJECTION';
    }
    triggerUncaughtException(err, true);
    return true;
  });

  // --- the end of the loop ---------------------------------------------------------------------
  // Runs the 'exit' listeners once and returns the process's exit code: process.exitCode
  // if set, else `code`; 7 if a listener throws, as in Node.
  function emitExit(code) {
    if (!process._exiting) {
      process._exiting = true;
      try {
        process.emit('exit', code);
      } catch (err) {
        ops.op_nodus_write_str(2, internals.formatFatalError(err));
        return 7;
      }
    }
    const final = process.exitCode === undefined ? code : process.exitCode;
    return (final | 0) & 0xff;
  }
  // Thrown by process.exit() in a worker thread, whose runtime stops at the next turn of
  // its loop: it unwinds the JS that called exit, and the uncaught paths let it pass.
  const threadExit = Object.freeze({ threadExit: true });
  internals.runExit = (code) => {
    ops.op_nodus_exit(emitExit(code));
    internals.threadExiting = true;
    throw threadExit;
  };

  function onBeforeExit() {
    try {
      process.emit('beforeExit', process.exitCode === undefined ? 0 : process.exitCode);
    } catch (err) {
      triggerUncaughtException(err, false);
    }
    return core.eventLoopHasMoreWork();
  }
  const onExit = () => emitExit(process.exitCode === undefined ? 0 : process.exitCode);
  ops.op_nodus_set_lifecycle(onBeforeExit, onExit, (err) => triggerUncaughtException(err, false));

  // --- hide the engine's plumbing and run the program ------------------------------------------
  const cjs = requireBuiltin('internal/modules/cjs');
  Object.defineProperty(globalThis, Symbol.for('nodus.internal.importCjs'), {
    value: cjs.importFromEsm,
    enumerable: false,
  });
  // The op table and the internals leave the global: builtin scripts that load later
  // get them as their `__bootstrap` parameter (deno_core hands every lazily evaluated
  // script the view it captured at start-up), and user code has no path to them.
  // `Deno` is not Node's and goes too.
  delete globalThis.__bootstrap;
  delete globalThis.Deno;

  // Node's options that shape the process before the program runs.
  if (getOptionValue('--no-deprecation') === true) process.noDeprecation = true;
  if (getOptionValue('--throw-deprecation') === true) process.throwDeprecation = true;
  if (getOptionValue('--trace-deprecation') === true) process.traceDeprecation = true;
  if (getOptionValue('--title') !== undefined) process.title = getOptionValue('--title');
  if (getOptionValue('--stack-trace-limit') !== undefined) {
    Error.stackTraceLimit = Number(getOptionValue('--stack-trace-limit'));
  }

  function runProgram() {
    if (getOptionValue('--check') === true && info.mainKind === 'file') {
      cjs.checkSyntax(info.main);
      return undefined;
    }
    if (info.mainKind === 'file') return cjs.runMain(info.main);
    const name = info.mainKind === 'stdin' ? '[stdin]' : '[eval]';
    return cjs.runEval(info.main, info.mainKind === 'print', name, getOptionValue('--input-type'));
  }
  const onFailure = (err) => triggerUncaughtException(err, false);
  try {
    // The extensions' start-up steps (builtins under internal/startup/, in extension
    // order): a forked child opens its IPC channel, a cluster worker joins its primary.
    for (let i = 0; i < info.startup.length; i++) requireBuiltin(info.startup[i]);
    cjs.preload(getOptionValue('--require'));
    const imports = getOptionValue('--import');
    if (imports.length === 0) {
      const running = runProgram();
      if (running !== undefined) running.catch(onFailure);
    } else {
      // --import: each ES module is loaded and evaluated, in order, before the program.
      let chain = Promise.resolve();
      for (let i = 0; i < imports.length; i++) chain = chain.then(() => import(imports[i]));
      chain.then(runProgram).catch(onFailure);
    }
  } catch (err) {
    onFailure(err);
  }
  // As in Node, the ticks and promise jobs the main module queued run before the loop.
  core.runNextTicks();
})();
