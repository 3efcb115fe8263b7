//! Sprig functions called through their registered `Function`s, with expectations taken from
//! Go, Sprig v3.3 and Helm 4.1.4 behaviour (many from /work/shared/snippets/cases/sprig-*).

#![allow(clippy::cloned_ref_to_slice_refs)]

use std::borrow::Cow;
use std::collections::BTreeMap;

use gotemplate::gofmt::format_v;
use gotemplate::sprig::{conv, defaults, dicts, encoding, lists, reflect, strings};
use gotemplate::{FuncMap, GoType, NoEnv, Value};

fn funcs() -> FuncMap {
    let mut m = FuncMap::new();
    conv::register(&mut m);
    defaults::register(&mut m);
    dicts::register(&mut m);
    encoding::register(&mut m);
    lists::register(&mut m);
    reflect::register(&mut m);
    strings::register(&mut m);
    m
}

fn call(name: &str, args: &[Value]) -> Result<Value, String> {
    let m = funcs();
    let f = m
        .get(name)
        .unwrap_or_else(|| panic!("{name} not registered"));
    f.call(&mut NoEnv, args).map_err(|e| e.0)
}

/// `%v` of a successful call.
fn v(name: &str, args: &[Value]) -> String {
    format_v(&call(name, args).unwrap_or_else(|e| panic!("{name}: {e}")))
}

fn err(name: &str, args: &[Value]) -> String {
    match call(name, args) {
        Ok(x) => panic!("{name} succeeded with {x:?}"),
        Err(e) => e,
    }
}

fn s(x: &str) -> Value {
    Value::str(x)
}

fn i(n: i64) -> Value {
    Value::Int(n)
}

fn f(x: f64) -> Value {
    Value::Float(x)
}

fn l(items: Vec<Value>) -> Value {
    Value::list(items)
}

fn d(pairs: Vec<(&str, Value)>) -> Value {
    dicts::dict_of(pairs)
}

fn json(text: &str) -> Value {
    Value::from_json(&serde_json::from_str(text).unwrap())
}

#[test]
fn conv_family() {
    assert_eq!(
        v("atoi", &[s("99999999999999999999")]),
        "9223372036854775807"
    );
    assert_eq!(v("atoi", &[s("12")]), "12");
    assert_eq!(v("atoi", &[s("x")]), "0");
    assert_eq!(v("int", &[l(vec![i(1)])]), "0");
    assert_eq!(v("int", &[f(9007199254740992.0)]), "9007199254740992");
    assert_eq!(v("int", &[s("  5 ")]), "0");
    assert_eq!(v("int", &[f(1e300)]), "-9223372036854775808");
    assert_eq!(v("int64", &[s("0o17")]), "15");
    assert_eq!(v("int64", &[Value::Bool(true)]), "1");
    assert!(matches!(call("int64", &[s("3")]), Ok(Value::Int64(3))));
    assert!(matches!(call("int", &[s("3")]), Ok(Value::Int(3))));
    assert_eq!(v("float64", &[s("1.5")]), "1.5");
    assert_eq!(v("toString", &[f(1e19)]), "1e+19");
    assert_eq!(v("toString", &[Value::Nil]), "<nil>");
    assert_eq!(v("toString", &[d(vec![("a", i(1))])]), "map[a:1]");
    assert_eq!(v("toString", &[f(2.7)]), "2.7");
    assert_eq!(v("toStrings", &[i(5)]), "[5]");
    let ts = call("toStrings", &[l(vec![i(1), Value::Nil, s("a")])]).unwrap();
    assert_eq!(ts.go_type().to_string(), "[]string");
    assert_eq!(format_v(&ts), "[1 a]");
    assert_eq!(v("toDecimal", &[s("0777")]), "511");
}

