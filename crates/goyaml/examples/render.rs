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

/// Helm 4's values loading: documents split at `---` lines, each parsed into a map, maps merged
/// (shallowly here, enough for comparisons).
fn load_values(input: &str) -> Result<serde_json::Value, String> {
    let mut chunks: Vec<String> = vec![String::new()];
    for line in input.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix("---") {
            let t = rest.trim();
            if !t.is_empty() && !t.starts_with('#') {
                return Err(format!(
                    "Error: cannot load values.yaml: error reading yaml document: invalid Yaml document separator: {t}"
                ));
            }
            chunks.push(String::new());
            continue;
        }
        chunks.last_mut().unwrap().push_str(line);
    }
    let mut out = serde_json::Map::new();
    for c in chunks.into_iter().filter(|c| !c.is_empty()) {
        match goyaml::from_str(&c).map_err(|e| e.to_string())? {
            serde_json::Value::Null => {}
            serde_json::Value::Object(m) => out.extend(m),
            other => {
                let kind = match other {
                    serde_json::Value::Array(_) => "array",
                    serde_json::Value::String(_) => "string",
                    serde_json::Value::Number(_) => "number",
                    _ => "bool",
                };
                return Err(format!("error unmarshaling JSON: while decoding JSON: json: cannot unmarshal {kind} into Go value of type map[string]interface {{}}"));
            }
        }
    }
    Ok(serde_json::Value::Object(out))
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() > 2 && args[1] == "--raw" {
        // sigs.k8s.io/yaml Unmarshal of the raw file, as Helm's fromYaml does.
        let input = std::fs::read_to_string(&args[2]).unwrap();
        let out = match goyaml::from_str(&input) {
            Ok(v) => serde_json::json!({ "json": f64_numbers(v) }),
            Err(e) => serde_json::json!({ "err": e.to_string() }),
        };
        println!("{out}");
        return;
    }
    let path = std::env::args().nth(1).expect("usage: render [--raw] FILE");
    let input = std::fs::read_to_string(path).unwrap();
    let out = match load_values(&input) {
        Err(e) => serde_json::json!({ "err": e }),
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
