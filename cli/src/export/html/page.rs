//! What the page shows, as plain strings taken from the library ([`Page::of`]) or made by a
//! test: the one input of the rendering.

use ovhcloud_raci::{Locale, Party, Product, Role};

use crate::export::{product_title, text, title};

/// What the page shows: the parties and roles (columns and filters) and each product.
#[derive(Debug, Clone, Default)]
pub struct Page {
    /// The parties, in column order: (id, name). Ids are CSS class names: ASCII kebab-case.
    pub parties: Vec<(String, String)>,
    /// The roles, in legend order: (letter, name). Letters are ASCII capitals.
    pub roles: Vec<(char, String)>,
    /// The products, in catalogue order.
    pub products: Vec<Matrix>,
}

/// One product's matrix.
#[derive(Debug, Clone, Default)]
pub struct Matrix {
    /// The product's id (an HTML id: ASCII kebab-case).
    pub id: String,
    /// The page's title.
    pub title: String,
    /// The page's address.
    pub source: String,
    /// The page's date as written, if any.
    pub date: Option<String>,
    /// Where the page is kept, if known.
    pub provenance: Option<String>,
    /// The legend's header cell and each role's words (by role, in legend order).
    pub legend: (String, Vec<String>),
    /// The header cell of the activity column.
    pub activity_header: String,
    /// The applicability columns' headers.
    pub offers: Vec<String>,
    /// The headings, in document order.
    pub headings: Vec<Heading>,
}

/// A heading and its rows.
#[derive(Debug, Clone, Default)]
pub struct Heading {
    /// Its depth: 1 for `3`, 2 for `3.1`…
    pub depth: usize,
    /// Its number (`3.1.2`).
    pub number: String,
    /// Its title.
    pub title: String,
    /// Its rows.
    pub rows: Vec<Row>,
}

/// A row of a matrix.
#[derive(Debug, Clone, Default)]
pub struct Row {
    /// The activity's text.
    pub text: String,
    /// Whether it applies to each offer, by offer.
    pub offers: Vec<bool>,
    /// Each party's cell as written (`None`: the row stops before its column).
    pub cells: Vec<Option<String>>,
    /// Its ownership's words, if any.
    pub ownership: Option<String>,
    /// Its waivers: the rule and the reason.
    pub waivers: Vec<(String, String)>,
}

impl Page {
    /// The page of `products`, texts in `lang` where they have it.
    pub fn of(products: &[Product], lang: Option<Locale>) -> Page {
        Page {
            parties: Party::ALL
                .iter()
                .map(|p| (p.id().to_owned(), p.name().to_owned()))
                .collect(),
            roles: Role::ALL
                .iter()
                .map(|r| (r.letter(), r.name().to_owned()))
                .collect(),
            products: products.iter().map(|&p| matrix(p, lang)).collect(),
        }
    }
}

fn matrix(product: Product, lang: Option<Locale>) -> Matrix {
    let legend = product.legend();
    Matrix {
        id: product.id().to_owned(),
        title: product_title(product, lang).to_owned(),
        source: product.source_url().to_owned(),
        date: product.last_updated_as_written().map(str::to_owned),
        provenance: product.provenance().map(|p| p.to_string()),
        legend: (
            legend.header().to_owned(),
            Role::ALL
                .iter()
                .map(|&r| {
                    lang.and_then(|l| legend.description_in(r, l))
                        .unwrap_or(legend.description(r))
                        .to_owned()
                })
                .collect(),
        ),
        activity_header: product.activity_header().to_owned(),
        offers: product.offers().map(|(_, name)| name.to_owned()).collect(),
        headings: product
            .sections()
            .map(|section| Heading {
                depth: section.depth(),
                number: section.number().to_owned(),
                title: title(section, lang).to_owned(),
                rows: section
                    .activities()
                    .map(|a| {
                        let applies: Vec<&str> = a.offers().collect();
                        Row {
                            text: text(a, lang).to_owned(),
                            offers: product
                                .offers()
                                .map(|(id, _)| applies.contains(&id))
                                .collect(),
                            cells: Party::ALL
                                .iter()
                                .map(|&p| a.cell_as_written(p).map(str::to_owned))
                                .collect(),
                            ownership: a.ownership().map(|o| o.label().to_owned()),
                            waivers: a
                                .waivers()
                                .iter()
                                .map(|w| (w.rule().name().to_owned(), w.reason().to_owned()))
                                .collect(),
                        }
                    })
                    .collect(),
            })
            .collect(),
    }
}