#[test]
fn strings_family() {
    assert_eq!(v("upper", &[s("héllo ß")]), "HÉLLO ß");
    assert_eq!(v("lower", &[s("ÀÉÎ")]), "àéî");
    assert_eq!(v("title", &[s("o'neil mc-donald")]), "O'Neil Mc-Donald");
    assert_eq!(v("untitle", &[s("HELLO")]), "hELLO");
    assert_eq!(v("untitle", &[s("A b")]), "a b");
    assert_eq!(v("trim", &[s("  a b \n")]), "a b");
    assert_eq!(v("trimAll", &[s("$"), s("$$5.00$")]), "5.00");
    assert_eq!(v("trimSuffix", &[s("-"), s("a--")]), "a-");
    assert_eq!(v("trimPrefix", &[s("a"), s("aab")]), "ab");
    assert_eq!(v("nospace", &[s("hello w o r l d")]), "helloworld");
    assert_eq!(v("initials", &[s("  spaced   out ")]), "so");
    assert_eq!(v("initials", &[s("élan vital")]), "Ãv");
    assert_eq!(v("repeat", &[i(3), s("ab")]), "ababab");
    assert_eq!(
        err("repeat", &[i(-1), s("x")]),
        "strings: negative Repeat count"
    );
    assert_eq!(v("substr", &[i(0), i(-1), s("hello")]), "hello");
    assert_eq!(v("substr", &[i(1), i(3), s("héllo")]), "é");
    assert_eq!(v("substr", &[i(5), i(5), s("hello")]), "");
    assert_eq!(
        err("substr", &[i(-1), i(10), s("hello")]),
        "runtime error: slice bounds out of range [:10] with length 5"
    );
    assert_eq!(
        err("substr", &[i(4), i(2), s("hello")]),
        "runtime error: slice bounds out of range [4:2]"
    );
    assert_eq!(v("trunc", &[i(3), s("hello")]), "hel");
    assert_eq!(v("trunc", &[i(-3), s("hello")]), "llo");
    assert_eq!(
        v("quote", &[call("trunc", &[i(2), s("héllo")]).unwrap()]),
        "\"h\\xc3\""
    );
    assert_eq!(v("abbrev", &[i(5), s("hello world")]), "he...");
    assert_eq!(
        v("abbrevboth", &[i(5), i(10), s("1234 5678 9123")]),
        "...5678..."
    );
    assert_eq!(v("wrap", &[i(5), s("Hello World")]), "Hello\nWorld");
    assert_eq!(v("wrap", &[i(3), s("abcdefgh")]), "abcdefgh");
    assert_eq!(
        v(
            "wrap",
            &[i(10), s("The quick brown fox jumps over the lazy dog")]
        ),
        "The quick\nbrown fox\njumps over\nthe lazy\ndog"
    );
    assert_eq!(v("wrap", &[i(0), s("a b")]), "a\nb");
    assert_eq!(
        v("wrap", &[i(5), s("a\nbb ccc dddd eeeee")]),
        "a\nbb\nccc\ndddd\neeeee"
    );
    assert_eq!(
        v("wrapWith", &[i(5), s("\t"), s("Hello World")]),
        "Hello\tWorld"
    );
    assert_eq!(v("wrapWith", &[i(3), s("|"), s("abcdefgh")]), "abc|def|gh");
    assert_eq!(v("contains", &[s("cat"), s("catch")]), "true");
    assert_eq!(v("hasPrefix", &[s("ca"), s("catch")]), "true");
    assert_eq!(v("hasSuffix", &[s("ca"), s("catch")]), "false");
    assert_eq!(
        v("quote", &[i(1), f(2.5), Value::Bool(true)]),
        "\"1\" \"2.5\" \"true\""
    );
    assert_eq!(
        v("quote", &[s("has \"dq\""), s("has 'sq'")]),
        r#""has \"dq\"" "has 'sq'""#
    );
    assert_eq!(v("quote", &[l(vec![i(1), i(2)])]), "\"[1 2]\"");
    assert_eq!(v("quote", &[s("a"), Value::Nil, s("b")]), "\"a\" \"b\"");
    assert_eq!(v("squote", &[s("a"), i(1)]), "'a' '1'");
    assert_eq!(
        v("cat", &[s("a"), i(1), f(2.5), Value::Bool(true)]),
        "a 1 2.5 true"
    );
    assert_eq!(v("cat", &[s("a"), Value::Nil, s("b")]), "a b");
    assert_eq!(v("cat", &[]), "");
    assert_eq!(v("cat", &[s(""), s("x"), s("")]), " x ");
    assert_eq!(v("indent", &[i(4), s("a\nb")]), "    a\n    b");
    assert_eq!(v("nindent", &[i(2), s("a\nb")]), "\n  a\n  b");
    assert_eq!(v("replace", &[s("a"), s("b"), s("banana")]), "bbnbnb");
    assert_eq!(v("plural", &[s("one"), s("many"), i(1)]), "one");
    assert_eq!(v("plural", &[s("one"), s("many"), i(2)]), "many");
    assert_eq!(v("snakecase", &[s("userID2Name")]), "user_id2_name");
    assert_eq!(v("snakecase", &[s("ABC")]), "abc");
    assert_eq!(v("snakecase", &[s("some-kebab-case")]), "some_kebab_case");
    assert_eq!(v("kebabcase", &[s("HTTPServer")]), "http-server");
    assert_eq!(v("camelcase", &[s("http_server")]), "HttpServer");
    assert_eq!(v("swapcase", &[s("Hello World")]), "hELLO wORLD");
}

