//! The command line's words resolved into the library's values: products, activities,
//! parties, roles and languages, each refusal worded for a person at a terminal.

use ovhcloud_raci::{AnyActivity, Date, Locale, PageVersion, Party, Product, Role};

/// The product `list`, `show` and `who` read without `--product`: the catalogue's first.
pub const DEFAULT_PRODUCT: Product = Product::ALL[0];

/// A product by id.
pub fn product(id: &str) -> Result<Product, String> {
    id.parse::<Product>()
        .map_err(|e| format!("{e}: run `raci products` to see every product"))
}

/// A day, `YYYY-MM-DD`.
pub fn date(text: &str) -> Result<Date, String> {
    text.parse::<Date>().map_err(|e| e.to_string())
}

/// The version of `product`'s page to read: the current one without `as_of`, else the one
/// in force on that day.
pub fn version(product: Product, as_of: Option<Date>) -> Result<PageVersion, String> {
    let Some(day) = as_of else {
        return Ok(product.current_version());
    };
    product.as_of(day).ok_or_else(|| {
        let oldest = product
            .versions()
            .next()
            .and_then(PageVersion::last_updated_as_written);
        format!(
            "the crate holds no version of `{}` in force on {day}: its oldest is {} (run \
             `raci versions --product {}`)",
            product.id(),
            oldest.unwrap_or("undated"),
            product.id()
        )
    })
}

/// An activity of `product` by id, or of any product by `product/id`, in the version of its
/// page in force on `as_of` (the current one without it).
pub fn activity(product: Product, id: &str, as_of: Option<Date>) -> Result<AnyActivity, String> {
    if let Some(day) = as_of {
        let (product, id) = match id.split_once('/') {
            Some((product_id, id)) => (self::product(product_id)?, id),
            None => (product, id),
        };
        let page = version(product, Some(day))?;
        return page.activity(id).ok_or_else(|| {
            format!(
                "unknown activity id \"{id}\" in `{}` as of {day} (the page of {}): run `raci \
                 list --product {} --as-of {day}` to see its ids",
                product.id(),
                page.last_updated_as_written().unwrap_or("undated"),
                product.id()
            )
        });
    }
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
