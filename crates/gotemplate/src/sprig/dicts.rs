//! Sprig's dicts functions.

use crate::func::FuncMap;

pub fn register(_m: &mut FuncMap) {}
