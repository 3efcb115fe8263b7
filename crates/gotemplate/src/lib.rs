//! Go's text/template, Go's `fmt` printing and the Sprig function library, behaving as they do
//! in Go. The crate knows nothing of Helm or Kubernetes.

pub mod ast;
pub mod builtins;
pub mod error;
pub mod exec;
pub mod func;
pub mod gofmt;
pub mod lex;
pub mod parse;
pub mod sprig;
pub mod strconv;
pub mod template;
pub mod value;

pub use func::{Env, FuncError, FuncMap, Function, NoEnv};
pub use value::{GoType, List, Map, MapRef, Member, Object, Value};
