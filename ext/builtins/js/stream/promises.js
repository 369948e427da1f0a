// node:stream/promises -- promise versions of pipeline() and finished()
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const { pipelinePromise } = require('internal/streams/pipeline');
  const eos = require('internal/streams/end-of-stream');
  return { pipeline: pipelinePromise, finished: eos.finished };
})();