#[test]
fn split_and_join() {
    assert_eq!(v("split", &[s(","), s("a,b,c")]), "map[_0:a _1:b _2:c]");
    assert_eq!(v("split", &[s(""), s("ab")]), "map[_0:a _1:b]");
    assert_eq!(v("split", &[s(","), s("")]), "map[_0:]");
    let sp = call("split", &[s(","), s("a")]).unwrap();
    assert_eq!(sp.go_type().to_string(), "map[string]string");
    assert_eq!(v("splitn", &[s(","), i(2), s("a,b,c")]), "map[_0:a _1:b,c]");
    assert_eq!(v("splitn", &[s(","), i(0), s("a,b,c")]), "map[]");
    assert_eq!(
        v("splitn", &[s(","), i(-1), s("a,b,c")]),
        "map[_0:a _1:b _2:c]"
    );
    assert_eq!(v("splitList", &[s("/"), s("a/b")]), "[a b]");
    assert_eq!(
        v("join", &[s("-"), l(vec![s("a"), i(1), Value::Nil])]),
        "a-1"
    );
    assert_eq!(v("join", &[s("-"), s("x")]), "x");
    assert_eq!(
        v("sortAlpha", &[l(vec![s("b"), i(10), s("a")])]),
        "[10 a b]"
    );
    assert_eq!(
        v("sortAlpha", &[d(vec![("b", i(1)), ("a", i(2))])]),
        "[map[a:2 b:1]]"
    );
}

