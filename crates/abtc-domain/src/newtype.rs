//! The conversions every string newtype has: shown as its text, parsed from text (also by serde,
//! through `TryFrom<String>`), turned back into a `String`. Only `parse` gets a value in.

/// `string_newtype!(Type, Error)` for `struct Type(String)` with `fn parse(&str) -> Result<Type, Error>`.
macro_rules! string_newtype {
    ($ty:ident, $err:ty) => {
        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl std::str::FromStr for $ty {
            type Err = $err;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::parse(s)
            }
        }

        impl TryFrom<String> for $ty {
            type Error = $err;
            fn try_from(s: String) -> Result<Self, Self::Error> {
                Self::parse(&s)
            }
        }

        impl From<$ty> for String {
            fn from(v: $ty) -> String {
                v.0
            }
        }
    };
}

pub(crate) use string_newtype;
