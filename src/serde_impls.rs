//! `serde` for the values, in the forms people write: party and activity ids, role letters,
//! cells' letters, heading numbers. Deserializing takes what `FromStr` takes, with its messages.

use core::fmt;
use core::marker::PhantomData;
use core::str::FromStr;

use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::ser::{Serialize, Serializer};

use crate::{AnyActivity, ParseError, Party, Product, Role, RoleSet};

/// Reads a string and parses it with `FromStr`, so errors read the same both ways.
/// Reads a string through `FromStr`; `.1` says what was expected.
pub(crate) struct ParseVisitor<T>(pub(crate) PhantomData<T>, pub(crate) &'static str);

impl<T: FromStr<Err = ParseError>> Visitor<'_> for ParseVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.1)
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
        value.parse().map_err(E::custom)
    }
}

/// `Serialize` as the text `$text` makes of `$value` (with a 64-byte `$buffer` at hand),
/// `Deserialize` through `FromStr`.
macro_rules! as_string {
    ($type:ty, $expecting:literal, |$value:ident, $buffer:ident| $text:expr) => {
        impl ::serde::Serialize for $type {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let $value = *self;
                #[allow(unused_mut, unused_variables)]
                let mut $buffer = [0u8; 64];
                let text: &str = $text;
                serializer.serialize_str(text)
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $type {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<Self, D::Error> {
                deserializer.deserialize_str(crate::serde_impls::ParseVisitor(
                    ::core::marker::PhantomData,
                    $expecting,
                ))
            }
        }
    };
}

pub(crate) use as_string;

as_string!(Party, "a party id or name", |party, _buffer| party.id());
as_string!(Product, "a product id", |product, _buffer| product.id());
as_string!(Role, "a role letter or name", |role, buffer| role
    .letter()
    .encode_utf8(&mut buffer));
as_string!(RoleSet, "role letters, such as \"RA\"", |set, buffer| {
    letters(set, &mut buffer)
});

/// The letters of `set` in legend order, written into `buffer` (roles are at most 16, ASCII).
fn letters(set: RoleSet, buffer: &mut [u8; 64]) -> &str {
    let mut len = 0;
    for role in set {
        len += role.letter().encode_utf8(&mut buffer[len..]).len();
    }
    core::str::from_utf8(&buffer[..len]).unwrap_or_default()
}

/// A date as `YYYY-MM-DD`.
impl Serialize for crate::Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let iso = self.iso();
        // Always ASCII digits and dashes.
        serializer.serialize_str(core::str::from_utf8(&iso).unwrap_or_default())
    }
}

/// `product/id`, as `Display` writes it.
impl Serialize for AnyActivity {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// `product/id`, as `FromStr` reads it.
impl<'de> Deserialize<'de> for AnyActivity {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(ParseVisitor(
            PhantomData,
            "a product id and an activity id, as `product/id`",
        ))
    }
}
