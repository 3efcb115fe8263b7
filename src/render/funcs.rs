//! Helm's template functions on top of Sprig: `include`, `tpl`, `required`, `fail`, the YAML
//! and JSON converters, and `lookup`.
//!
//! Behaviour follows Helm 4.1 (`pkg/engine/funcs.go`, `engine.go`): `required` and `fail` wrap
//! their message in markers that the renderer turns into `execution error at (FILE:L:C): MSG`.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

use crate::chart::gofmt::json_kind;
use gostd::strconv::quote;
use gotemplate::sprig::defaults::json_decode_partial;
use gotemplate::{Env, FuncError, FuncMap, Function, GoType, Value};

/// Marks a `required`/`fail` message inside an execution error.
pub const WARN_START: &str = "HELM_ERR_START";
/// Marks the end of a `required`/`fail` message inside an execution error.
pub const WARN_END: &str = "HELM_ERR_END";
/// How deep one named template may include itself.
pub const INCLUDE_RECURSION_LIMIT: usize = 1000;
/// The name Helm's template set is created with; `tpl` text is parsed under it.
pub const SET_NAME: &str = "gotpl";

/// Where `lookup` gets live objects from; `None` renders it as Helm does without a cluster
/// (`helm template`, dry runs): every lookup returns an empty map.
pub type LookupFn = Rc<dyn Fn(&str, &str, &str, &str) -> Result<Value, String>>;

/// Options that change Helm's functions.
#[derive(Clone, Default)]
pub struct FuncOptions {
    /// Lint mode: `required` and `fail` do not fail.
    pub lint: bool,
    /// Where `lookup` reads live objects; `None` answers every lookup with an empty map.
    pub lookup: Option<LookupFn>,
    /// `--enable-dns`: `getHostByName` resolves names instead of answering "".
    pub enable_dns: bool,
}

