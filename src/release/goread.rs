//! JSON read into a struct the way Go's `encoding/json` reads one, for the release records:
//! a `null` leaves a field at its zero value (`""`, `0`, an empty list, a zero struct, `None`,
//! a zero time that remembers it was written as `null`), and the keys the struct does not
//! declare are kept, in order, in its `extra` map so that a record read and written again
//! loses nothing.
//!
//! A struct opts in as a whole with [`go_struct!`]: its derives carry
//! `#[serde(remote = "Self", default)]`, its `extra` map `#[serde(flatten, skip_deserializing)]`
//! (written back by the derived `Serialize`, filled here when reading), and no field needs a
//! reading attribute of its own.

use serde::de::value::{MapDeserializer, SeqDeserializer, StringDeserializer};
use serde::de::{self, DeserializeSeed, Deserializer, IntoDeserializer, MapAccess, Visitor};
use serde::{forward_to_deserialize_any, Deserialize as _};
use serde_json::{Map, Value};

/// Reads a struct with the derived deserializer `derived` (from `#[serde(remote = "Self")]`):
/// the JSON object is split into the keys the struct declares, whose `null`s read as zero
/// values, and the others, which become the struct's `extra` map.
pub(crate) fn read<'de, D, T>(
    d: D,
    derived: impl FnOnce(Fields<'_>) -> Result<T, serde_json::Error>,
    keep_unknown: fn(&mut T, Map<String, Value>),
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
{
    let object = Map::<String, Value>::deserialize(d)?;
    let mut unknown = Map::new();
    let mut value = derived(Fields {
        object,
        unknown: &mut unknown,
    })
    .map_err(de::Error::custom)?;
    keep_unknown(&mut value, unknown);
    Ok(value)
}

/// The JSON object of one struct, handed to its derived deserializer.
pub(crate) struct Fields<'a> {
    object: Map<String, Value>,
    /// Where the keys the struct does not declare go.
    unknown: &'a mut Map<String, Value>,
}

impl<'de> Deserializer<'de> for Fields<'_> {
    type Error = serde_json::Error;

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        let mut known = Vec::with_capacity(self.object.len());
        for (k, v) in self.object {
            if fields.contains(&k.as_str()) {
                known.push((k, v));
            } else {
                self.unknown.insert(k, v);
            }
        }
        visitor.visit_map(KnownFields {
            entries: known.into_iter(),
            value: None,
        })
    }

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        Value::Object(self.object).deserialize_any(visitor)
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}

/// The declared keys of a struct, a `null` value read as the field's zero value.
struct KnownFields {
    entries: std::vec::IntoIter<(String, Value)>,
    value: Option<Value>,
}

impl<'de> MapAccess<'de> for KnownFields {
    type Error = serde_json::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Self::Error> {
        match self.entries.next() {
            Some((k, v)) => {
                self.value = Some(v);
                seed.deserialize(StringDeserializer::new(k)).map(Some)
            }
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, Self::Error> {
        match self.value.take() {
            Some(Value::Null) | None => seed.deserialize(Zero),
            Some(v) => seed.deserialize(v),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

/// A JSON `null` read into a field: every type gets its zero value, as in Go; an `Option`
/// (and so a time that keeps how it was written) sees `null`.
struct Zero;

impl<'de> Deserializer<'de> for Zero {
    type Error = serde_json::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_unit()
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_bool(false)
    }

    fn deserialize_i8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_i64(0)
    }

    fn deserialize_i16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_i64(0)
    }

    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_i64(0)
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_i64(0)
    }

    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_u64(0)
    }

    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_u64(0)
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_u64(0)
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_u64(0)
    }

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_f64(0.0)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_f64(0.0)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_str("")
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_str("")
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_none()
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_seq(SeqDeserializer::new(std::iter::empty::<Value>()))
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_map(MapDeserializer::new(std::iter::empty::<(String, Value)>()))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.deserialize_map(visitor)
    }

    forward_to_deserialize_any! {
        i128 u128 char bytes byte_buf unit unit_struct tuple tuple_struct enum identifier
        ignored_any
    }
}

impl<'de> IntoDeserializer<'de, serde_json::Error> for Zero {
    type Deserializer = Zero;

    fn into_deserializer(self) -> Zero {
        self
    }
}

/// Gives the structs named the `Serialize` and `Deserialize` impls of a record read like Go
/// (see the module documentation): each must derive both with `#[serde(remote = "Self")]` and
/// have an `extra: Object` field marked `#[serde(flatten, skip_deserializing)]`. After
/// `drop_unknown:`, structs without `extra`, whose unknown keys are dropped as Go drops them.
macro_rules! go_struct {
    (drop_unknown: $($t:ty),* $(,)?) => {$(
        $crate::release::goread::go_struct!(@impl $t, |_, _| {});
    )*};
    (@impl $t:ty, $keep:expr) => {
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                <$t>::serialize(self, s)
            }
        }

        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                $crate::release::goread::read(d, |f| <$t>::deserialize(f), $keep)
            }
        }
    };
    ($($t:ty),* $(,)?) => {$(
        $crate::release::goread::go_struct!(@impl $t, |v, unknown| v.extra = unknown);
    )*};
}
pub(crate) use go_struct;

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Serialize};
    use serde_json::{json, Value};

    use crate::release::{HelmTime, Object, ZeroForm};

    #[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
    #[serde(remote = "Self", default)]
    struct Inner {
        a: String,
        #[serde(flatten, skip_deserializing)]
        extra: Object,
    }

    #[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
    #[serde(remote = "Self", default)]
    struct Outer {
        s: String,
        n: i64,
        b: bool,
        list: Vec<String>,
        inner: Inner,
        opt: Option<Object>,
        time: HelmTime,
        #[serde(flatten, skip_deserializing)]
        extra: Object,
    }

    super::go_struct!(Inner, Outer);

    #[test]
    fn nulls_read_as_zero_values_and_unknown_keys_are_kept_in_order() {
        let v = json!({"z": null, "s": null, "n": null, "b": null, "list": null,
                       "inner": {"a": null, "q": [null]}, "opt": null, "time": null, "a": 1});
        let o: Outer = serde_json::from_value(v).unwrap();
        assert_eq!(o.s, "");
        assert_eq!(
            (o.n, o.b, o.list.len(), o.opt.is_none()),
            (0, false, 0, true)
        );
        assert_eq!(o.inner.a, "");
        assert_eq!(Value::Object(o.inner.extra.clone()), json!({"q": [null]}));
        assert_eq!(o.time, HelmTime::Zero(ZeroForm::Null));
        assert_eq!(
            o.extra.keys().collect::<Vec<_>>(),
            ["z", "a"],
            "unknown keys in their order"
        );
        let back = serde_json::to_value(&o).unwrap();
        assert_eq!(back["z"], Value::Null);
        assert_eq!(back["inner"]["q"], json!([null]));
        let o: Outer = serde_json::from_value(json!({"inner": null})).unwrap();
        assert_eq!(o, Outer::default());
    }

    #[test]
    fn wrong_types_are_still_errors() {
        let err = serde_json::from_value::<Outer>(json!({"s": 5})).unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid type: integer `5`, expected a string"
        );
        let err = serde_json::from_value::<Outer>(json!({"inner": {"a": []}})).unwrap_err();
        assert_eq!(err.to_string(), "invalid type: sequence, expected a string");
    }
}
