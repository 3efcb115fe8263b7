//! Prints what Helm would for a values file: `render FILE` writes a JSON object with `toyaml`
//! (`toYaml .Values` before trimming), `v` (`toYaml .Values.v`), `pretty` (`toYamlPretty`) and
//! `json` (the parsed values), or `err`. Used by differential tests against helm.

fn f64_numbers(v: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match v {
        Value::Number(n) => {
            Value::Number(serde_json::Number::from_f64(n.as_f64().unwrap()).unwrap())
        }
        Value::Array(a) => Value::Array(a.into_iter().map(f64_numbers).collect()),
        Value::Object(m) => {
            Value::Object(m.into_iter().map(|(k, v)| (k, f64_numbers(v))).collect())
        }
        other => other,
    }
}

fn main() {
    let path = std::env::args().nth(1).expect("usage: render FILE");
    let input = std::fs::read_to_string(path).unwrap();
    let out = match goyaml::from_str(&input) {
        Err(e) => serde_json::json!({ "err": e.to_string() }),
        Ok(v) => {
            let v = f64_numbers(v);
            let vv = v.get("v").cloned().unwrap_or(serde_json::Value::Null);
            serde_json::json!({
                "toyaml": goyaml::to_string(&v),
                "v": goyaml::to_string(&vv),
                "pretty": goyaml::to_string_pretty(&v),
                "json": v,
            })
        }
    };
    println!("{out}");
}