/// Sprig (without `env` and `expandenv`) plus Helm's functions, for one render.
pub fn helm_funcs(opts: &FuncOptions) -> FuncMap {
    let mut m = gotemplate::sprig::funcs();
    m.remove("env");
    m.remove("expandenv");
    let any = || GoType::Interface;
    let s = || GoType::String;

    m.insert(Function::pure("toYaml", vec![any()], None, |a| {
        if unsupported_json_type(&a[0]).is_some() {
            return Ok(Value::str(""));
        }
        Ok(Value::text(&to_yaml(&a[0])))
    }));
    m.insert(Function::pure("mustToYaml", vec![any()], None, |a| {
        if let Some(t) = unsupported_json_type(&a[0]) {
            return Err(FuncError(format!(
                "error marshaling into JSON: json: unsupported type: {t}"
            )));
        }
        Ok(Value::text(&to_yaml(&a[0])))
    }));
    m.insert(Function::pure("toToml", vec![any()], None, |a| {
        super::toml::to_toml(&a[0])
            .map(Value::str)
            .map_err(|e| FuncError(e.0))
    }));
    m.insert(Function::pure("fromToml", vec![s()], None, |a| {
        Ok(super::toml::from_toml(str_arg(&a[0])))
    }));
    m.insert(Function::pure("toYamlPretty", vec![any()], None, |a| {
        // yaml.v3's encoder, unlike toYaml's JSON round trip, reports what it cannot encode.
        if let Some(t) = unsupported_json_type(&a[0]) {
            return Err(FuncError(format!("cannot marshal type: {t}")));
        }
        let y = goyaml::go_to_string_pretty(&yaml_v3_value(&a[0]));
        Ok(Value::text(y.strip_suffix('\n').unwrap_or(&y)))
    }));
    m.insert(Function::pure("fromYaml", vec![s()], None, |a| {
        Ok(from_yaml(str_arg(&a[0])))
    }));
    m.insert(Function::pure("fromYamlArray", vec![s()], None, |a| {
        Ok(from_yaml_array(str_arg(&a[0])))
    }));
    m.insert(Function::pure("fromJson", vec![s()], None, |a| {
        // Go's JSON decoder reads each byte that is not UTF-8 as U+FFFD.
        Ok(from_json(&gotemplate::gostr::lossy_text(str_arg(&a[0]))))
    }));
    m.insert(Function::pure("fromJsonArray", vec![s()], None, |a| {
        Ok(from_json_array(&gotemplate::gostr::lossy_text(str_arg(
            &a[0],
        ))))
    }));

    let lint = opts.lint;
    m.insert(Function::pure(
        "required",
        vec![s(), any()],
        None,
        move |a| {
            let missing = match &a[1] {
                Value::Nil => true,
                Value::String(v) => v.is_empty(),
                _ => false,
            };
            match (missing, lint) {
                (false, _) => Ok(a[1].clone()),
                (true, true) => Ok(Value::str("")),
                (true, false) => Err(FuncError(warn_wrap(str_arg(&a[0])))),
            }
        },
    ));
    m.insert(Function::pure("fail", vec![s()], None, move |a| {
        if lint {
            Ok(Value::str(""))
        } else {
            Err(FuncError(warn_wrap(str_arg(&a[0]))))
        }
    }));

    let lookup = opts.lookup.clone();
    m.insert(Function::pure(
        "lookup",
        vec![s(), s(), s(), s()],
        None,
        move |a| match &lookup {
            None => Ok(Value::map(BTreeMap::new())),
            Some(f) => f(
                str_arg(&a[0]),
                str_arg(&a[1]),
                str_arg(&a[2]),
                str_arg(&a[3]),
            )
            .map_err(FuncError),
        },
    ));
    // DNS lookups are off unless asked for; Helm then answers "" without resolving anything.
    // With --enable-dns it returns one of the name's addresses, picked at random, and a name
    // that does not resolve fails as Helm's unchecked `rand.Intn(0)` does.
    let enable_dns = opts.enable_dns;
    m.insert(Function::pure("getHostByName", vec![s()], None, move |a| {
        if !enable_dns {
            return Ok(Value::str(""));
        }
        use std::net::ToSocketAddrs;
        let mut addrs: Vec<String> = (str_arg(&a[0]), 0)
            .to_socket_addrs()
            .map(|it| it.map(|sa| sa.ip().to_string()).collect())
            .unwrap_or_default();
        addrs.dedup();
        if addrs.is_empty() {
            return Err(FuncError::new("invalid argument to Intn"));
        }
        let pick = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos() as usize)
            .unwrap_or(0)
            % addrs.len();
        Ok(Value::str(addrs.swap_remove(pick)))
    }));

    // include and tpl share one nesting counter per render, as in Helm.
    let included: Rc<RefCell<HashMap<String, usize>>> = Rc::default();
    let counter = included.clone();
    m.insert(Function::new(
        "include",
        vec![s(), any()],
        None,
        move |env, a| include(env, &counter, str_arg(&a[0]), &a[1]),
    ));
    let tpl_depth: Rc<std::cell::Cell<usize>> = Rc::default();
    m.insert(Function::new(
        "tpl",
        vec![s(), any()],
        None,
        move |env, a| tpl(env, &tpl_depth, str_arg(&a[0]), &a[1]),
    ));
    m
}

fn str_arg(v: &Value) -> &str {
    v.as_str().unwrap_or("")
}

/// Wraps a `required`/`fail` message in [`WARN_START`] and [`WARN_END`].
pub fn warn_wrap(msg: &str) -> String {
    format!("{WARN_START}{msg}{WARN_END}")
}

fn include(
    env: &mut dyn Env,
    counter: &RefCell<HashMap<String, usize>>,
    name: &str,
    data: &Value,
) -> Result<Value, FuncError> {
    {
        let mut c = counter.borrow_mut();
        let n = c.entry(name.to_string()).or_insert(0);
        if *n > INCLUDE_RECURSION_LIMIT {
            return Err(FuncError(format!(
                "rendering template has a nested reference name: {name}: unable to execute template"
            )));
        }
        *n += 1;
    }
    let out = env.execute_template(name, data);
    if let Some(n) = counter.borrow_mut().get_mut(name) {
        *n = n.saturating_sub(1);
    }
    out.map(Value::str)
}

