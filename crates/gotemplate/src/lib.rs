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
//! Functions declare Go signatures; arguments are converted and checked as Go does, and a
//! function can run other templates of the set through its [`Env`] (this is how Helm's
//! `include` and `tpl` are built):
//!
//! ```
//! use gotemplate::{Env, FuncMap, Function, GoType, MissingKey, Templates, Value};
//!
//! let mut funcs = FuncMap::new();
//! funcs.insert(Function::new(
//!     "include",
//!     vec![GoType::String, GoType::Interface],
//!     None,
//!     |env: &mut dyn Env, args: &[Value]| {
//!         let name = args[0].as_str().unwrap_or_default();
//!         env.execute_template(name, &args[1]).map(Value::from)
//!     },
//! ));
//! let mut set = Templates::new("root", funcs);
//! set.set_missing_key(MissingKey::Zero);
//! set.parse("helpers", "{{define \"x\"}}<{{.}}>{{end}}").unwrap();
//! set.parse("t", "{{include \"x\" 3 | printf \"%s!\"}}").unwrap();
//! assert_eq!(set.execute("t", &Value::Nil).unwrap(), "<3>!");
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
pub mod gostr;
pub mod lex;
pub mod parse;
pub mod sprig;
pub mod template;
pub mod value;

/// Go's `strconv`, which the engine prints and parses with; it lives in [`gostd`] and is
/// re-exported here for code that already names it through the template engine.
pub use gostd::strconv;

pub use error::Error;
pub use func::{Env, FuncError, FuncMap, Function, NoEnv};
pub use template::{MissingKey, Parsed, Parser, Templates};
pub use value::{GoType, List, Map, MapRef, MapType, Member, NilMap, Object, Value};
