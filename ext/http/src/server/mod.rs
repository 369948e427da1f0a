//! The HTTP/1.1 server: accept loop, connections, the request slab and the ops, one file
//! per concern.
//!
//! The data path of a request, file by file (README.md tells it at length):
//!
//! 1. `listen.rs`: `op_http_serve` takes ext_net's listener and spawns the accept loop
//!    (or, with no listener, `op_http_adopt` brings connections one by one); each
//!    connection is one task running hyper's `serve_connection` over a [`ConnIo`]
//!    socket, which stamps the connection's activity for the timeouts.
//! 2. `service.rs`: the hyper service puts each request into a slot of the runtime's
//!    slab (`slab.rs`: ids `generation << 20 | index`) and queues its head on the
//!    server's shared state (`state.rs`), then waits for the slot to get a response.
//! 3. `batch.rs`: whenever the loop wakes, the server's event source calls the function
//!    of `op_http_deliver_to` with all ready requests at once, as one `[fields, text]`
//!    batch (no promise per batch or per request).
//! 4. The answer: `respond.rs` (whole responses, the responses of a batch in one
//!    `op_http_respond`), `streaming.rs` (`res.write()`: a head, then chunks) or
//!    `upgrade.rs` ('upgrade'/'connect': the connection leaves hyper). Each puts the
//!    response into the request's slot and wakes the waiting service. Request bodies are
//!    read only when JS asks (`request_body.rs`).
//! 5. Around it: `sweep.rs` (Node's timeouts, one sweep per server), `events.rs`
//!    (timeouts and client errors for JS), `lifecycle.rs` (`server.close()` and what
//!    JS waits on until the server and its connections are gone).
//!
//! Everything runs on the runtime's one thread (`deno_core::unsync::spawn`; the JS
//! runtime is `!Send`), hence `Rc<RefCell<_>>` and wakers parked in the shared state
//! rather than channels. Items are `pub(super)` between these files; what lib.rs
//! registers is re-exported below.
//!
//! [`ConnIo`]: crate::connection::ConnIo

mod batch;
mod events;
mod framing;
mod lifecycle;
mod listen;
mod request_body;
mod respond;
mod service;
mod slab;
mod state;
mod streaming;
mod sweep;
pub(crate) mod tls;
mod upgrade;

pub(crate) use batch::op_http_deliver_to;
pub(crate) use events::op_http_connection_socket;
pub(crate) use events::op_http_events;
pub(crate) use events::op_http_watch_client_errors;
pub(crate) use framing::Framing;
pub(crate) use framing::FramingError;
pub(crate) use lifecycle::op_http_close;
pub(crate) use lifecycle::op_http_close_connections;
pub(crate) use lifecycle::op_http_close_idle_connections;
pub(crate) use lifecycle::op_http_connection_count;
pub(crate) use lifecycle::op_http_connections;
pub(crate) use lifecycle::op_http_served;
pub(crate) use listen::op_http_adopt;
pub(crate) use listen::op_http_serve;
pub(crate) use request_body::op_http_bodies_to;
pub(crate) use request_body::op_http_pull;
pub(crate) use request_body::op_http_request_trailers;
pub(crate) use request_body::BodyQueue;
pub(crate) use respond::op_http_respond;
pub(crate) use slab::HttpSlab;
pub use state::HttpServerResource;
pub(crate) use streaming::op_http_drained;
pub(crate) use streaming::op_http_end;
pub(crate) use streaming::op_http_write;
pub(crate) use streaming::op_http_write_head;
pub(crate) use sweep::op_http_server_timeout;
pub(crate) use sweep::op_http_set_timeout;
pub(crate) use tls::op_http_serve_tls;
pub(crate) use upgrade::op_http_upgrade;
pub(crate) use upgrade::op_http_upgraded;
