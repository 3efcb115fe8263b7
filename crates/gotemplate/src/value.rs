//! The value model: the Go values a template can see.
//!
//! Go templates observe types (through `%T`, Sprig's `typeOf`/`kindOf`, function signatures and
//! error texts), so values keep Go's distinctions: `int` is not `int64`, `[]string` is not
//! `[]interface {}`, and a number read from a values file is a `float64`.
//!
//! Maps are shared and mutable, like Go maps: Sprig's `set` changes a dict that other variables
//! (and later templates) still refer to. Lists are immutable; Sprig's list functions return new
//! lists, as they do in Go.

use std::any::Any;
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt;
use std::rc::Rc;

use crate::func::Function;

/// A Go type as far as templates can observe it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GoType {
    /// `interface {}`
    Interface,
    /// `bool`
    Bool,
    /// `int`
    Int,
    /// `int64`
    Int64,
    /// `float64`
    Float64,
    /// `string`
    String,
    /// `[]byte`, which Go names `[]uint8`.
    Bytes,
    /// `[]T`
    Slice(Box<GoType>),
    /// `map[string]T`
    Map(Box<GoType>),
    /// Any other type, by its Go name (`*semver.Version`, `time.Time`, `chartutil.Values`).
    Named(&'static str),
}

impl GoType {
    /// `[]elem`.
    pub fn slice_of(elem: GoType) -> GoType {
        GoType::Slice(Box::new(elem))
    }

    /// `map[string]elem`.
    pub fn map_of(elem: GoType) -> GoType {
        GoType::Map(Box::new(elem))
    }

    /// Whether a nil value can stand for this type (Go's `canBeNil`).
    pub fn can_be_nil(&self) -> bool {
        matches!(
            self,
            GoType::Interface
                | GoType::Bytes
                | GoType::Slice(_)
                | GoType::Map(_)
                | GoType::Named(_)
        )
    }
}

impl fmt::Display for GoType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GoType::Interface => f.write_str("interface {}"),
            GoType::Bool => f.write_str("bool"),
            GoType::Int => f.write_str("int"),
            GoType::Int64 => f.write_str("int64"),
            GoType::Float64 => f.write_str("float64"),
            GoType::String => f.write_str("string"),
            GoType::Bytes => f.write_str("[]uint8"),
            GoType::Slice(e) => write!(f, "[]{e}"),
            GoType::Map(e) => write!(f, "map[string]{e}"),
            GoType::Named(n) => f.write_str(n),
        }
    }
}

/// A Go slice: its element type and its items.
#[derive(Clone, Debug)]
pub struct List {
    /// The element type.
    pub elem: GoType,
    /// The items.
    pub items: Vec<Value>,
}

/// A Go `map[string]T`. Templates see its keys in Go's sorted order (byte order), which
/// [`Map::go_order`] gives.
#[derive(Clone, Debug)]
pub struct Map {
    /// The element type.
    pub elem: GoType,
    /// The entries, in the order of their texts (Go's order, unless a key holds escaped
    /// bytes: iterate with [`Map::go_order`]).
    pub entries: BTreeMap<String, Value>,
}

impl Map {
    /// The entries in Go's key order, the byte order of the keys as Go strings
    /// ([`crate::gostr::cmp`]): `entries`' own order unless a key holds escaped bytes.
    pub fn go_order(&self) -> Vec<(&String, &Value)> {
        let mut v: Vec<(&String, &Value)> = self.entries.iter().collect();
        if v.iter().any(|(k, _)| crate::gostr::has_escapes(k)) {
            v.sort_by(|a, b| crate::gostr::cmp(a.0, b.0));
        }
        v
    }
}

/// A named Go map type (`type Values map[string]interface{}`): its name and methods. The
/// template crate knows no such types itself; callers attach them to maps they build.
pub trait MapType {
    /// The Go type name, as `%T` prints it.
    fn type_name(&self) -> &'static str;

    /// The method `name` bound to `recv`, a map of this type. Go finds a method before a key
    /// of the same name.
    fn method(&self, recv: &MapRef, name: &str) -> Option<Function>;
}

/// A reference to a shared, mutable map, like a Go map value: copies of it see each other's
/// changes. Like a Go interface holding a map, it also carries the map's type, which is
/// `map[string]T` unless a [`MapType`] names it; the same map can be seen under several types
/// (Go converts a `common.Values` to `map[string]interface {}` when it is passed to a function
/// taking that type).
#[derive(Clone)]
pub struct MapRef {
    map: Rc<RefCell<Map>>,
    named: Option<Rc<dyn MapType>>,
}

