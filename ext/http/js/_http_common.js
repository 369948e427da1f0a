// node:_http_common -- the part of Node's module that does not name its llhttp parser:
// the method list and the token and header-character checks. nodus parses HTTP in Rust
// (hyper), so `HTTPParser`, `parsers` and `freeParser` are not here.
(function () {
  'use strict';
  const { METHODS, tokenRe, invalidCharRe } = __bootstrap.internals.require('internal/http/common');
  return {
    _checkInvalidHeaderChar: (value) => invalidCharRe.test(value),
    _checkIsHttpToken: (value) => tokenRe.test(value),
    chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
    continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
    CRLF: '\r\n',
    methods: METHODS,
  };
})();