fn tpl(
    env: &mut dyn Env,
    depth: &std::cell::Cell<usize>,
    text: &str,
    data: &Value,
) -> Result<Value, FuncError> {
    // Helm counts only `include`; a `tpl` that renders itself runs it out of stack after
    // minutes and gigabytes. rhelm stops at the same depth as for `include`.
    if depth.get() >= INCLUDE_RECURSION_LIMIT {
        return Err(FuncError(format!(
            "rendering template has a nested tpl call more than {INCLUDE_RECURSION_LIMIT} levels deep: \
             a value rendered with tpl renders itself; break the cycle in the values or templates"
        )));
    }
    depth.set(depth.get() + 1);
    let result = env.execute_text(SET_NAME, text, data);
    depth.set(depth.get() - 1);
    match result {
        Ok(out) => Ok(Value::str(out.replace("<no value>", ""))),
        // Go's execution errors always name the template being executed; parse errors never do.
        Err(FuncError(e)) if e.contains(": executing \"") => Err(FuncError(format!(
            "error during tpl function execution for {}: {e}",
            quote(text)
        ))),
        Err(FuncError(e)) => Err(FuncError(format!(
            "cannot parse template {}: {e}",
            quote(text)
        ))),
    }
}

/// The Go type of a value inside `v` that encoding/json cannot encode (complex numbers).
pub(super) fn unsupported_json_type(v: &Value) -> Option<&'static str> {
    match v {
        Value::Object(o) if o.type_name().starts_with("complex") => Some(o.type_name()),
        Value::List(l) => l.items.iter().find_map(unsupported_json_type),
        Value::Map(m) => m.borrow().entries.values().find_map(unsupported_json_type),
        _ => None,
    }
}

/// A value as `toYamlPretty`'s yaml.v3 encoder sees it: directly, not through JSON, so a
/// `time.Time` is a plain RFC 3339 scalar and a `time.Duration` its `String()` text.
fn yaml_v3_value(v: &Value) -> goyaml::GoValue {
    use gotemplate::gostr;
    use gotemplate::sprig::dates::{DurationObject, TimeObject};
    use goyaml::GoValue;
    match v {
        Value::List(l) => GoValue::Seq(l.items.iter().map(yaml_v3_value).collect()),
        Value::Map(m) => GoValue::Map(
            m.borrow()
                .entries
                .iter()
                .map(|(k, v)| (gostr::to_bytes(k).into_owned(), yaml_v3_value(v)))
                .collect(),
        ),
        // A string that is not UTF-8 becomes `!!binary`.
        Value::String(s) if gostr::has_escapes(s) => match gostr::to_text(s) {
            Ok(text) => GoValue::Json(serde_json::Value::String(text.into_owned())),
            Err(bytes) => GoValue::Binary(bytes),
        },
        // yaml.v3 writes a nil map as `{}` where JSON has `null`.
        Value::Object(o) if o.as_any().is::<gotemplate::NilMap>() => {
            GoValue::Map(Default::default())
        }
        Value::Object(o) if o.as_any().is::<TimeObject>() => match o.to_json() {
            Some(serde_json::Value::String(s)) => GoValue::Plain(s),
            _ => GoValue::Json(v.to_json()),
        },
        Value::Object(o) => match o.as_any().downcast_ref::<DurationObject>() {
            Some(d) => GoValue::Json(serde_json::Value::String(gostd::time::format_duration(d.0))),
            None => GoValue::Json(v.to_json()),
        },
        other => GoValue::Json(other.to_json()),
    }
}

/// `toYaml`: sigs.k8s.io/yaml's Marshal without the final newline.
pub fn to_yaml(v: &Value) -> String {
    let y = goyaml::to_string(&v.to_json());
    match y.strip_suffix('\n') {
        Some(t) => t.to_string(),
        None => y,
    }
}

