//! A whole release record as Helm 4 prints it for `install`/`upgrade -o json|yaml`.

use serde_json::Value;

use crate::release::Release;

/// The record as a JSON value ready for [`super::json`] or [`super::yaml`]: Helm 4's fields,
/// Go's order.
pub fn release_value(rel: &Release) -> Result<Value, super::EncodeError> {
    Ok(crate::release::gojson::release_value(&rel.helm4())?)
}
