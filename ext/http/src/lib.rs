//! ext_http: `node:http` for nodus, served by hyper on the runtime's tokio thread.
//!
//! The data path is built for few boundary crossings: an accept loop and one task per
//! connection run hyper (spawned with `deno_core::unsync::spawn`, since the JS runtime is
//! `!Send`); requests that are ready queue up per server and go to a JS function in
//! batches, called by the loop with no promise per batch ([`server::op_http_deliver_to`]).
//! Each request lives in a slab slot addressed by a numeric id; whole responses
//! (`res.end(body)`) are queued in JS and handed over per batch with one sync op
//! ([`server::op_http_respond`]) that puts each into its slot and wakes the waiting hyper
//! service. See README.md.

#![warn(missing_docs)]

mod body;
mod client;
mod connection;
mod server;
mod tokens;

pub use client::ClientConnection;
pub use client::ClientExchange;
use client::*;
use connection::*;
pub use server::HttpServerResource;
use server::*;
use tokens::*;

deno_core::extension!(
  ext_http,
  deps = [ext_builtins, ext_net],
  ops = [
    op_http_serve,
    op_http_adopt,
    op_http_serve_tls,
    op_http_deliver_to,
    op_http_served,
    op_http_connections,
    op_http_close,
    op_http_close_connections,
    op_http_close_idle_connections,
    op_http_connection_count,
    op_http_respond,
    op_http_header_token,
    op_http_upgrade,
    op_http_upgraded,
    op_http_write_head,
    op_http_write,
    op_http_end,
    op_http_bodies_to,
    op_http_pull,
    op_http_request_trailers,
    op_http_drained,
    op_http_client_drained,
    op_http_request_socket,
    op_http_connection_closed,
    op_http_connection_destroy,
    op_http_connection_write,
    op_http_events,
    op_http_set_timeout,
    op_http_server_timeout,
    op_http_watch_client_errors,
    op_http_connection_socket,
    op_http_client_start,
    op_http_client_wait_closed,
    op_http_client_request,
    op_http_client_write,
    op_http_client_end,
    op_http_client_response,
    op_http_client_read,
  ],
  state = |state| {
    state.put(server::HttpSlab::default());
    state.put(std::rc::Rc::new(std::cell::RefCell::new(
      server::BodyQueue::default(),
    )));
    state.put(tokens::HeaderTokens::default());
    state.put(connection::WatchedConnections::default());
  },
  customizer = |ext: &mut deno_core::Extension| {
    nodus_core::builtin_modules!("ext_http";
      public: [
        "http", "https", "http2",
        "_http_agent", "_http_client", "_http_common", "_http_incoming", "_http_outgoing", "_http_server"
      ];
      internal: [
        "internal/http/common",
        "internal/http/incoming",
        "internal/http/outgoing",
        "internal/http/server",
        "internal/http/agent",
        "internal/http/client",
        "internal/http/upgrade",
        "internal/http2/constants",
        "internal/fetch/headers",
        "internal/fetch/body",
        "internal/fetch/formdata",
        "internal/fetch/request",
        "internal/fetch/response",
        "internal/fetch/fetch"
      ]
    )
    .install(ext);
  },
);
