//! ext_tls: TLS for nodus on rustls with the ring provider: secure contexts from PEM/DER,
//! the system's trust roots, client and server handshakes over ext_net's socket
//! resources, and `node:tls`. See README.md.

#![warn(missing_docs)]

mod cert_info;
mod context;
mod errors;
mod handshake;
mod roots;
mod stream;
mod verify;

/// The TLS crates, for extensions that serve TLS themselves (ext_http's https server).
pub use rustls;
pub use tokio_rustls;

pub use context::get_context;
pub use context::SecureContext;
pub use handshake::server_config;
pub use handshake::ConnectionOptions;
pub use stream::SharedTlsStream;
pub use stream::TlsStreamResource;

use context::*;
use handshake::*;
use stream::*;

deno_core::extension!(
  ext_tls,
  deps = [ext_builtins, ext_net],
  ops = [
    op_tls_create_context,
    op_tls_root_certificates,
    op_tls_ca_certificates,
    op_tls_set_default_ca_certificates,
    op_tls_handshake_handle,
    op_tls_connect,
    op_tls_accept_hello,
    op_tls_accept_finish,
    op_tls_read,
    op_tls_try_write,
    op_tls_detach_socket,
    op_tls_write,
    op_tls_shutdown,
    op_tls_peer_certificates,
  ],
  customizer = |ext: &mut deno_core::Extension| {
    nodus_core::builtin_modules!("ext_tls";
      public: ["tls"];
      internal: ["internal/tls/context"]
    )
    .install(ext);
  },
);