#[test]
fn lists_family() {
    let l123 = l(vec![i(1), i(2), i(3)]);
    assert_eq!(v("list", &[i(1), s("a")]), "[1 a]");
    assert_eq!(v("append", &[l123.clone(), i(4)]), "[1 2 3 4]");
    assert_eq!(v("mustPush", &[l(vec![]), Value::Nil]), "[<nil>]");
    assert_eq!(
        err("mustAppend", &[s("s"), i(1)]),
        "Cannot push on type string"
    );
    assert_eq!(err("append", &[Value::Nil, i(1)]), lists::NIL_DEREF);
    assert_eq!(v("prepend", &[l123.clone(), i(0)]), "[0 1 2 3]");
    assert_eq!(
        err("prepend", &[s("x"), i(1)]),
        "Cannot prepend on type string"
    );
    assert_eq!(v("first", &[l123.clone()]), "1");
    assert_eq!(v("first", &[l(vec![])]), "<nil>");
    assert_eq!(err("first", &[d(vec![])]), "Cannot find first on type map");
    assert_eq!(v("last", &[l123.clone()]), "3");
    assert_eq!(err("last", &[i(1)]), "Cannot find last on type int");
    assert_eq!(v("rest", &[l123.clone()]), "[2 3]");
    assert_eq!(v("initial", &[l123.clone()]), "[1 2]");
    assert_eq!(
        err("mustInitial", &[d(vec![])]),
        "Cannot find initial on type map"
    );
    assert_eq!(v("reverse", &[l123.clone()]), "[3 2 1]");
    assert_eq!(
        err("reverse", &[s("abc")]),
        "Cannot find reverse on type string"
    );
    assert_eq!(v("mustChunk", &[i(2), l123.clone()]), "[[1 2] [3]]");
    assert_eq!(v("chunk", &[i(2), l(vec![])]), "[]");
    assert_eq!(
        v(
            "uniq",
            &[l(vec![d(vec![("a", i(1))]), d(vec![("a", i(1))])])]
        ),
        "[map[a:1]]"
    );
    assert_eq!(v("uniq", &[l(vec![i(1), i(1), Value::Int64(1)])]), "[1 1]");
    assert_eq!(v("without", &[l123.clone(), i(2), i(3)]), "[1]");
    assert_eq!(v("has", &[i(2), l123.clone()]), "true");
    assert_eq!(v("has", &[i(2), Value::Nil]), "false");
    assert_eq!(
        err("has", &[i(1), s("s")]),
        "Cannot find has on type string"
    );
    assert_eq!(v("slice", &[l123.clone(), i(1)]), "[2 3]");
    assert_eq!(v("slice", &[l123.clone(), i(0), i(2)]), "[1 2]");
    assert_eq!(v("slice", &[l(vec![])]), "<nil>");
    assert_eq!(
        err("mustSlice", &[s("abc"), i(1)]),
        "list should be type of slice or array but string"
    );
    assert_eq!(
        v("concat", &[l(vec![i(1)]), l(vec![]), l(vec![i(2), i(3)])]),
        "[1 2 3]"
    );
    assert_eq!(v("concat", &[]), "[]");
    assert_eq!(
        v(
            "compact",
            &[l(vec![
                i(1),
                i(0),
                s(""),
                s("a"),
                Value::Nil,
                Value::Bool(false),
                l(vec![]),
                Value::Bool(true)
            ])]
        ),
        "[1 a true]"
    );
    assert_eq!(err("compact", &[Value::Nil]), lists::NIL_DEREF);
    assert_eq!(
        err("mustCompact", &[s("s")]),
        "Cannot compact on type string"
    );
    let typed = Value::typed_list(GoType::String, vec![s("a"), s("b")]);
    let sl = call("slice", &[typed, i(1)]).unwrap();
    assert_eq!(sl.go_type().to_string(), "[]string");
}