/// `fromYaml`: a map, or a map holding the error under `Error`.
pub fn from_yaml(text: &str) -> Value {
    let text = match yaml_text(text) {
        Ok(t) => t,
        Err(e) => return error_map(e),
    };
    match goyaml::from_str(&text) {
        Ok(serde_json::Value::Object(m)) => Value::from_json(&serde_json::Value::Object(m)),
        Ok(serde_json::Value::Null) => Value::map(BTreeMap::new()),
        Ok(other) => error_map(format!(
            "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal {} into Go value of type map[string]interface {{}}",
            json_kind(&other)
        )),
        Err(e) => error_map(e.to_string()),
    }
}

/// `fromYamlArray`: a list, or a list holding only the error text.
pub fn from_yaml_array(text: &str) -> Value {
    let text = match yaml_text(text) {
        Ok(t) => t,
        Err(e) => return Value::list(vec![Value::str(e)]),
    };
    match goyaml::from_str(&text) {
        Ok(serde_json::Value::Array(a)) => Value::from_json(&serde_json::Value::Array(a)),
        Ok(serde_json::Value::Null) => Value::list(vec![]),
        Ok(other) => Value::list(vec![Value::str(format!(
            "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal {} into Go value of type []interface {{}}",
            json_kind(&other)
        ))]),
        Err(e) => Value::list(vec![Value::str(e.to_string())]),
    }
}

/// `fromJson`: a map, or a map holding the error under `Error`.
pub fn from_json(text: &str) -> Value {
    match json_decode_partial(text) {
        // Go fills the map as it decodes, then Helm adds the error beside what was decoded.
        Ok((v @ Value::Map(_), err)) => {
            if let (Value::Map(m), Some(e)) = (&v, err) {
                m.borrow_mut().entries.insert("Error".into(), Value::str(e));
            }
            v
        }
        // A top-level number out of range is still a number that cannot fill a map.
        Ok((Value::Nil, Some(_))) => error_map(
            "json: cannot unmarshal number into Go value of type map[string]interface {}".into(),
        ),
        Ok((Value::Nil, None)) => Value::map(BTreeMap::new()),
        Ok((other, _)) => error_map(format!(
            "json: cannot unmarshal {} into Go value of type map[string]interface {{}}",
            go_json_kind(&other)
        )),
        Err(e) => error_map(e),
    }
}

/// `fromJsonArray`: a list, or a list holding only the error text.
pub fn from_json_array(text: &str) -> Value {
    let error = |e: String| Value::list(vec![Value::str(e)]);
    match json_decode_partial(text) {
        Ok((Value::List(_), Some(e))) => error(e),
        Ok((v @ Value::List(_), None)) => v,
        // A top-level number out of range is still a number that cannot fill a slice.
        Ok((Value::Nil, Some(_))) => {
            error("json: cannot unmarshal number into Go value of type []interface {}".into())
        }
        Ok((Value::Nil, None)) => Value::list(vec![]),
        Ok((other, _)) => error(format!(
            "json: cannot unmarshal {} into Go value of type []interface {{}}",
            go_json_kind(&other)
        )),
        Err(e) => error(e),
    }
}

/// The JSON kind word Go's decoder uses for a decoded value.
fn go_json_kind(v: &Value) -> &'static str {
    match v {
        Value::Nil => "null",
        Value::Bool(_) => "bool",
        Value::String(_) => "string",
        Value::List(_) => "array",
        Value::Map(_) => "object",
        _ => "number",
    }
}

/// The text a template string holds for go-yaml, which refuses bytes that are not UTF-8
/// with its reader's error.
fn yaml_text(text: &str) -> Result<std::borrow::Cow<'_, str>, String> {
    match gotemplate::gostr::to_text(text) {
        Ok(t) => Ok(t),
        Err(bytes) => crate::chart::yaml::utf8_text(&bytes).map(|t| t.to_string().into()),
    }
}

