//! The command line's words resolved into the library's values: products, activities,
//! parties, roles and languages, each refusal worded for a person at a terminal.

use ovhcloud_raci::{AnyActivity, Locale, Party, Product, Role};

/// The product `list`, `show` and `who` read without `--product`: the catalogue's first.
pub const DEFAULT_PRODUCT: Product = Product::ALL[0];

/// A product by id.
pub fn product(id: &str) -> Result<Product, String> {
    id.parse::<Product>()
        .map_err(|e| format!("{e}: run `raci products` to see every product"))
}

/// An activity of `product` by id, or of any product by `product/id`.
pub fn activity(product: Product, id: &str) -> Result<AnyActivity, String> {
    if id.contains('/') {
        return id.parse::<AnyActivity>().map_err(|e| e.to_string());
    }
    product.activity(id).map_err(|e| {
        // The message names the nearest ids; words that are no id's are likely a search.
        if e.suggestions().next().is_some() {
            e.to_string()
        } else {
            format!(
                "{e}: run `raci list --product {}` to see every id, or `raci search {id}` to \
                 find an activity by its words",
                product.id()
            )
        }
    })
}

/// A role by letter or name.
pub fn role(text: &str) -> Result<Role, String> {
    text.parse::<Role>().map_err(|e| e.to_string())
}

/// A party by id or name.
pub fn party(text: &str) -> Result<Party, String> {
    text.parse::<Party>().map_err(|e| e.to_string())
}

/// A language by tag.
pub fn locale(text: &str) -> Result<Locale, String> {
    text.parse::<Locale>().map_err(|e| e.to_string())
}
