//! Go's text/template, Go's `fmt` printing and the Sprig function library, behaving as they do
//! in Go. The crate knows nothing of Helm or Kubernetes.
//!
//! ```
//! use std::collections::BTreeMap;
//! use gotemplate::{FuncMap, Templates, Value};
//!
//! let mut set = Templates::new("root", FuncMap::new());
//! set.parse("greeting", "{{define \"name\"}}{{.name}}{{end}}\
//!     Hello, {{template \"name\" .}}! {{len .items}} items: {{range $i, $v := .items}}{{if $i}}, {{end}}{{$v}}{{end}}")
//!     .unwrap();
//! let mut data = BTreeMap::new();
//! data.insert("name".to_string(), Value::from("world"));
//! data.insert("items".to_string(), Value::list(vec![Value::from(1.5), Value::from(1e6)]));
//! let out = set.execute("greeting", &Value::map(data)).unwrap();
//! assert_eq!(out, "Hello, world! 2 items: 1.5, 1e+06");
//! ```
//!
//! Parse and execution errors carry Go's texts:
//!
//! ```
//! use gotemplate::{FuncMap, Templates, Value};
//!
//! let mut set = Templates::new("root", FuncMap::new());
//! let err = set.parse("t", "line1\n{{ nosuch }}").unwrap_err();
//! assert_eq!(err.to_string(), "template: t:2: function \"nosuch\" not defined");
//! set.parse("t", "{{ index .x 1 }}").unwrap();
//! let err = set.execute("t", &Value::Nil).unwrap_err();
//! assert_eq!(
//!     err.to_string(),
//!     "template: t:1:3: executing \"t\" at <index .x 1>: error calling index: index of untyped nil"
//! );
//! ```

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

pub use error::Error;
pub use func::{Env, FuncError, FuncMap, Function, NoEnv};
pub use template::{MissingKey, Templates};
pub use value::{GoType, List, Map, MapRef, Member, Object, Value};
