// node:http2 loads with Node's constants and default settings (packages require it for
// an optional HTTP/2 mode); nodus has no HTTP/2 itself.
'use strict';
const http2 = require('http2');
const c = http2.constants;
console.log(Object.keys(c).length, c.HTTP2_HEADER_STATUS, c.HTTP2_METHOD_GET, c.HTTP_STATUS_OK, c.NGHTTP2_CANCEL);
console.log(JSON.stringify(http2.getDefaultSettings()));
console.log(typeof http2.sensitiveHeaders, Object.keys(http2).sort().join(' '));
