//! The `bitset!` macro behind `RoleSet`, `PartySet` and `ActivitySet`: const set operations.

/// Defines a `Copy` set of the fieldless enum `$elem` (which has `ALL` and `COUNT`), stored
/// as `$words` words of `$word`, with const operations, operators and an iterator.
macro_rules! bitset {
    (
        $(#[$meta:meta])*
        $name:ident, $iter:ident, $elem:ident, $word:ty, $words:expr $(, $example:literal)?
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name {
            words: [$word; $words],
        }

        impl $name {
            const WORD_BITS: usize = <$word>::BITS as usize;

            /// The empty set.
            pub const EMPTY: Self = Self { words: [0; $words] };

            /// The set of every element.
            pub const FULL: Self = {
                // Word by word, not element by element: `rustc` evaluates this once per
                // set type, and a product's activities are many.
                let mut words = [0; $words];
                let mut w = 0;
                while w < $words {
                    let below = w * Self::WORD_BITS;
                    words[w] = if $elem::COUNT >= below + Self::WORD_BITS {
                        <$word>::MAX
                    } else if $elem::COUNT > below {
                        <$word>::MAX >> (below + Self::WORD_BITS - $elem::COUNT)
                    } else {
                        0
                    };
                    w += 1;
                }
                Self { words }
            };

            /// The set holding only `element`.
            $(#[doc = concat!("```\n", $example, "\n```")])?
            #[inline]
            pub const fn single(element: $elem) -> Self {
                Self::EMPTY.with(element)
            }

            /// The set of the elements of `elements`.
            #[inline]
            pub const fn from_slice(elements: &[$elem]) -> Self {
                let mut set = Self::EMPTY;
                let mut i = 0;
                while i < elements.len() {
                    set.insert(elements[i]);
                    i += 1;
                }
                set
            }

            /// This set with `element` added.
            #[must_use]
            #[inline]
            pub const fn with(mut self, element: $elem) -> Self {
                self.insert(element);
                self
            }

            /// This set with `element` removed.
            #[must_use]
            #[inline]
            pub const fn without(mut self, element: $elem) -> Self {
                self.remove(element);
                self
            }

            /// Adds `element`; returns whether it was absent.
            #[inline]
            pub const fn insert(&mut self, element: $elem) -> bool {
                let absent = !self.contains(element);
                // In place: a set of many words is not copied (this also keeps const
                // evaluation of large tables linear).
                let i = element as usize;
                self.words[i / Self::WORD_BITS] |= 1 << (i % Self::WORD_BITS);
                absent
            }

            /// Removes `element`; returns whether it was present.
            #[inline]
            pub const fn remove(&mut self, element: $elem) -> bool {
                let present = self.contains(element);
                let i = element as usize;
                self.words[i / Self::WORD_BITS] &= !(1 << (i % Self::WORD_BITS));
                present
            }

            /// Whether `element` is in the set.
            #[inline]
            pub const fn contains(self, element: $elem) -> bool {
                let i = element as usize;
                self.words[i / Self::WORD_BITS] & (1 << (i % Self::WORD_BITS)) != 0
            }

            /// Elements in either set.
            #[must_use]
            #[inline]
            pub const fn union(mut self, other: Self) -> Self {
                let mut i = 0;
                while i < $words {
                    self.words[i] |= other.words[i];
                    i += 1;
                }
                self
            }

            /// Elements in both sets.
            #[must_use]
            #[inline]
            pub const fn intersection(mut self, other: Self) -> Self {
                let mut i = 0;
                while i < $words {
                    self.words[i] &= other.words[i];
                    i += 1;
                }
                self
            }

            /// Elements in this set but not in `other`.
            #[must_use]
            #[inline]
            pub const fn difference(mut self, other: Self) -> Self {
                let mut i = 0;
                while i < $words {
                    self.words[i] &= !other.words[i];
                    i += 1;
                }
                self
            }

            /// Every element not in this set.
            #[must_use]
            #[inline]
            pub const fn complement(self) -> Self {
                Self::FULL.difference(self)
            }

            /// Whether every element of this set is in `other`.
            #[inline]
            pub const fn is_subset(self, other: Self) -> bool {
                self.difference(other).is_empty()
            }

            /// Whether every element of `other` is in this set.
            #[inline]
            pub const fn is_superset(self, other: Self) -> bool {
                other.is_subset(self)
            }

            /// Whether the set has no element.
            #[inline]
            pub const fn is_empty(self) -> bool {
                let mut i = 0;
                while i < $words {
                    if self.words[i] != 0 {
                        return false;
                    }
                    i += 1;
                }
                true
            }

            /// How many elements the set has.
            #[inline]
            pub const fn len(self) -> usize {
                let mut count = 0;
                let mut i = 0;
                while i < $words {
                    count += self.words[i].count_ones() as usize;
                    i += 1;
                }
                count
            }

            /// The element that comes first in document order, if any.
            #[inline]
            pub const fn first(self) -> Option<$elem> {
                let mut i = 0;
                while i < $words {
                    if self.words[i] != 0 {
                        let bit = i * Self::WORD_BITS + self.words[i].trailing_zeros() as usize;
                        return Self::element(bit);
                    }
                    i += 1;
                }
                None
            }

            /// The element that comes last in document order, if any.
            #[inline]
            pub const fn last(self) -> Option<$elem> {
                let mut i = $words;
                while i > 0 {
                    i -= 1;
                    if self.words[i] != 0 {
                        let top = Self::WORD_BITS - 1 - self.words[i].leading_zeros() as usize;
                        return Self::element(i * Self::WORD_BITS + top);
                    }
                }
                None
            }

            /// The elements in document order.
            #[inline]
            pub const fn iter(self) -> $iter {
                $iter { rest: self }
            }

            #[inline]
            const fn element(index: usize) -> Option<$elem> {
                // Through a reference: indexing the constant by value would copy it whole
                // in `const` evaluation and in unoptimised builds.
                let all: &[$elem] = &$elem::ALL;
                if index < all.len() {
                    Some(all[index])
                } else {
                    None
                }
            }
        }

        /// The empty set. (Written out: arrays of more than 32 words derive no `Default`.)
        impl Default for $name {
            #[inline]
            fn default() -> Self {
                Self::EMPTY
            }
        }

        impl From<$elem> for $name {
            #[inline]
            fn from(element: $elem) -> Self {
                Self::single(element)
            }
        }

        impl FromIterator<$elem> for $name {
            #[inline]
            fn from_iter<I: IntoIterator<Item = $elem>>(iter: I) -> Self {
                let mut set = Self::EMPTY;
                set.extend(iter);
                set
            }
        }

        impl Extend<$elem> for $name {
            #[inline]
            fn extend<I: IntoIterator<Item = $elem>>(&mut self, iter: I) {
                for element in iter {
                    self.insert(element);
                }
            }
        }

        impl IntoIterator for $name {
            type Item = $elem;
            type IntoIter = $iter;
            #[inline]
            fn into_iter(self) -> $iter {
                self.iter()
            }
        }

        impl ::core::ops::BitOr for $name {
            type Output = Self;
            #[inline]
            fn bitor(self, other: Self) -> Self {
                self.union(other)
            }
        }

        impl ::core::ops::BitOr<$elem> for $name {
            type Output = Self;
            #[inline]
            fn bitor(self, element: $elem) -> Self {
                self.with(element)
            }
        }

        impl ::core::ops::BitOrAssign for $name {
            #[inline]
            fn bitor_assign(&mut self, other: Self) {
                *self = self.union(other);
            }
        }

        impl ::core::ops::BitAnd for $name {
            type Output = Self;
            #[inline]
            fn bitand(self, other: Self) -> Self {
                self.intersection(other)
            }
        }

        impl ::core::ops::BitAndAssign for $name {
            #[inline]
            fn bitand_assign(&mut self, other: Self) {
                *self = self.intersection(other);
            }
        }

        impl ::core::ops::Sub for $name {
            type Output = Self;
            #[inline]
            fn sub(self, other: Self) -> Self {
                self.difference(other)
            }
        }

        impl ::core::ops::SubAssign for $name {
            #[inline]
            fn sub_assign(&mut self, other: Self) {
                *self = self.difference(other);
            }
        }

        impl ::core::ops::Not for $name {
            type Output = Self;
            #[inline]
            fn not(self) -> Self {
                self.complement()
            }
        }

        impl ::core::fmt::Debug for $name {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(concat!(stringify!($name), " "))?;
                f.debug_set().entries(self.iter()).finish()
            }
        }

        #[doc = concat!("The elements of a [`", stringify!($name), "`], in document order.")]
        #[derive(Debug, Clone)]
        pub struct $iter {
            rest: $name,
        }

        impl Iterator for $iter {
            type Item = $elem;
            #[inline]
            fn next(&mut self) -> Option<$elem> {
                let element = self.rest.first()?;
                self.rest.remove(element);
                Some(element)
            }
            #[inline]
            fn size_hint(&self) -> (usize, Option<usize>) {
                let len = self.rest.len();
                (len, Some(len))
            }
        }

        impl DoubleEndedIterator for $iter {
            #[inline]
            fn next_back(&mut self) -> Option<$elem> {
                let element = self.rest.last()?;
                self.rest.remove(element);
                Some(element)
            }
        }

        impl ExactSizeIterator for $iter {}
        impl ::core::iter::FusedIterator for $iter {}
    };
}

pub(crate) use bitset;
