//! Executor tests: expectations are what Go's text/template does.

use std::borrow::Cow;
use std::collections::BTreeMap;

use gotemplate::{
    Env, FuncError, FuncMap, Function, GoType, MapRef, MapType, Member, MissingKey, Object,
    Templates, Value,
};

/// A Go struct-like object: field `Name`, niladic method `Greeting`, method `Get(string)`.
struct Files {
    name: &'static str,
}

impl Object for Files {
    fn type_name(&self) -> &'static str {
        "engine.Files"
    }

    fn member(&self, name: &str) -> Option<Member> {
        match name {
            "Name" => Some(Member::Field(Value::from(self.name))),
            "Greeting" => {
                let n = self.name;
                Some(Member::Method(Function::pure(
                    "Greeting",
                    vec![],
                    None,
                    move |_| Ok(Value::from(format!("hi {n}"))),
                )))
            }
            "Get" => Some(Member::Method(Function::pure(
                "Get",
                vec![GoType::String],
                None,
                |a| {
                    Ok(Value::from(format!(
                        "<{}>",
                        a[0].as_str().unwrap_or_default()
                    )))
                },
            ))),
            _ => None,
        }
    }

    fn format(&self) -> Cow<'_, str> {
        format!("{{{}}}", self.name).into()
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// A named map type (`type Vals map[string]interface{}`) with a method `Len` that hides the key
/// `Len`.
struct Vals;

impl MapType for Vals {
    fn type_name(&self) -> &'static str {
        "pkg.Vals"
    }

    fn method(&self, recv: &MapRef, name: &str) -> Option<Function> {
        let me = recv.clone();
        (name == "Len").then(|| {
            Function::pure("Len", vec![], None, move |_| {
                Ok(Value::Int(me.borrow().entries.len() as i64))
            })
        })
    }
}

/// A struct whose `String` method has a pointer receiver.
struct Version;

