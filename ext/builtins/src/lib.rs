//! ext_builtins: the pure-JS foundation of Node's standard library for nodus.
//!
//! Provides `events`, `util`, `buffer`, `stream`, `path`, `url`, `querystring`,
//! `string_decoder`, `assert`, `timers`, `console` and their internal helpers, as lazily
//! evaluated scripts registered as `node:` builtins. See README.md.

#![warn(missing_docs)]

mod codecs;
mod whatwg_url;

use codecs::*;
use whatwg_url::*;

deno_core::extension!(
  ext_builtins,
  ops = [
    op_buffer_base64_encode,
    op_buffer_base64_decode,
    op_buffer_hex_encode,
    op_buffer_hex_decode,
    op_buffer_latin1_encode,
    op_buffer_utf8_encode,
    op_buffer_utf8_byte_length,
    op_buffer_latin1_decode,
    op_buffer_ascii_decode,
    op_buffer_utf16le_encode,
    op_url_parse,
    op_url_parse_with_base,
    op_url_reparse,
    op_url_get_serialization,
    op_url_domain_to_ascii,
    op_url_domain_to_unicode,
    op_url_idna_to_ascii,
    op_url_parse_search_params,
    op_url_serialize_search_params,
  ],
  customizer = |ext: &mut deno_core::Extension| {
    nodus_core::builtin_modules!("ext_builtins";
      public: ["assert", "assert/strict", "async_hooks", "buffer", "console", "diagnostics_channel", "events", "path", "path/posix", "path/win32", "querystring", "readline", "readline/promises", "stream", "stream/promises", "stream/web", "string_decoder", "timers", "timers/promises", "url", "util", "util/types", "vm"];
      internal: [
      "internal/abort_controller",
      "internal/dom_exception",
      "internal/navigator",
      "internal/assert/assertion_error",
      "internal/buffer/codecs",
      "internal/encoding",
      "internal/errors",
      "internal/event_target",
      "internal/mime",
      "internal/streams/add-abort-signal",
      "internal/streams/compose",
      "internal/streams/destroy",
      "internal/streams/duplex",
      "internal/streams/duplexify",
      "internal/streams/end-of-stream",
      "internal/streams/from",
      "internal/streams/legacy",
      "internal/streams/operators",
      "internal/streams/pipeline",
      "internal/streams/readable",
      "internal/streams/transform",
      "internal/streams/utils",
      "internal/streams/writable",
      "internal/structured_clone",
      "internal/url",
      "internal/webstreams/compression",
      "internal/webstreams/encoding",
      "internal/webstreams/pipe",
      "internal/webstreams/readable",
      "internal/webstreams/strategies",
      "internal/webstreams/tee",
      "internal/webstreams/transform",
      "internal/webstreams/util",
      "internal/webstreams/writable",
      "internal/util/comparisons",
      "internal/util/inspect",
      "internal/util/types",
      "internal/validators",
      ]
    )
    .install(ext);
  },
);
