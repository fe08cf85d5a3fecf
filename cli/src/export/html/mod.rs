//! A self-contained HTML page of the build's products: no script, no network, one file.
//! First an overview of every row of every product, which the reader filters by party and
//! role with radio buttons (CSS alone: `:checked` selectors), to compare, say, who is
//! Accountable for backups across products; then each product's matrix as its page lays it
//! out. Tables scroll inside their own boxes, so the page fits a narrow screen.
//!
//! The page is rendered from a [`Page`], plain strings taken from the library
//! ([`Page::of`]), so that every text goes through one escape ([`escape`]) and tests can
//! render any text.

mod page;

use std::fmt::Write as _;

pub use page::{Heading, Matrix, Page, Row};

/// `text` for HTML, as text or in an attribute: `&`, `<`, `>`, `"` and `'` as references.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Whether `id` can stand in a class name or an id as it is: ASCII letters, digits, `-`.
fn plain(id: &str) -> bool {
    !id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

const STYLE: &str = "
body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; padding: 0 12px; max-width: 1100px; }
p, nav, h1, h2, h3, h4, h5, h6, td { overflow-wrap: anywhere; }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; margin: 6px 0 14px; }
th, td { border: 1px solid #bbb; padding: 3px 6px; vertical-align: top; text-align: left; }
th, td.cell, td.own { white-space: nowrap; overflow-wrap: normal; }
td.cell { text-align: center; font-family: monospace; }
nav a { margin-right: 10px; display: inline-block; }
.meta, .waiver { color: #555; font-size: 13px; }
.filters { display: flex; flex-wrap: wrap; gap: 4px 12px; margin: 8px 0; }
#overview > input { display: none; }
.filters label { border: 1px solid #888; border-radius: 4px; padding: 1px 6px; cursor: pointer; }
";

/// The whole page.
pub fn render(page: &Page) -> String {
    let mut out = String::new();
    let rows: usize = page
        .products
        .iter()
        .flat_map(|m| &m.headings)
        .map(|h| h.rows.len())
        .sum();
    let _ = write!(
        out,
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>OVHcloud shared-responsibility matrices</title>\n<style>{STYLE}{}</style>\n\
         </head>\n<body>\n<h1>OVHcloud shared-responsibility matrices</h1>\n\
         <p class=\"meta\">{} products, {rows} rows, as OVHcloud publishes them; made by \
         ovhcloud-raci {}.</p>\n<nav>",
        filter_rules(page),
        page.products.len(),
        env!("CARGO_PKG_VERSION"),
    );
    for m in page.products.iter().filter(|m| plain(&m.id)) {
        let _ = write!(out, "<a href=\"#{}\">{}</a>", m.id, escape(&m.title));
    }
    out.push_str("</nav>\n");
    overview(page, &mut out);
    for m in &page.products {
        product(page, m, &mut out);
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// The filters' CSS: with party P and role R chosen, every row where P does not hold R is
/// hidden ("any" for either widens it).
fn filter_rules(page: &Page) -> String {
    let mut css = String::new();
    let parties = page
        .parties
        .iter()
        .map(|(id, _)| id.as_str())
        .filter(|id| plain(id));
    let roles: Vec<String> = page.roles.iter().map(|(l, _)| l.to_string()).collect();
    for party in std::iter::once("any").chain(parties) {
        for role in std::iter::once("any").chain(roles.iter().map(String::as_str)) {
            if party == "any" && role == "any" {
                continue;
            }
            let _ = writeln!(
                css,
                "#p-{party}:checked ~ #r-{role}:checked ~ .scroll tr.row:not(.h-{party}-{role}) {{ display: none; }}"
            );
        }
        let _ = writeln!(
            css,
            "#p-{party}:checked ~ .filters label[for=p-{party}] {{ background: #ddd; }}"
        );
    }
    for role in std::iter::once("any").chain(roles.iter().map(String::as_str)) {
        let _ = writeln!(
            css,
            "#r-{role}:checked ~ .filters label[for=r-{role}] {{ background: #ddd; }}"
        );
    }
    css
}

fn overview(page: &Page, out: &mut String) {
    out.push_str(
        "<section id=\"overview\">\n<h2>Every row, every product</h2>\n\
         <p>Choose a party and a role to see the rows where that party holds it.</p>\n",
    );
    // The radio buttons come first, then their labels and the table, all siblings, so that
    // the filters' `~` selectors reach the table.
    let mut choices: Vec<(&str, String, String)> =
        vec![("party", "p-any".to_owned(), "Any party".to_owned())];
    for (id, name) in page.parties.iter().filter(|(id, _)| plain(id)) {
        choices.push(("party", format!("p-{id}"), name.clone()));
    }
    choices.push(("role", "r-any".to_owned(), "Any role".to_owned()));
    for (letter, name) in &page.roles {
        choices.push(("role", format!("r-{letter}"), format!("{letter}: {name}")));
    }
    for (name, id, _) in &choices {
        let checked = if id.ends_with("-any") { " checked" } else { "" };
        let _ = writeln!(
            out,
            "<input type=\"radio\" name=\"{name}\" id=\"{id}\"{checked}>"
        );
    }
    out.push_str("<div class=\"filters\">");
    for (_, id, label) in &choices {
        let _ = write!(out, "<label for=\"{id}\">{}</label>", escape(label));
    }
    out.push_str("</div>\n");
    out.push_str("<div class=\"scroll\"><table>\n<thead><tr><th>Product</th><th>Heading</th><th>Activity</th>");
    for (_, name) in &page.parties {
        let _ = write!(out, "<th>{}</th>", escape(name));
    }
    out.push_str("<th>Ownership</th></tr></thead>\n<tbody>\n");
    for m in &page.products {
        for h in &m.headings {
            for row in &h.rows {
                overview_row(page, m, h, row, out);
            }
        }
    }
    out.push_str("</tbody></table></div>\n</section>\n");
}

fn overview_row(page: &Page, m: &Matrix, h: &Heading, row: &Row, out: &mut String) {
    let mut classes = vec!["row".to_owned()];
    for ((party, _), cell) in page.parties.iter().zip(&row.cells) {
        for (letter, _) in &page.roles {
            if plain(party) && cell.as_deref().is_some_and(|c| c.contains(*letter)) {
                classes.push(format!("h-{party}-{letter}"));
                classes.push(format!("h-any-{letter}"));
                classes.push(format!("h-{party}-any"));
            }
        }
    }
    classes.dedup();
    let _ = write!(
        out,
        "<tr class=\"{}\"><td>{}</td><td>{}</td><td>{}</td>",
        classes.join(" "),
        escape(&m.title),
        escape(&h.number),
        escape(&row.text)
    );
    for cell in &row.cells {
        let _ = write!(
            out,
            "<td class=\"cell\">{}</td>",
            escape(cell.as_deref().unwrap_or(""))
        );
    }
    let _ = writeln!(
        out,
        "<td class=\"own\">{}</td></tr>",
        escape(row.ownership.as_deref().unwrap_or(""))
    );
}

fn product(page: &Page, m: &Matrix, out: &mut String) {
    let id = if plain(&m.id) { m.id.as_str() } else { "" };
    let _ = write!(
        out,
        "<section id=\"{id}\">\n<h2>{}</h2>\n<p class=\"meta\">",
        escape(&m.title)
    );
    // A link only to a web address: the generator accepts no other, but the page is not
    // the place to rely on it.
    if m.source.starts_with("https://") || m.source.starts_with("http://") {
        let _ = write!(out, "<a href=\"{0}\">{0}</a>", escape(&m.source));
    } else {
        out.push_str(&escape(&m.source));
    }
    let _ = write!(
        out,
        " · last updated {}",
        escape(m.date.as_deref().unwrap_or("(undated)"))
    );
    if let Some(p) = &m.provenance {
        let _ = write!(out, " · kept at {}", escape(p));
    }
    let _ = write!(
        out,
        "</p>\n<div class=\"scroll\"><table><tr><th>{}</th></tr>",
        escape(&m.legend.0)
    );
    for ((letter, _), words) in page.roles.iter().zip(&m.legend.1) {
        let _ = write!(
            out,
            "<tr><td>{}: {}</td></tr>",
            escape(&letter.to_string()),
            escape(words)
        );
    }
    out.push_str("</table></div>\n");
    for h in &m.headings {
        let level = (h.depth + 2).min(6);
        let _ = writeln!(
            out,
            "<h{level}>{}. {}</h{level}>",
            escape(&h.number),
            escape(&h.title)
        );
        if h.rows.is_empty() {
            continue;
        }
        out.push_str("<div class=\"scroll\"><table><tr>");
        for offer in &m.offers {
            let _ = write!(out, "<th>{}</th>", escape(offer));
        }
        let _ = write!(out, "<th>{}</th>", escape(&m.activity_header));
        for (_, name) in &page.parties {
            let _ = write!(out, "<th>{}</th>", escape(name));
        }
        out.push_str("</tr>\n");
        for row in &h.rows {
            out.push_str("<tr>");
            for &applies in &row.offers {
                let _ = write!(
                    out,
                    "<td class=\"cell\">{}</td>",
                    if applies { "X" } else { "" }
                );
            }
            let _ = write!(out, "<td>{}", escape(&row.text));
            for (rule, reason) in &row.waivers {
                let _ = write!(
                    out,
                    "<div class=\"waiver\">Waiver of {}: {}</div>",
                    escape(rule),
                    escape(reason)
                );
            }
            out.push_str("</td>");
            for cell in &row.cells {
                let _ = write!(
                    out,
                    "<td class=\"cell\">{}</td>",
                    escape(cell.as_deref().unwrap_or(""))
                );
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</table></div>\n");
    }
    out.push_str("</section>\n");
}

#[cfg(test)]
mod tests {
    use super::{Heading, Matrix, Page, Row, escape, render};

    #[test]
    fn markup_in_any_text_is_escaped() {
        assert_eq!(
            escape(r#"<script>"a" & 'b'</script>"#),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
        let hostile = "<img src=x onerror=alert(1)>";
        let page = Page {
            parties: vec![("customer".to_owned(), hostile.to_owned())],
            roles: vec![('R', "Responsible".to_owned())],
            products: vec![Matrix {
                id: "p\" onload=\"x".to_owned(),
                title: hostile.to_owned(),
                source: "javascript:alert(1)\" x=\"".to_owned(),
                headings: vec![Heading {
                    depth: 1,
                    number: "1".to_owned(),
                    title: hostile.to_owned(),
                    rows: vec![Row {
                        text: hostile.to_owned(),
                        cells: vec![Some(hostile.to_owned())],
                        ..Row::default()
                    }],
                }],
                ..Matrix::default()
            }],
        };
        let html = render(&page);
        assert!(!html.contains("<img"), "{html}");
        assert!(
            !html.contains("onload=\""),
            "an id that is not plain is left out"
        );
        assert!(
            html.contains("javascript:alert(1)&quot; x=&quot;"),
            "shown as text"
        );
        assert!(!html.contains("href=\"javascript"), "{html}");
    }
}
