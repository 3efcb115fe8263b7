//! Differential test against Go: `go_oracle.json` holds templates run through Go 1.26's
//! text/template by `oracle/main.go` (cases from `oracle/cases.py`), with Go's output and
//! error text. The same templates, data and functions are run here and must agree exactly.

use std::borrow::Cow;
use std::rc::Rc;

use gotemplate::{
    Env, FuncError, FuncMap, Function, GoType, Member, MissingKey, Object, Templates, Value,
};

/// The oracle's `*main.Obj`.
struct Obj;

impl Object for Obj {
    fn type_name(&self) -> &'static str {
        "*main.Obj"
    }

    fn member(&self, name: &str) -> Option<Member> {
        let s = |v: &str| Value::from(v);
        Some(match name {
            "Name" => Member::Field(s("f")),
            "Count" => Member::Field(Value::Int(2)),
            "Any" => Member::Field(Value::Nil),
            "Tags" => Member::Field(Value::typed_list(GoType::String, vec![s("x"), s("y")])),
            "Greeting" => Member::Method(Function::pure("Greeting", vec![], None, |_| {
                Ok(Value::from("hi f"))
            })),
            "Get" => Member::Method(Function::pure("Get", vec![GoType::String], None, |a| {
                Ok(Value::from(format!(
                    "<{}>",
                    a[0].as_str().unwrap_or_default()
                )))
            })),
            "Join" => Member::Method(Function::pure(
                "Join",
                vec![GoType::String],
                Some(GoType::String),
                |a| {
                    let sep = a[0].as_str().unwrap_or_default();
                    let parts: Vec<&str> = a[1..].iter().filter_map(Value::as_str).collect();
                    Ok(Value::from(parts.join(sep)))
                },
            )),
            "Fail" => Member::Method(Function::pure("Fail", vec![], None, |_| {
                Err(FuncError::new("obj failed"))
            })),
            "Self" => Member::Method(Function::pure("Self", vec![], None, |_| {
                Ok(Value::Object(Rc::new(Obj)))
            })),
            "Num" => Member::Method(Function::pure(
                "Num",
                vec![GoType::Int],
                None,
                |a| match a[0] {
                    Value::Int(i) => Ok(Value::Int(i * 2)),
                    _ => Err(FuncError::new("not an int")),
                },
            )),
            _ => return None,
        })
    }

    fn format(&self) -> Cow<'_, str> {
        "&{f 2 <nil> [x y]}".into()
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

const DATA: &str = r#"{
  "s": "str", "n": 3, "f": 1000000, "fl": 1.5, "b": true, "z": 0, "e": "", "nul": null,
  "list": ["a", "b", "c"], "nums": [1, 2, 3], "empty": [], "emap": {},
  "m": {"b": 2, "a": 1, "c": {"d": "deep"}},
  "nested": {"x": null},
  "items": [{"name": "x"}, null],
  "big": 123456789, "neg": -2.5, "small": 0.000001
}"#;

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
    m.insert(Function::pure("strs", vec![], Some(GoType::String), |a| {
        Ok(Value::typed_list(GoType::String, a.to_vec()))
    }));
    m.insert(Function::pure("fail", vec![GoType::String], None, |a| {
        Err(FuncError::new(a[0].as_str().unwrap_or_default()))
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
    m
}

#[test]
fn agrees_with_go() {
    let cases: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("go_oracle.json")).expect("oracle json");
    let data = Value::from_json(&serde_json::from_str(DATA).expect("data json"));
    if let Value::Map(m) = &data {
        m.borrow_mut()
            .entries
            .insert("obj".into(), Value::Object(Rc::new(Obj)));
    }
    let mut failures = vec![];
    for c in &cases {
        let tmpl = c["tmpl"].as_str().unwrap_or_default();
        let want_out = c["out"].as_str().unwrap_or_default();
        let want_err = c["err"].as_str().unwrap_or_default();
        let mut set = Templates::new("root", funcs());
        set.set_missing_key(match c["mode"].as_str() {
            Some("zero") => MissingKey::Zero,
            Some("error") => MissingKey::Error,
            _ => MissingKey::Default,
        });
        if let Some(d) = c["delims"].as_array() {
            set.set_delims(d[0].as_str().unwrap_or(""), d[1].as_str().unwrap_or(""));
        }
        let mut out = String::new();
        let files = c["files"].as_array().cloned().unwrap_or_default();
        let parsed_files = files.iter().try_for_each(|f| {
            set.parse(
                f[0].as_str().unwrap_or_default(),
                f[1].as_str().unwrap_or_default(),
            )
        });
        let err = match parsed_files.and_then(|_| set.parse("t", tmpl)) {
            Err(e) => e.to_string(),
            Ok(()) => match set.execute_into("t", &data, &mut out) {
                Ok(()) => String::new(),
                Err(e) => e.to_string(),
            },
        };
        if out != want_out || err != want_err {
            failures.push(format!(
                "{} {tmpl:?}\n  want out {want_out:?} err {want_err:?}\n  got  out {out:?} err {err:?}",
                c["name"].as_str().unwrap_or_default()
            ));
        }
    }
    for f in &failures {
        println!("{f}");
    }
    println!(
        "{} of {} Go oracle cases agree",
        cases.len() - failures.len(),
        cases.len()
    );
    assert!(
        failures.is_empty(),
        "{} cases differ from Go",
        failures.len()
    );
}