#[test]
fn dicts_family() {
    assert_eq!(v("dict", &[s("a"), i(1), s("b")]), "map[a:1 b:]");
    assert_eq!(v("dict", &[i(1), i(2)]), "map[1:2]");
    let m = d(vec![("a", i(1))]);
    assert_eq!(v("get", &[m.clone(), s("a")]), "1");
    assert_eq!(v("get", &[m.clone(), s("z")]), "");
    // set and unset change the map they are given.
    call("set", &[m.clone(), s("b"), s("x")]).unwrap();
    assert_eq!(format_v(&m), "map[a:1 b:x]");
    assert_eq!(v("unset", &[m.clone(), s("a")]), "map[b:x]");
    assert_eq!(format_v(&m), "map[b:x]");
    assert_eq!(v("hasKey", &[m.clone(), s("b")]), "true");
    assert_eq!(v("hasKey", &[m.clone(), s("a")]), "false");
    let values = json(r#"{"d": {"b": 2, "a": 1}, "list": [{"name": "xa"}, {"name": "yb"}]}"#);
    let Value::Map(vm) = &values else { panic!() };
    let dd = vm.borrow().entries["d"].clone();
    assert_eq!(
        v(
            "pluck",
            &[
                s("a"),
                dd.clone(),
                d(vec![("a", i(5))]),
                d(vec![("b", i(1))])
            ]
        ),
        "[1 5]"
    );
    assert_eq!(v("pluck", &[s("a"), d(vec![("a", Value::Nil)])]), "[<nil>]");
    assert_eq!(v("keys", &[dd.clone(), d(vec![("c", i(1))])]), "[a b c]");
    assert_eq!(v("values", &[dd.clone()]), "[1 2]");
    assert_eq!(v("pick", &[dd.clone(), s("a"), s("z")]), "map[a:1]");
    assert_eq!(v("omit", &[dd.clone(), s("a")]), "map[b:2]");
}

#[test]
fn merges_follow_mergo() {
    let dst = d(vec![("a", i(1)), ("n", d(vec![("x", i(1))]))]);
    let src = d(vec![
        ("a", i(2)),
        ("b", i(3)),
        ("n", d(vec![("x", i(9)), ("y", i(2))])),
    ]);
    call("merge", &[dst.clone(), src]).unwrap();
    assert_eq!(format_v(&dst), "map[a:1 b:3 n:map[x:1 y:2]]");
    assert_eq!(
        v(
            "merge",
            &[
                d(vec![("l", l(vec![i(1), i(2)]))]),
                d(vec![("l", l(vec![i(3)]))])
            ]
        ),
        "map[l:[1 2]]"
    );
    assert_eq!(
        v("merge", &[d(vec![("a", s(""))]), d(vec![("a", s("x"))])]),
        "map[a:x]"
    );
    assert_eq!(
        v(
            "mergeOverwrite",
            &[
                d(vec![("a", i(1)), ("n", d(vec![("x", i(1)), ("z", i(0))]))]),
                d(vec![
                    ("a", i(2)),
                    ("b", i(3)),
                    ("n", d(vec![("x", i(9)), ("y", i(2))]))
                ])
            ]
        ),
        "map[a:2 b:3 n:map[x:9 y:2 z:0]]"
    );
    assert_eq!(
        v(
            "mergeOverwrite",
            &[
                d(vec![("l", l(vec![i(1), i(2)]))]),
                d(vec![("l", l(vec![i(3)]))])
            ]
        ),
        "map[l:[3]]"
    );
    let dd = d(vec![("a", i(1))]);
    call(
        "mergeOverwrite",
        &[
            dd.clone(),
            d(vec![("a", i(2))]),
            d(vec![("a", i(3)), ("b", i(1))]),
        ],
    )
    .unwrap();
    assert_eq!(format_v(&dd), "map[a:3 b:1]");
    assert_eq!(
        v(
            "mergeOverwrite",
            &[d(vec![("a", d(vec![("b", i(1))]))]), d(vec![("a", s("s"))])]
        ),
        "map[a:s]"
    );
    // Overwriting takes empty source values too, but not nil ones.
    assert_eq!(
        v(
            "mergeOverwrite",
            &[d(vec![("a", i(1))]), d(vec![("a", i(0))])]
        ),
        "map[a:0]"
    );
}

#[test]
fn deep_copy_and_dig() {
    let a = d(vec![("x", d(vec![("y", i(1))]))]);
    let b = call("deepCopy", &[a.clone()]).unwrap();
    let Value::Map(bm) = &b else { panic!() };
    let inner = bm.borrow().entries["x"].clone();
    call("set", &[inner, s("y"), i(2)]).unwrap();
    assert_eq!(format_v(&a), "map[x:map[y:1]]");
    assert_eq!(format_v(&b), "map[x:map[y:2]]");

    let deep = json(r#"{"a": {"b": {"c": "found"}}}"#);
    assert_eq!(
        v("dig", &[s("a"), s("b"), s("c"), s("def"), deep.clone()]),
        "found"
    );
    assert_eq!(
        v("dig", &[s("a"), s("x"), s("c"), s("def"), deep.clone()]),
        "def"
    );
    assert_eq!(
        v("dig", &[s("a"), s("def"), deep.clone()]),
        "map[b:map[c:found]]"
    );
    assert_eq!(
        err(
            "dig",
            &[s("a"), s("b"), s("c"), s("d"), s("def"), deep.clone()]
        ),
        "interface conversion: interface {} is string, not map[string]interface {}"
    );
    assert_eq!(
        err("dig", &[s("a"), s("def"), Value::Nil]),
        "interface conversion: interface {} is nil, not map[string]interface {}"
    );
    assert_eq!(
        err("dig", &[s("a"), s("def")]),
        "dig needs at least three arguments"
    );
}

#[test]
fn defaults_family() {
    let vals = json(
        r#"{"zero": 0, "zerof": 0.0, "empty": "", "f": false, "none": null, "el": [],
            "em": {}, "val": "set", "num": 3, "l": [1], "m": {"a": 1}, "sp": " "}"#,
    );
    let Value::Map(vm) = &vals else { panic!() };
    let get = |k: &str| vm.borrow().entries.get(k).cloned().unwrap_or(Value::Nil);
    for k in ["missing", "zero", "zerof", "empty", "f", "none", "el", "em"] {
        assert_eq!(v("default", &[s("d"), get(k)]), "d", "{k}");
    }
    for (k, want) in [
        ("val", "set"),
        ("num", "3"),
        ("l", "[1]"),
        ("m", "map[a:1]"),
        ("sp", " "),
    ] {
        assert_eq!(v("default", &[s("d"), get(k)]), want, "{k}");
    }
    assert_eq!(v("default", &[s("d")]), "d");
    assert_eq!(v("empty", &[get("sp")]), "false");
    assert_eq!(v("empty", &[l(vec![i(0)])]), "false");
    assert_eq!(v("empty", &[d(vec![("a", Value::Nil)])]), "false");
    assert_eq!(v("empty", &[Value::Int64(0)]), "true");
    assert_eq!(v("empty", &[s("0")]), "false");
    assert_eq!(v("coalesce", &[Value::Nil, get("zero"), get("val")]), "set");
    assert_eq!(v("coalesce", &[i(0), s(""), Value::Bool(false)]), "<nil>");
    assert_eq!(
        v("coalesce", &[l(vec![]), d(vec![]), i(0), s("last")]),
        "last"
    );
    assert_eq!(v("all", &[i(1), s("a"), Value::Bool(true)]), "true");
    assert_eq!(v("all", &[i(1), i(0)]), "false");
    assert_eq!(v("all", &[]), "true");
    assert_eq!(v("any", &[i(0), s(""), i(1)]), "true");
    assert_eq!(v("any", &[]), "false");
    assert_eq!(v("ternary", &[s("y"), s("n"), Value::Bool(true)]), "y");
    assert_eq!(v("ternary", &[s("y"), s("n"), Value::Bool(false)]), "n");
    assert_eq!(err("fail", &[s("custom failure")]), "custom failure");
}

#[test]
fn json_functions() {
    let m = json(
        r#"{"b": 2, "a": "x", "c": [1, 2.5, true, null], "html": "<a&b>", "nested": {"k": {}}}"#,
    );
    assert_eq!(
        v("toJson", &[m.clone()]),
        r#"{"a":"x","b":2,"c":[1,2.5,true,null],"html":"\u003ca\u0026b\u003e","nested":{"k":{}}}"#
    );
    assert_eq!(
        v("toRawJson", &[m.clone()]),
        r#"{"a":"x","b":2,"c":[1,2.5,true,null],"html":"<a&b>","nested":{"k":{}}}"#
    );
    assert_eq!(
        v("toJson", &[f(12345678901234567890.0)]),
        "12345678901234567000"
    );
    assert_eq!(v("toJson", &[f(1e21)]), "1e+21");
    assert_eq!(v("toJson", &[f(0.000001)]), "0.000001");
    assert_eq!(v("toJson", &[f(1e-7)]), "1e-7");
    assert_eq!(v("toJson", &[f(1000000.0)]), "1000000");
    assert_eq!(
        v("toJson", &[s("a\"b\\c\n\u{2028}")]),
        r#""a\"b\\c\n\u2028""#
    );
    assert_eq!(v("toJson", &[Value::Nil]), "null");
    assert_eq!(v("toJson", &[l(vec![])]), "[]");
    assert_eq!(v("toJson", &[f(f64::NAN)]), "");
    assert_eq!(
        err("mustToJson", &[f(f64::NAN)]),
        "json: unsupported value: NaN"
    );
    assert_eq!(
        v(
            "mustToPrettyJson",
            &[d(vec![("a", d(vec![])), ("b", l(vec![]))])]
        ),
        "{\n  \"a\": {},\n  \"b\": []\n}"
    );
    assert_eq!(
        v(
            "toPrettyJson",
            &[d(vec![("a", l(vec![i(1), d(vec![("k", s("v"))])]))])]
        ),
        "{\n  \"a\": [\n    1,\n    {\n      \"k\": \"v\"\n    }\n  ]\n}"
    );
    assert_eq!(
        v("fromJson", &[s(r#"{"a":1,"b":[1,2]}"#)]),
        "map[a:1 b:[1 2]]"
    );
    assert_eq!(v("fromJson", &[s("not json")]), "<nil>");
    assert_eq!(
        err("mustFromJson", &[s("bad")]),
        "invalid character 'b' looking for beginning of value"
    );
    assert_eq!(
        err("mustFromJson", &[s("not json")]),
        "invalid character 'o' in literal null (expecting 'u')"
    );
    assert_eq!(
        err("mustFromJson", &[s("")]),
        "unexpected end of JSON input"
    );
    assert_eq!(
        err("mustFromJson", &[s(r#"{"a":1} trailing"#)]),
        "invalid character 't' after top-level value"
    );
    assert_eq!(
        v("mustFromJson", &[s(r#"{"n":12345678901234567890}"#)]),
        "map[n:1.2345678901234567e+19]"
    );
    assert_eq!(
        err("mustFromJson", &[s(r#"{"a" 1}"#)]),
        "invalid character '1' after object key"
    );
    assert_eq!(
        err("mustFromJson", &[s("[1,]")]),
        "invalid character ']' looking for beginning of value"
    );
    assert_eq!(
        err("mustFromJson", &[s("{\"a\":\"\n\"}")]),
        "invalid character '\\n' in string literal"
    );
    assert_eq!(v("mustFromJson", &[s(r#""\u00e9\ud83d\ude00""#)]), "é😀");
}

#[test]
fn encoding_family() {
    assert_eq!(v("b64enc", &[s("hello world")]), "aGVsbG8gd29ybGQ=");
    assert_eq!(v("b64enc", &[s("")]), "");
    assert_eq!(v("b64enc", &[s("héllo\n")]), "aMOpbGxvCg==");
    assert_eq!(v("b64dec", &[s("aGVsbG8gd29ybGQ=")]), "hello world");
    assert_eq!(
        v("b64dec", &[s("aGVsbG8")]),
        "illegal base64 data at input byte 4"
    );
    assert_eq!(
        v("b64dec", &[s("not base64!")]),
        "illegal base64 data at input byte 3"
    );
    assert_eq!(v("b64dec", &[s("YQ==")]), "a");
    assert_eq!(
        v("b64dec", &[s("YQ=")]),
        "illegal base64 data at input byte 3"
    );
    assert_eq!(
        v("b64dec", &[s("YQ==YQ==")]),
        "illegal base64 data at input byte 4"
    );
    assert_eq!(v("b32enc", &[s("hello")]), "NBSWY3DP");
    assert_eq!(v("b32enc", &[s("a")]), "ME======");
    assert_eq!(v("b32dec", &[s("NBSWY3DP")]), "hello");
    assert_eq!(v("b32dec", &[s("ME======")]), "a");
    assert_eq!(
        v("b32dec", &[s("ME")]),
        "illegal base32 data at input byte 0"
    );
    assert_eq!(
        v("b32dec", &[s("M1======")]),
        "illegal base32 data at input byte 1"
    );
}

#[test]
fn reflect_family() {
    assert_eq!(v("typeOf", &[f(1.0)]), "float64");
    assert_eq!(v("typeOf", &[Value::Nil]), "<nil>");
    assert_eq!(v("typeOf", &[l(vec![])]), "[]interface {}");
    assert_eq!(v("typeIs", &[s("int64"), Value::Int64(1)]), "true");
    assert_eq!(v("typeIsLike", &[s("int"), i(1)]), "true");
    assert_eq!(v("kindOf", &[d(vec![])]), "map");
    assert_eq!(v("kindOf", &[Value::Nil]), "invalid");
    assert_eq!(v("kindIs", &[s("slice"), l(vec![])]), "true");
    assert_eq!(v("deepEqual", &[l(vec![i(1)]), l(vec![i(1)])]), "true");
    assert_eq!(v("deepEqual", &[i(1), Value::Int64(1)]), "false");
    let _ = BTreeMap::<String, Value>::new();
}

#[test]
fn helm_style_json_decoding() {
    use gotemplate::sprig::defaults::{json_decode_list, json_decode_map};
    assert!(json_decode_map("null").unwrap().is_empty());
    assert_eq!(
        json_decode_map("[1,2]").unwrap_err(),
        "json: cannot unmarshal array into Go value of type map[string]interface {}"
    );
    assert_eq!(
        json_decode_map("").unwrap_err(),
        "unexpected end of JSON input"
    );
    assert_eq!(format_v(&json_decode_map(r#"{"a":1}"#).unwrap()["a"]), "1");
    assert_eq!(
        json_decode_list("{}").unwrap_err(),
        "json: cannot unmarshal object into Go value of type []interface {}"
    );
    assert_eq!(json_decode_list(r#"[1,"a",{"b":null}]"#).unwrap().len(), 3);
}

#[test]
fn every_core_function_is_registered() {
    let names = "abbrev abbrevboth trunc trim upper lower title untitle substr repeat trimall \
        trimAll trimSuffix trimPrefix nospace initials swapcase snakecase camelcase kebabcase \
        wrap wrapWith contains hasPrefix hasSuffix quote squote cat indent nindent replace \
        plural toString atoi int64 int float64 toDecimal split splitList splitn toStrings join \
        sortAlpha default empty coalesce all any compact mustCompact fromJson toJson \
        toPrettyJson toRawJson mustFromJson mustToJson mustToPrettyJson mustToRawJson ternary \
        deepCopy mustDeepCopy typeOf typeIs typeIsLike kindOf kindIs deepEqual b64enc b64dec \
        b32enc b32dec tuple list dict get set unset hasKey pluck keys pick omit merge \
        mergeOverwrite mustMerge mustMergeOverwrite values append push mustAppend mustPush \
        prepend mustPrepend first mustFirst rest mustRest last mustLast initial mustInitial \
        reverse mustReverse uniq mustUniq without mustWithout has mustHas slice mustSlice \
        concat dig chunk mustChunk fail hello";
    let m = funcs();
    let missing: Vec<&str> = names
        .split_whitespace()
        .filter(|n| !m.contains(n))
        .collect();
    assert!(missing.is_empty(), "not registered: {missing:?}");
}

#[test]
fn json_cycles_and_depth() {
    let m = d(vec![("a", i(1))]);
    call("set", &[m.clone(), s("self"), m.clone()]).unwrap();
    assert_eq!(
        err("mustToJson", &[m.clone()]),
        "json: unsupported value: encountered a cycle via map[string]interface {}"
    );
    assert_eq!(v("toJson", &[m.clone()]), "");
    // Break the cycle so the test does not leak.
    call("unset", &[m, s("self")]).unwrap();
    let deep = "[".repeat(10001);
    assert_eq!(
        err("mustFromJson", &[s(&deep)]),
        "invalid character '[' exceeded max depth"
    );
    let ok = format!("{}{}", "[".repeat(100), "]".repeat(100));
    assert!(call("mustFromJson", &[s(&ok)]).is_ok());
    // The same map twice (not a cycle) is fine.
    let inner = d(vec![("x", i(1))]);
    assert_eq!(
        v("toJson", &[d(vec![("a", inner.clone()), ("b", inner)])]),
        r#"{"a":{"x":1},"b":{"x":1}}"#
    );
}

struct Version;

impl gotemplate::Object for Version {
    fn type_name(&self) -> &'static str {
        "*semver.Version"
    }

    fn member(&self, _name: &str) -> Option<gotemplate::Member> {
        None
    }

    fn format(&self) -> Cow<'_, str> {
        "1.2.3".into()
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

#[test]
fn objects_print_through_their_string_form() {
    use gotemplate::gofmt::{sprint, sprintf};
    let o = Value::object(Version);
    assert_eq!(
        sprintf(
            "%v|%s|%q|%x|%T",
            &[o.clone(), o.clone(), o.clone(), o.clone(), o.clone()]
        ),
        "1.2.3|1.2.3|\"1.2.3\"|312e322e33|*semver.Version"
    );
    assert_eq!(sprint(&[o.clone(), o.clone()]), "1.2.3 1.2.3");
    assert_eq!(v("toString", &[o.clone()]), "1.2.3");
    assert_eq!(v("quote", &[o.clone()]), "\"1.2.3\"");
    assert_eq!(v("toJson", &[o.clone()]), "\"1.2.3\"");
    assert_eq!(v("empty", &[o.clone()]), "false");
    assert_eq!(v("kindOf", &[o.clone()]), "ptr");
    assert_eq!(v("typeOf", &[o.clone()]), "*semver.Version");
    assert_eq!(v("typeIsLike", &[s("semver.Version"), o.clone()]), "true");
    assert_eq!(v("list", &[o]), "[1.2.3]");
}