impl MapRef {
    /// A new, unnamed map.
    pub fn new(map: Map) -> MapRef {
        MapRef {
            map: Rc::new(RefCell::new(map)),
            named: None,
        }
    }

    /// The named type this reference sees the map as, if any.
    pub fn named(&self) -> Option<&Rc<dyn MapType>> {
        self.named.as_ref()
    }

    /// The same map seen as another type (a Go conversion between a named map type and its
    /// underlying type): no copy is made.
    pub fn with_type(&self, named: Option<Rc<dyn MapType>>) -> MapRef {
        MapRef {
            map: self.map.clone(),
            named,
        }
    }

    /// Whether two references share one map.
    pub fn ptr_eq(a: &MapRef, b: &MapRef) -> bool {
        Rc::ptr_eq(&a.map, &b.map)
    }

    /// An address identifying the shared map (for cycle detection).
    pub fn addr(&self) -> usize {
        Rc::as_ptr(&self.map) as *const () as usize
    }

    /// The map's Go type: its name, or `map[string]T`.
    pub fn go_type(&self) -> GoType {
        match &self.named {
            Some(t) => GoType::Named(t.type_name()),
            None => GoType::map_of(self.map.borrow().elem.clone()),
        }
    }
}

impl std::ops::Deref for MapRef {
    type Target = RefCell<Map>;

    fn deref(&self) -> &RefCell<Map> {
        &self.map
    }
}

impl fmt::Debug for MapRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(&self.map.borrow().entries).finish()
    }
}

/// A value with fields and methods: a Go struct or pointer (`.Files`, `.Capabilities`,
/// `*semver.Version`, `time.Time`).
pub trait Object: Any {
    /// The Go type name, as `%T` prints it.
    fn type_name(&self) -> &'static str;

    /// The reflect kind, as Sprig's `kindOf` prints it.
    fn kind(&self) -> &'static str {
        "ptr"
    }

    /// What `.Name` finds on this value. Go looks for a method first, then a field.
    fn member(&self, name: &str) -> Option<Member>;

    /// How an action prints this value, and `%v` unless [`Object::struct_fields`] says
    /// otherwise.
    fn format(&self) -> Cow<'_, str>;

    /// Go's `reflect.DeepEqual` of this value and `other` (another object of the same type
    /// name), when the object can decide it without printing both (a large map compares its
    /// contents, or sees that both share them). `None` (the default) compares the `%v` texts.
    fn deep_equal(&self, _other: &dyn Object) -> Option<bool> {
        None
    }

    /// A struct's fields (Go names and values), for `fmt` to print the struct as Go does
    /// (`{a b}`, `%+v` `{A:a B:b}`, `&{...}` for a pointer) when it is passed by value. A struct
    /// whose `String` method has a pointer receiver answers this: an action prints the
    /// addressable value through that method ([`Object::format`]), while a copy handed to a
    /// function (`printf`, `print`, `toString`) is a plain struct. `None` (the default) when
    /// [`Object::format`] is the value's `%v` text everywhere.
    fn struct_fields(&self) -> Option<Vec<(&'static str, Value)>> {
        None
    }

    /// What `%#v` prints for a value with a `GoString` method (Go's `fmt.GoStringer`), if it
    /// has one.
    fn go_string(&self) -> Option<String> {
        None
    }

    /// Truth in `if`, `with`, `and`, `or`, `not`. Structs and non-nil pointers are true.
    fn truthy(&self) -> bool {
        true
    }

    /// The object as `Any`, for functions that take a particular Rust type.
    fn as_any(&self) -> &dyn Any;

    /// The map or slice a named map or slice type is built on (Helm's `engine.files` is a
    /// `map[string][]byte`, `VersionSet` a `[]string`), so `len`, `index`, `range` and list
    /// functions see it as Go does. `None` for structs and pointers.
    fn underlying(&self) -> Option<Value> {
        None
    }

    /// How Go's `json.Marshal` encodes this value (`toJson`, `toYaml`). `None` means "like a
    /// string of its `%v` text", which suits Stringers; structs with JSON tags override it.
    fn to_json(&self) -> Option<serde_json::Value> {
        None
    }
}

/// What a field chain step finds on an [`Object`].
pub enum Member {
    /// A field, with its value.
    Field(Value),
    /// A method. A niladic method is called when it is named; arguments after a field chain,
    /// or the previous pipeline value, are passed to it.
    Method(Function),
}