impl Object for Version {
    fn type_name(&self) -> &'static str {
        "pkg.Version"
    }

    fn kind(&self) -> &'static str {
        "struct"
    }

    fn member(&self, _name: &str) -> Option<Member> {
        None
    }

    fn format(&self) -> Cow<'_, str> {
        "v1".into()
    }

    fn struct_fields(&self) -> Option<Vec<(&'static str, Value)>> {
        Some(vec![("Major", Value::from("1")), ("minor", Value::Int(2))])
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn funcs() -> FuncMap {
    let mut m = FuncMap::new();
    m.insert(Function::pure("upper", vec![GoType::String], None, |a| {
        Ok(Value::from(
            a[0].as_str().unwrap_or_default().to_uppercase(),
        ))
    }));
    m.insert(Function::pure(
        "typeOf",
        vec![GoType::Interface],
        None,
        |a| Ok(Value::from(gotemplate::gofmt::type_name(&a[0]))),
    ));
    m.insert(Function::pure(
        "half",
        vec![GoType::Float64],
        None,
        |a| match a[0] {
            Value::Float(f) => Ok(Value::Float(f / 2.0)),
            _ => Err(FuncError::new("not a float")),
        },
    ));
    m.insert(Function::pure("fail", vec![GoType::String], None, |a| {
        Err(FuncError::new(a[0].as_str().unwrap_or_default()))
    }));
    m.insert(Function::pure(
        "plain",
        vec![GoType::map_of(GoType::Interface)],
        None,
        |a| Ok(a[0].clone()),
    ));
    m.insert(Function::pure("strs", vec![], Some(GoType::String), |a| {
        Ok(Value::typed_list(GoType::String, a.to_vec()))
    }));
    m.insert(Function::new(
        "include",
        vec![GoType::String, GoType::Interface],
        None,
        |env: &mut dyn Env, a: &[Value]| {
            env.execute_template(a[0].as_str().unwrap_or_default(), &a[1])
                .map(Value::from)
        },
    ));
    m.insert(Function::new(
        "tpl",
        vec![GoType::String, GoType::Interface],
        None,
        |env: &mut dyn Env, a: &[Value]| {
            env.execute_text("tpl", a[0].as_str().unwrap_or_default(), &a[1])
                .map(Value::from)
        },
    ));
    m.insert(Function::new(
        "current",
        vec![],
        None,
        |env: &mut dyn Env, _| Ok(Value::from(env.current_template())),
    ));
    m
}

fn data() -> Value {
    let v = serde_json::json!({
        "s": "str", "n": 3, "f": 1000000, "b": true, "z": 0, "e": "", "nul": null,
        "list": ["a", "b", "c"], "nums": [1, 2, 3], "empty": [],
        "m": {"b": 2, "a": 1, "c": {"d": "deep"}},
        "nested": {"x": null},
        "items": [{"name": "x"}, null]
    });
    let Value::Map(m) = Value::from_json(&v) else {
        unreachable!("a JSON object is a map")
    };
    m.borrow_mut()
        .entries
        .insert("files".into(), Value::object(Files { name: "f" }));
    let mut typed = BTreeMap::new();
    typed.insert("k".to_string(), Value::from("v"));
    m.borrow_mut()
        .entries
        .insert("smap".into(), Value::typed_map(GoType::String, typed));
    m.borrow_mut()
        .entries
        .insert("ver".into(), Value::object(Version));
    let mut named = BTreeMap::new();
    named.insert("Len".to_string(), Value::from("key"));
    named.insert("x".to_string(), Value::from("y"));
    m.borrow_mut().entries.insert(
        "vals".into(),
        Value::named_map(std::rc::Rc::new(Vals), named),
    );
    Value::Map(m)
}

fn run_mode(text: &str, mk: MissingKey) -> Result<String, String> {
    let mut t = Templates::new("root", funcs());
    t.set_missing_key(mk);
    t.parse("t", text).map_err(|e| e.to_string())?;
    t.execute("t", &data()).map_err(|e| e.to_string())
}

fn run(text: &str) -> Result<String, String> {
    run_mode(text, MissingKey::Default)
}

fn ok(text: &str) -> String {
    run(text).unwrap_or_else(|e| panic!("{text}: {e}"))
}

fn err(text: &str) -> String {
    run(text).expect_err(text)
}

#[test]
fn printing() {
    assert_eq!(
        ok("{{.s}} {{.n}} {{.f}} {{.b}} {{.nul}} {{.missing}}"),
        "str 3 1e+06 true <no value> <no value>"
    );
    assert_eq!(
        ok("{{.list}} {{.m}} {{.empty}}"),
        "[a b c] map[a:1 b:2 c:map[d:deep]] []"
    );
    assert_eq!(
        ok("{{printf \"%v|%s|%d\" nil nil .n}}"),
        "<nil>|%!s(<nil>)|%!d(float64=3)"
    );
    assert_eq!(
        ok("{{print 1 2 \"a\" \"b\" 3}}|{{println 1 \"x\"}}"),
        "1 2ab3|1 x\n"
    );
    assert_eq!(
        ok("{{3}} {{3.0}} {{1e3}} {{0x10}} {{'a'}} {{-0}} {{1_000}}"),
        "3 3 1000 16 97 0 1000"
    );
    assert_eq!(
        ok("{{typeOf 3}} {{typeOf 3.5}} {{typeOf 0x1p4}} {{typeOf 'x'}} {{typeOf .n}}"),
        "int float64 float64 int float64"
    );
    assert_eq!(ok("{{.files}} {{1i}}"), "{f} (0+1i)");
}

#[test]
fn truth_and_conditionals() {
    assert_eq!(
        ok("{{if .z}}a{{else if .e}}b{{else if .list}}c{{else}}d{{end}}"),
        "c"
    );
    assert_eq!(
        ok("{{if .empty}}a{{else}}b{{end}}{{if .nul}}a{{else}}b{{end}}{{if .files}}t{{end}}"),
        "bbt"
    );
    assert_eq!(
        ok("{{with .s}}{{.}}{{end}}{{with .z}}x{{else with .b}}{{.}}{{end}}"),
        "strtrue"
    );
    assert_eq!(ok("{{with $x := .m.c}}{{$x.d}}{{.d}}{{end}}"), "deepdeep");
}

#[test]
fn logic_short_circuits_and_returns_deciding_value() {
    assert_eq!(
        ok("{{and 1 0 (fail \"no\")}}|{{or 0 \"\" \"x\" (fail \"no\")}}"),
        "0|x"
    );
    assert_eq!(
        ok("{{and 1 2 3}}|{{or 0 \"\"}}|{{not 0}}|{{not .list}}"),
        "3||true|false"
    );
    assert_eq!(ok("{{.n | and 1}}|{{0 | or false}}"), "3|0");
    assert_eq!(
        err("{{not}}"),
        "template: t:1:2: executing \"t\" at <not>: wrong number of args for not: want 1 got 0"
    );
}

#[test]
fn comparisons() {
    assert_eq!(ok("{{eq 1 2 3 1}} {{ne \"a\" \"b\"}} {{lt 1 2}} {{le 2 2}} {{gt 1.5 2.5}} {{ge \"b\" \"a\"}}"), "true true true true false true");
    assert_eq!(
        ok("{{eq .nul nil}} {{eq .missing \"x\"}} {{eq .n 3.0}}"),
        "true false true"
    );
    assert_eq!(
        err("{{eq .n 3}}"),
        "template: t:1:2: executing \"t\" at <eq .n 3>: error calling eq: incompatible types for comparison: float64 and int"
    );
    assert_eq!(
        err("{{lt 1 nil}}"),
        "template: t:1:2: executing \"t\" at <lt 1 nil>: error calling lt: invalid type for comparison"
    );
    assert_eq!(
        err("{{eq .list .list}}"),
        "template: t:1:2: executing \"t\" at <eq .list .list>: error calling eq: non-comparable type [a b c]: []interface {}"
    );
}

#[test]
fn missing_keys_follow_the_option() {
    assert_eq!(
        run_mode(
            "{{.nope}}|{{.nope.deeper}}|{{.smap.x}}",
            MissingKey::Default
        )
        .unwrap(),
        "<no value>|<no value>|<no value>"
    );
    assert_eq!(
        run_mode("{{.nope}}|{{.smap.x}}|{{.smap.k}}", MissingKey::Zero).unwrap(),
        "<no value>||v"
    );
    assert_eq!(
        run_mode("{{.nope.deeper}}", MissingKey::Zero).unwrap_err(),
        "template: t:1:7: executing \"t\" at <.nope.deeper>: nil pointer evaluating interface {}.deeper"
    );
    assert_eq!(
        run_mode("{{.nope}}", MissingKey::Error).unwrap_err(),
        "template: t:1:2: executing \"t\" at <.nope>: map has no entry for key \"nope\""
    );
    assert_eq!(
        err("{{.nested.x.y}}"),
        "template: t:1:9: executing \"t\" at <.nested.x.y>: nil pointer evaluating interface {}.y"
    );
    assert_eq!(
        err("{{range .items}}{{.name}}{{end}}"),
        "template: t:1:18: executing \"t\" at <.name>: nil pointer evaluating interface {}.name"
    );
}

#[test]
fn fields_and_methods() {
    assert_eq!(ok("{{.m.c.d}} {{.files.Name}} {{.files.Greeting}} {{.files.Get \"a\"}} {{\"b\" | .files.Get}}"), "deep f hi f <a> <b>");
    assert_eq!(
        ok("{{(.files).Name}} {{$f := .files}}{{$f.Get \"c\"}} {{(index .m \"c\").d}}"),
        "f <c> deep"
    );
    assert_eq!(
        err("{{.files.Nope}}"),
        "template: t:1:8: executing \"t\" at <.files.Nope>: can't evaluate field Nope in type interface {}"
    );
    assert_eq!(
        err("{{$f := .files}}{{$f.Nope}}"),
        "template: t:1:20: executing \"t\" at <$f.Nope>: can't evaluate field Nope in type engine.Files"
    );
    assert_eq!(
        err("{{.n.x}}"),
        "template: t:1:4: executing \"t\" at <.n.x>: can't evaluate field x in type interface {}"
    );
    assert_eq!(
        err("{{$x := 1}}{{$x.y}}"),
        "template: t:1:15: executing \"t\" at <$x.y>: can't evaluate field y in type int"
    );
    assert_eq!(
        err("{{.files.Name 1}}"),
        "template: t:1:8: executing \"t\" at <.files.Name>: Name has arguments but cannot be invoked as function"
    );
    assert_eq!(
        err("{{.m.a 1}}"),
        "template: t:1:4: executing \"t\" at <.m.a>: a is not a method but has arguments"
    );
    assert_eq!(
        err("{{.files.Get}}"),
        "template: t:1:8: executing \"t\" at <.files.Get>: wrong number of args for Get: want 1 got 0"
    );
}

#[test]
fn argument_checking_follows_signatures() {
    assert_eq!(
        ok("{{upper \"a\"}} {{\"b\" | upper}} {{half 3}} {{half 1.5}}"),
        "A B 1.5 0.75"
    );
    assert_eq!(
        err("{{upper 1}}"),
        "template: t:1:8: executing \"t\" at <1>: expected string; found 1"
    );
    assert_eq!(
        err("{{upper .n}}"),
        "template: t:1:8: executing \"t\" at <.n>: wrong type for value; expected string; got float64"
    );
    assert_eq!(
        err("{{upper .nope}}"),
        "template: t:1:8: executing \"t\" at <.nope>: invalid value; expected string"
    );
    assert_eq!(
        run_mode("{{upper .nope}}", MissingKey::Zero).unwrap_err(),
        "template: t:1:8: executing \"t\" at <.nope>: wrong type for value; expected string; got interface {}"
    );
    assert_eq!(
        err("{{upper nil}}"),
        "template: t:1:8: executing \"t\" at <nil>: cannot assign nil to string"
    );
    assert_eq!(
        err("{{upper \"a\" \"b\"}}"),
        "template: t:1:2: executing \"t\" at <upper>: wrong number of args for upper: want 1 got 2"
    );
    assert_eq!(
        err("{{strs}}{{strs 1}}"),
        "template: t:1:15: executing \"t\" at <1>: expected string; found 1"
    );
    assert_eq!(
        err("{{fail \"boom\"}}"),
        "template: t:1:2: executing \"t\" at <fail \"boom\">: error calling fail: boom"
    );
    assert_eq!(
        err("{{typeOf 9223372036854775808}}"),
        "template: t:1:9: executing \"t\" at <9223372036854775808>: 9223372036854775808 overflows int"
    );
    assert_eq!(
        err("{{true 1}}"),
        "template: t:1:2: executing \"t\" at <true>: can't give argument to non-function true"
    );
    assert_eq!(
        err("{{nil}}"),
        "template: t:1:2: executing \"t\" at <nil>: nil is not a command"
    );
}

#[test]
fn range_loops() {
    assert_eq!(
        ok("{{range .list}}{{.}}{{end}}|{{range $i, $v := .list}}{{$i}}={{$v}} {{end}}"),
        "abc|0=a 1=b 2=c "
    );
    assert_eq!(
        ok("{{range $k, $v := .m}}{{$k}}{{end}}|{{range .empty}}x{{else}}none{{end}}"),
        "abc|none"
    );
    assert_eq!(
        ok("{{range 3}}{{.}}{{end}}|{{range $i := 2}}{{$i}}{{end}}|{{range 0}}x{{else}}e{{end}}"),
        "012|01|e"
    );
    assert_eq!(ok("{{range .list}}{{if eq . \"b\"}}{{continue}}{{end}}{{if eq . \"c\"}}{{break}}{{end}}{{.}}{{end}}"), "a");
    assert_eq!(ok("{{range .nope}}x{{else}}nil{{end}}"), "nil");
    assert_eq!(
        err("{{range .s}}{{end}}"),
        "template: t:1:8: executing \"t\" at <.s>: range can't iterate over str"
    );
    assert_eq!(
        err("{{range $i, $v := 3}}{{end}}"),
        "template: t:1:18: executing \"t\" at <3>: can't use 3 to iterate over more than one variable"
    );
}

#[test]
fn variables_scope_and_assignment() {
    assert_eq!(
        ok("{{$x := 1}}{{if true}}{{$x = 2}}{{$y := 3}}{{$y}}{{end}}{{$x}}"),
        "32"
    );
    assert_eq!(ok("{{$x := 0}}{{range .nums}}{{$x = .}}{{end}}{{$x}}"), "3");
    assert_eq!(ok("{{with $.s}}{{$.n}}{{end}}"), "3");
    assert_eq!(ok("{{$a := .list}}{{index $a 1}} {{len $a}}"), "b 3");
}

#[test]
fn builtin_functions() {
    assert_eq!(
        ok("{{len .s}} {{len .m}} {{index .m \"c\" \"d\"}} {{index .list 2}} {{index .m \"zz\"}}"),
        "3 3 deep c <no value>"
    );
    assert_eq!(
        ok("{{slice .list 1}} {{slice \"hello\" 1 3}} {{slice .list}}"),
        "[b c] el [a b c]"
    );
    assert_eq!(
        ok("{{html \"<a&b>\"}} {{js \"it's\"}} {{urlquery \"a b\" \"c\"}}"),
        "&lt;a&amp;b&gt; it\\'s a+bc"
    );
    assert_eq!(
        err("{{index .list 5}}"),
        "template: t:1:2: executing \"t\" at <index .list 5>: error calling index: index out of range: 5"
    );
    assert_eq!(
        err("{{len 3}}"),
        "template: t:1:2: executing \"t\" at <len 3>: error calling len: len of type int"
    );
    assert_eq!(
        err("{{call .nope}}"),
        "template: t:1:2: executing \"t\" at <call .nope>: error calling call: call of nil"
    );
}

#[test]
fn templates_and_env() {
    let mut t = Templates::new("root", funcs());
    t.parse("helpers", "{{define \"h\"}}[{{.}}|{{current}}]{{end}}")
        .unwrap();
    t.parse(
        "t",
        "{{template \"h\" .s}}{{template \"h\"}}{{include \"h\" 5 | upper}}{{tpl \"{{define \\\"x\\\"}}X{{end}}{{template \\\"x\\\"}}{{template \\\"h\\\" 1}}\" .}}{{block \"b\" .n}}<{{.}}>{{end}}",
    )
    .unwrap();
    assert_eq!(
        t.execute("t", &data()).unwrap(),
        "[str|h][<no value>|h][5|H]X[1|h]<3>"
    );
    assert!(!t.has_template("x"), "tpl's definitions must not leak");
    t.parse(
        "loop",
        "{{define \"r\"}}{{template \"r\" .}}{{end}}{{template \"r\"}}",
    )
    .unwrap();
    let e = t.execute("loop", &Value::Nil).unwrap_err().to_string();
    assert!(
        e.ends_with("exceeded maximum template depth (100000)"),
        "{e}"
    );
    t.parse("bad", "{{template \"nope\"}}").unwrap();
    assert_eq!(
        t.execute("bad", &Value::Nil).unwrap_err().to_string(),
        "template: bad:1:11: executing \"bad\" at <{{template \"nope\"}}>: template \"nope\" not defined"
    );
    t.parse("inc", "a\n  {{include \"h2\" .}}").unwrap();
    t.parse("h2file", "{{define \"h2\"}}{{.x.y}}{{end}}")
        .unwrap();
    let m = serde_json::json!({"x": null});
    assert_eq!(
        t.execute("inc", &Value::from_json(&m)).unwrap_err().to_string(),
        "template: inc:2:4: executing \"inc\" at <include \"h2\" .>: error calling include: template: h2file:1:19: executing \"h2\" at <.x.y>: nil pointer evaluating interface {}.y"
    );
}

#[test]
fn delimiters_trim_and_comments() {
    let mut t = Templates::new("root", funcs());
    t.set_delims("[[", "]]");
    t.parse("t", "a [[- .s -]] b {{.s}} [[/* c */]]!").unwrap();
    assert_eq!(t.execute("t", &data()).unwrap(), "astrb {{.s}} !");
    assert_eq!(ok("x  {{- /* c */ -}}  y {{- 3 }} {{-3}}"), "xy3 -3");
}

#[test]
fn parse_errors_in_sets() {
    assert_eq!(
        err("{{ $x := 5 }}{{ define \"v\" }}{{ $x }}{{ end }}"),
        "template: t:1: undefined variable \"$x\""
    );
    assert_eq!(err("{{define \"a\"}}x"), "template: t:1: unexpected EOF");
    assert_eq!(
        err("{{ printf \"%s\" \"a\"\n"),
        "template: t:2: unclosed action started at t:1"
    );
}

#[test]
fn deep_recursion_fails_like_go_instead_of_overflowing() {
    let run = || {
        let mut t = Templates::new("root", funcs());
        t.parse("t", "{{define \"r\"}}{{include \"r\" .}}{{end}}")
            .unwrap();
        t.execute("r", &Value::Nil).unwrap_err().to_string()
    };
    for stack in [512 << 10, 4 << 20] {
        let e = std::thread::Builder::new()
            .stack_size(stack)
            .spawn(run)
            .unwrap()
            .join()
            .unwrap();
        assert!(e.starts_with("template: t:1:16: executing \"r\" at <include \"r\" .>: error calling include: template: t:1:16:"), "{e}");
        assert!(
            e.ends_with("exceeded maximum template depth (100000)"),
            "{e}"
        );
    }
}

#[test]
fn named_map_types() {
    // A method comes before a key of the same name; index still reads the key.
    assert_eq!(
        ok("{{.vals.Len}} {{index .vals \"Len\"}} {{.vals.x}} {{typeOf .vals}}"),
        "2 key y pkg.Vals"
    );
    // Passed as its underlying map type, the callee sees the same map under that type.
    assert_eq!(
        ok("{{typeOf (plain .vals)}} {{(plain .vals).x}} {{printf \"%v\" .vals}}"),
        "map[string]interface {} y map[Len:key x:y]"
    );
    assert_eq!(
        ok("{{printf \"%#v\" .vals}}"),
        r#"pkg.Vals{"Len":"key", "x":"y"}"#
    );
    assert!(err("{{(plain .vals).Len 1}}").contains("Len is not a method but has arguments"));
}

#[test]
fn structs_print_through_pointer_stringers_only_in_actions() {
    assert_eq!(ok("{{.ver}} {{$v := .ver}}{{$v}}"), "v1 v1");
    assert_eq!(
        ok("{{print .ver}} {{.ver | print}} {{printf \"%+v\" .ver}} {{printf \"%#v\" .ver}}"),
        r#"{1 2} {1 2} {Major:1 minor:2} pkg.Version{Major:"1", minor:2}"#
    );
}
