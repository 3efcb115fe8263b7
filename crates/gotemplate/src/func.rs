//! Functions callable from templates, with Go signatures.
//!
//! Go's text/template converts and checks each argument against the function's parameter
//! types before the call, and its error texts (`wrong type for value; expected string; got
//! int`, `invalid value; expected string`) are part of what Helm users see. So a function here
//! declares its Go signature, and the executor does that checking; the implementation receives
//! arguments that already have the declared types (a nil for a nillable parameter stays nil).

use foldhash::HashMap;
use std::fmt;
use std::rc::Rc;

use crate::value::{GoType, Value};

/// An error returned by a function. The executor reports it as
/// `error calling NAME: MESSAGE`, as Go does for both returned errors and panics.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FuncError(pub String);

impl FuncError {
    /// An error with this message.
    pub fn new(msg: impl Into<String>) -> FuncError {
        FuncError(msg.into())
    }
}

impl fmt::Display for FuncError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for FuncError {}

/// What a running template offers the functions it calls. Helm's `include` and `tpl` are built
/// on this; the crate itself knows nothing of them.
pub trait Env {
    /// Executes the associated template `name` with `data` as dot, returning its output.
    fn execute_template(&mut self, name: &str, data: &Value) -> Result<String, FuncError>;

    /// Parses `text` as a template named `name` in a copy of the current template set (so it
    /// can call the set's defined templates), executes it with `data` and returns the output.
    /// Nothing it defines leaks back into the current set.
    fn execute_text(&mut self, name: &str, text: &str, data: &Value) -> Result<String, FuncError>;

    /// The name of the template being executed (`.Template.Name` in Helm is set separately).
    fn current_template(&self) -> &str;
}

/// The body of a [`Function`]: it gets the environment (to run other templates) and the converted arguments.
pub type FuncImpl = dyn Fn(&mut dyn Env, &[Value]) -> Result<Value, FuncError>;

/// A function with its Go signature.
#[derive(Clone)]
pub struct Function {
    /// The name the function is called by (used in error texts).
    pub name: Rc<str>,
    /// Fixed parameters, in order.
    pub params: Vec<GoType>,
    /// The element type of a trailing `...T` parameter, if any.
    pub variadic: Option<GoType>,
    /// The body.
    pub imp: Rc<FuncImpl>,
}

impl Function {
    /// A function that may use the environment ([`Env`]), e.g. to execute other templates.
    pub fn new(
        name: &str,
        params: Vec<GoType>,
        variadic: Option<GoType>,
        imp: impl Fn(&mut dyn Env, &[Value]) -> Result<Value, FuncError> + 'static,
    ) -> Function {
        Function {
            name: name.into(),
            params,
            variadic,
            imp: Rc::new(imp),
        }
    }

    /// A function that does not need the [`Env`].
    pub fn pure(
        name: &str,
        params: Vec<GoType>,
        variadic: Option<GoType>,
        imp: impl Fn(&[Value]) -> Result<Value, FuncError> + 'static,
    ) -> Function {
        Function::new(name, params, variadic, move |_env, args| imp(args))
    }

    /// Runs the body with arguments already converted to the parameter types.
    pub fn call(&self, env: &mut dyn Env, args: &[Value]) -> Result<Value, FuncError> {
        (self.imp)(env, args)
    }
}

impl fmt::Debug for Function {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "func {}(", self.name)?;
        for (i, p) in self.params.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{p}")?;
        }
        if let Some(v) = &self.variadic {
            if !self.params.is_empty() {
                f.write_str(", ")?;
            }
            write!(f, "...{v}")?;
        }
        f.write_str(")")
    }
}

/// The functions a template set can call, by name. Unknown names are parse errors, as in Go.
#[derive(Clone, Default)]
pub struct FuncMap {
    funcs: HashMap<String, Function>,
}

impl FuncMap {
    /// An empty map.
    pub fn new() -> FuncMap {
        FuncMap::default()
    }

    /// Adds or replaces a function; the last one registered under a name wins.
    pub fn insert(&mut self, f: Function) {
        self.funcs.insert(f.name.to_string(), f);
    }

    /// Removes the function `name`, returning it.
    pub fn remove(&mut self, name: &str) -> Option<Function> {
        self.funcs.remove(name)
    }

    /// The function `name`, if present.
    pub fn get(&self, name: &str) -> Option<&Function> {
        self.funcs.get(name)
    }

    /// Whether a function `name` is present.
    pub fn contains(&self, name: &str) -> bool {
        self.funcs.contains_key(name)
    }

    /// The names of all functions.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.funcs.keys().map(String::as_str)
    }

    /// Adds every function of `other`, replacing those of the same name.
    pub fn extend(&mut self, other: FuncMap) {
        self.funcs.extend(other.funcs);
    }
}

/// An [`Env`] for calling functions outside a running template (tests, tools): it has no
/// templates, so `execute_template` and `execute_text` fail.
pub struct NoEnv;

impl Env for NoEnv {
    fn execute_template(&mut self, name: &str, _data: &Value) -> Result<String, FuncError> {
        Err(FuncError(format!("no such template {name:?}")))
    }

    fn execute_text(
        &mut self,
        name: &str,
        _text: &str,
        _data: &Value,
    ) -> Result<String, FuncError> {
        Err(FuncError(format!(
            "cannot execute {name:?} outside a template"
        )))
    }

    fn current_template(&self) -> &str {
        ""
    }
}