/// A Go value as a template sees it.
#[derive(Clone)]
pub enum Value {
    /// A nil interface; also what a missing map key yields. An action prints it as
    /// `<no value>`, `%v` as `<nil>`.
    Nil,
    /// A Go `bool`.
    Bool(bool),
    /// Go `int`.
    Int(i64),
    /// Go `int64`, which Sprig's arithmetic returns.
    Int64(i64),
    /// A Go `float64`.
    Float(f64),
    /// A Go `string`: its bytes as text, each byte that is not UTF-8 escaped
    /// ([`crate::gostr`]). Text from outside the engine enters through
    /// [`crate::gostr::from_text`] or [`crate::gostr::from_bytes`].
    String(Rc<str>),
    /// A Go `[]byte`.
    Bytes(Rc<[u8]>),
    /// A Go slice.
    List(Rc<List>),
    /// A Go map.
    Map(MapRef),
    /// Anything else: a struct, a pointer, or a named type with methods.
    Object(Rc<dyn Object>),
}

impl Value {
    /// A Go `string`.
    pub fn str(s: impl Into<Rc<str>>) -> Value {
        Value::String(s.into())
    }

    /// A Go `string` of text from outside the engine (values, files, a caller's data), as
    /// [`crate::gostr::from_text`] keeps it.
    pub fn text(s: &str) -> Value {
        Value::str(&*crate::gostr::from_text(s))
    }

