// internal/streams/compose -- stream.compose(); not implemented yet in nodus
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const { codes } = internals.require('internal/errors');
  return function compose() {
    throw new codes.ERR_METHOD_NOT_IMPLEMENTED('compose()');
  };
})();
