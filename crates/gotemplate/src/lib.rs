//! Go's text/template, Go's `fmt` printing and the Sprig function library, behaving as they do
//! in Go. The crate knows nothing of Helm or Kubernetes.

pub mod func;
pub mod value;

pub use func::{Env, FuncError, FuncMap, Function};
pub use value::{GoType, List, Map, MapRef, Member, Object, Value};