fn error_map(msg: String) -> Value {
    let mut m = BTreeMap::new();
    m.insert("Error".to_string(), Value::str(msg));
    Value::map(m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use gotemplate::NoEnv;

    fn call(m: &FuncMap, name: &str, args: &[Value]) -> Result<Value, FuncError> {
        m.get(name)
            .unwrap_or_else(|| panic!("{name} registered"))
            .call(&mut NoEnv, args)
    }

    #[test]
    fn to_yaml_pretty_writes_times_plain_and_to_yaml_quotes_them() {
        let m = helm_funcs(&FuncOptions::default());
        let t = call(
            &m,
            "toDate",
            &[Value::str("2006-01-02"), Value::str("2024-01-15")],
        )
        .unwrap();
        let mut d = BTreeMap::new();
        d.insert("t".to_string(), t);
        d.insert("s".to_string(), Value::str("2024-01-15T00:00:00Z"));
        let d = Value::map(d);
        let text = |name| call(&m, name, std::slice::from_ref(&d)).unwrap();
        assert_eq!(
            text("toYamlPretty").as_str(),
            Some("s: \"2024-01-15T00:00:00Z\"\nt: 2024-01-15T00:00:00Z")
        );
        assert_eq!(
            text("toYaml").as_str(),
            Some("s: \"2024-01-15T00:00:00Z\"\nt: \"2024-01-15T00:00:00Z\"")
        );
    }

    #[test]
    fn required_fails_on_nil_and_empty_string_only() {
        let m = helm_funcs(&FuncOptions::default());
        let e = call(&m, "required", &[Value::str("need x"), Value::Nil]).unwrap_err();
        assert_eq!(e.0, "HELM_ERR_STARTneed xHELM_ERR_END");
        assert!(call(&m, "required", &[Value::str("m"), Value::str("")]).is_err());
        assert!(matches!(
            call(&m, "required", &[Value::str("m"), Value::Bool(false)]),
            Ok(Value::Bool(false))
        ));
        let lint = helm_funcs(&FuncOptions {
            lint: true,
            ..Default::default()
        });
        assert!(call(&lint, "required", &[Value::str("m"), Value::Nil]).is_ok());
    }

    #[test]
    fn env_and_expandenv_are_not_available() {
        let m = helm_funcs(&FuncOptions::default());
        assert!(!m.contains("env") && !m.contains("expandenv"));
    }

    #[test]
    fn lookup_without_a_cluster_is_an_empty_map() {
        let m = helm_funcs(&FuncOptions::default());
        let args: Vec<Value> = ["v1", "Pod", "ns", "x"]
            .iter()
            .map(|s| Value::str(*s))
            .collect();
        let Value::Map(r) = call(&m, "lookup", &args).unwrap() else {
            panic!("not a map")
        };
        assert!(r.borrow().entries.is_empty());
    }

    #[test]
    fn from_json_reports_errors_in_the_map() {
        let Value::Map(m) = from_json("[1]") else {
            panic!()
        };
        assert_eq!(
            m.borrow().entries["Error"].as_str(),
            Some("json: cannot unmarshal array into Go value of type map[string]interface {}")
        );
        let Value::Map(m) = from_json("") else {
            panic!()
        };
        assert_eq!(
            m.borrow().entries["Error"].as_str(),
            Some("unexpected end of JSON input")
        );
        let Value::Map(m) = from_json("{\"a\": 1}") else {
            panic!()
        };
        assert!(matches!(m.borrow().entries["a"], Value::Float(f) if f == 1.0));
    }

    #[test]
    fn include_stops_runaway_recursion() {
        struct Recursing;
        impl Env for Recursing {
            fn execute_template(&mut self, _: &str, _: &Value) -> Result<String, FuncError> {
                Err(FuncError("unreachable".into()))
            }
            fn execute_text(&mut self, _: &str, _: &str, _: &Value) -> Result<String, FuncError> {
                Err(FuncError("unreachable".into()))
            }
            fn current_template(&self) -> &str {
                ""
            }
        }
        let counter = RefCell::new(HashMap::from([(
            "r".to_string(),
            INCLUDE_RECURSION_LIMIT + 1,
        )]));
        let err = include(&mut Recursing, &counter, "r", &Value::Nil).unwrap_err();
        assert_eq!(
            err.0,
            "rendering template has a nested reference name: r: unable to execute template"
        );
    }
}