    /// A `[]interface {}`.
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(List {
            elem: GoType::Interface,
            items,
        }))
    }

    /// A slice with a specific element type, such as Sprig's `[]string` results.
    pub fn typed_list(elem: GoType, items: Vec<Value>) -> Value {
        Value::List(Rc::new(List { elem, items }))
    }

    /// A `map[string]interface {}`.
    pub fn map(entries: BTreeMap<String, Value>) -> Value {
        Value::typed_map(GoType::Interface, entries)
    }

    /// A map with a specific element type, such as Sprig's `map[string]string` from `split`.
    pub fn typed_map(elem: GoType, entries: BTreeMap<String, Value>) -> Value {
        Value::Map(MapRef::new(Map { elem, entries }))
    }

    /// A `map[string]interface {}` of a named map type.
    pub fn named_map(named: Rc<dyn MapType>, entries: BTreeMap<String, Value>) -> Value {
        Value::Map(
            MapRef::new(Map {
                elem: GoType::Interface,
                entries,
            })
            .with_type(Some(named)),
        )
    }

    /// A value holding object `o`.
    pub fn object(o: impl Object) -> Value {
        Value::Object(Rc::new(o))
    }

    /// Converts decoded JSON the way Go's `json.Unmarshal` into `interface{}` does: every number
    /// becomes a `float64`. This is how Helm's values reach templates.
    pub fn from_json(v: &serde_json::Value) -> Value {
        match v {
            serde_json::Value::Null => Value::Nil,
            serde_json::Value::Bool(b) => Value::Bool(*b),
            serde_json::Value::Number(n) => Value::Float(n.as_f64().unwrap_or(0.0)),
            serde_json::Value::String(s) => Value::str(&*crate::gostr::from_text(s)),
            serde_json::Value::Array(a) => Value::list(a.iter().map(Value::from_json).collect()),
            serde_json::Value::Object(m) => Value::map(
                m.iter()
                    .map(|(k, v)| (crate::gostr::from_text(k).into_owned(), Value::from_json(v)))
                    .collect(),
            ),
        }
    }

    /// The value's Go type. Nil has none; this returns `Interface` for it.
    pub fn go_type(&self) -> GoType {
        match self {
            Value::Nil => GoType::Interface,
            Value::Bool(_) => GoType::Bool,
            Value::Int(_) => GoType::Int,
            Value::Int64(_) => GoType::Int64,
            Value::Float(_) => GoType::Float64,
            Value::String(_) => GoType::String,
            Value::Bytes(_) => GoType::Bytes,
            Value::List(l) => GoType::slice_of(l.elem.clone()),
            Value::Map(m) => m.go_type(),
            Value::Object(o) => GoType::Named(o.type_name()),
        }
    }

    /// The reflect kind name, as Sprig's `kindOf` prints it (`invalid` for nil).
    pub fn kind_name(&self) -> &'static str {
        match self {
            Value::Nil => "invalid",
            Value::Bool(_) => "bool",
            Value::Int(_) => "int",
            Value::Int64(_) => "int64",
            Value::Float(_) => "float64",
            Value::String(_) => "string",
            Value::Bytes(_) | Value::List(_) => "slice",
            Value::Map(_) => "map",
            Value::Object(o) => o.kind(),
        }
    }

    /// Go template truth: false, 0, "", nil and empty slices and maps are false.
    pub fn truthy(&self) -> bool {
        match self {
            Value::Nil => false,
            Value::Bool(b) => *b,
            Value::Int(i) | Value::Int64(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::String(s) => !s.is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::List(l) => !l.items.is_empty(),
            Value::Map(m) => !m.borrow().entries.is_empty(),
            Value::Object(o) => o.truthy(),
        }
    }

    /// The value itself, or for an object of a named map or slice type, that map or slice.
    pub fn resolved(&self) -> Value {
        match self {
            Value::Object(o) => o.underlying().unwrap_or_else(|| self.clone()),
            other => other.clone(),
        }
    }

    /// Whether this is a nil interface ([`Value::Nil`]).
    pub fn is_nil(&self) -> bool {
        matches!(self, Value::Nil)
    }

    /// The text of a Go string, invalid bytes escaped ([`crate::gostr`]; functions that need
    /// the bytes read them with [`crate::sprig::strings::go_string_bytes`]).
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// Go's `reflect.DeepEqual`, which Sprig uses for `has`, `uniq`, `without` and friends.
    pub fn deep_equal(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Nil, Value::Nil) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) | (Value::Int64(a), Value::Int64(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a == b,
            (Value::String(a), Value::String(b)) => a == b,
            (Value::Bytes(a), Value::Bytes(b)) => a == b,
            (Value::List(a), Value::List(b)) => {
                a.elem == b.elem
                    && a.items.len() == b.items.len()
                    && a.items.iter().zip(&b.items).all(|(x, y)| x.deep_equal(y))
            }
            (Value::Map(a), Value::Map(b)) => {
                if a.named.as_ref().map(|t| t.type_name())
                    != b.named.as_ref().map(|t| t.type_name())
                {
                    return false;
                }
                if MapRef::ptr_eq(a, b) {
                    return true;
                }
                let (a, b) = (a.borrow(), b.borrow());
                a.elem == b.elem
                    && a.entries.len() == b.entries.len()
                    && a.entries
                        .iter()
                        .all(|(k, v)| b.entries.get(k).is_some_and(|w| v.deep_equal(w)))
            }
            (Value::Object(a), Value::Object(b)) => {
                Rc::ptr_eq(a, b)
                    || (a.type_name() == b.type_name()
                        && a.deep_equal(b.as_ref())
                            .unwrap_or_else(|| a.format() == b.format()))
            }
            _ => false,
        }
    }

    /// Converts to JSON the way Go's `json.Marshal` sees the value (used by `toJson` and by
    /// callers that hand rendered data back to Helm-side code). Objects become their `%v` text.
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            Value::Nil => serde_json::Value::Null,
            Value::Bool(b) => serde_json::Value::Bool(*b),
            Value::Int(i) | Value::Int64(i) => serde_json::Value::from(*i),
            Value::Float(f) => serde_json::Number::from_f64(*f)
                .map(serde_json::Value::Number)
                .unwrap_or(serde_json::Value::Null),
            // json.Marshal writes U+FFFD for each invalid byte.
            Value::String(s) => serde_json::Value::String(crate::gostr::lossy_text(s).into_owned()),
            Value::Bytes(b) => serde_json::Value::from(b.to_vec()),
            Value::List(l) => {
                serde_json::Value::Array(l.items.iter().map(Value::to_json).collect())
            }
            Value::Map(m) => serde_json::Value::Object(
                m.borrow()
                    .go_order()
                    .into_iter()
                    .map(|(k, v)| (crate::gostr::lossy_text(k).into_owned(), v.to_json()))
                    .collect(),
            ),
            Value::Object(o) => o
                .to_json()
                .unwrap_or_else(|| serde_json::Value::String(o.format().into_owned())),
        }
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::str(s)
    }
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::str(s)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Nil => f.write_str("Nil"),
            Value::Bool(b) => write!(f, "Bool({b})"),
            Value::Int(i) => write!(f, "Int({i})"),
            Value::Int64(i) => write!(f, "Int64({i})"),
            Value::Float(x) => write!(f, "Float({x:?})"),
            Value::String(s) => write!(f, "String({s:?})"),
            Value::Bytes(b) => write!(f, "Bytes({b:?})"),
            Value::List(l) => f.debug_list().entries(&l.items).finish(),
            Value::Map(m) => f.debug_map().entries(&m.borrow().entries).finish(),
            Value::Object(o) => write!(f, "Object({}: {})", o.type_name(), o.format()),
        }
    }
}

