//! Helm's `toYamlPretty`: yaml.v3's encoder with indent 2.

use serde_json::Value;

pub(crate) fn to_string_pretty(value: &Value) -> String {
    crate::encode::to_string(value).unwrap_or_default()
}