/// A Go `complex128` (a template constant such as `1i` or `1+2i`): printed, compared with
/// `eq`, but not ordered, encoded as JSON or YAML, or computed with by Sprig.
pub struct Complex(pub f64, pub f64);

impl Object for Complex {
    fn type_name(&self) -> &'static str {
        "complex128"
    }

    fn kind(&self) -> &'static str {
        "complex128"
    }

    fn member(&self, _name: &str) -> Option<Member> {
        None
    }

    fn format(&self) -> Cow<'_, str> {
        crate::gofmt::complex_v(self.0, self.1).into()
    }

    fn truthy(&self) -> bool {
        self.0 != 0.0 || self.1 != 0.0
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The complex number inside `v`, if it holds one.
pub fn as_complex(v: &Value) -> Option<(f64, f64)> {
    match v {
        Value::Object(o) => o.as_any().downcast_ref::<Complex>().map(|c| (c.0, c.1)),
        _ => None,
    }
}

/// A nil Go map (a struct field never set, such as Helm's `Chart.Annotations` when a chart
/// has none): `%v` prints `map[]`, JSON and YAML encode it as `null`, and templates find
/// it empty (a missing key gives the element type's zero value).
pub struct NilMap {
    type_name: &'static str,
    elem: GoType,
}

impl NilMap {
    /// A nil map of the Go type `type_name` (`map[string]string`) with values of type `elem`.
    pub fn value(type_name: &'static str, elem: GoType) -> Value {
        Value::object(NilMap { type_name, elem })
    }
}

impl Object for NilMap {
    fn type_name(&self) -> &'static str {
        self.type_name
    }

    fn kind(&self) -> &'static str {
        "map"
    }

    fn member(&self, _name: &str) -> Option<Member> {
        None
    }

    fn format(&self) -> Cow<'_, str> {
        "map[]".into()
    }

    fn truthy(&self) -> bool {
        false
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn underlying(&self) -> Option<Value> {
        Some(Value::typed_map(self.elem.clone(), BTreeMap::new()))
    }

    fn to_json(&self) -> Option<serde_json::Value> {
        Some(serde_json::Value::Null)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_type_names_match_go() {
        assert_eq!(Value::list(vec![]).go_type().to_string(), "[]interface {}");
        assert_eq!(
            Value::map(BTreeMap::new()).go_type().to_string(),
            "map[string]interface {}"
        );
        assert_eq!(
            Value::typed_list(GoType::String, vec![])
                .go_type()
                .to_string(),
            "[]string"
        );
        assert_eq!(
            Value::Bytes(Rc::from(&b"x"[..])).go_type().to_string(),
            "[]uint8"
        );
    }

    #[test]
    fn json_numbers_become_float64() {
        let v = Value::from_json(&serde_json::json!({"n": 3, "l": [1, "a"]}));
        let Value::Map(m) = v else {
            panic!("not a map")
        };
        assert!(matches!(m.borrow().entries["n"], Value::Float(f) if f == 3.0));
    }

    #[test]
    fn truth_follows_go() {
        assert!(!Value::Nil.truthy());
        assert!(!Value::Float(0.0).truthy());
        assert!(!Value::str("").truthy());
        assert!(!Value::list(vec![]).truthy());
        assert!(Value::list(vec![Value::Nil]).truthy());
        assert!(Value::Int64(-1).truthy());
    }

    #[test]
    fn maps_are_shared_like_go_maps() {
        let m = Value::map(BTreeMap::new());
        let alias = m.clone();
        if let Value::Map(r) = &m {
            r.borrow_mut().entries.insert("k".into(), Value::Bool(true));
        }
        let Value::Map(r) = alias else { panic!() };
        assert!(r.borrow().entries.contains_key("k"));
    }

    #[test]
    fn deep_equal_distinguishes_int_kinds() {
        assert!(!Value::Int(1).deep_equal(&Value::Int64(1)));
        assert!(Value::list(vec![Value::Int(1)]).deep_equal(&Value::list(vec![Value::Int(1)])));
    }
}
