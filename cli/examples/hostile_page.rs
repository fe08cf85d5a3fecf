//! Renders the HTML export's page from the hostile corpus's texts (the generator's
//! `tests/fixtures/hostile.toml`: markup, scripts, entities, pipes), for `.ci/exports.py` to
//! read in a browser: each text must show verbatim, and no element but the page's own.
//!
//! ```text
//! cargo run -p ovhcloud-raci-cli --example hostile_page -- target/hostile.html
//! ```
//!
//! Writes the page and, beside it, the texts it must show (`hostile.json`).

use std::path::PathBuf;

use ovhcloud_raci_cli::export::html::{Heading, Matrix, Page, Row, render};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = PathBuf::from(std::env::args().nth(1).ok_or("give the page's path")?);
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../codegen/tests/fixtures/hostile.toml"
    );
    let source = std::fs::read_to_string(fixture)?;
    let (m, _) = raci_codegen::read(&source).map_err(|d| format!("{d:?}"))?;
    let page = Page {
        parties: m
            .parties
            .iter()
            .map(|p| (p.id.clone(), p.name.clone()))
            .collect(),
        roles: m.roles.iter().map(|r| (r.letter, r.name.clone())).collect(),
        products: vec![Matrix {
            id: "hostile".to_owned(),
            title: m.title.clone(),
            source: m.source.clone(),
            date: m.date_as_written().map(str::to_owned),
            provenance: None,
            legend: (
                m.legend_header.clone(),
                m.roles.iter().map(|r| r.description.clone()).collect(),
            ),
            activity_header: m.activity_header.clone(),
            offers: m.offers.iter().map(|o| o.name.clone()).collect(),
            headings: m
                .headings
                .iter()
                .enumerate()
                .map(|(i, h)| Heading {
                    depth: h.number.split('.').count(),
                    number: h.number.clone(),
                    title: h.title.clone(),
                    rows: m
                        .activities
                        .iter()
                        .filter(|a| a.heading == i)
                        .map(|a| Row {
                            text: a.text.clone(),
                            offers: vec![false; m.offers.len()],
                            cells: a.written.clone(),
                            ownership: None,
                            waivers: a
                                .waivers
                                .iter()
                                .map(|w| (w.rule.name().to_owned(), w.reason.clone()))
                                .collect(),
                        })
                        .collect(),
                })
                .collect(),
        }],
    };
    // Every text the page must show as it is (the browser folds runs of white space).
    let fold = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut texts: Vec<String> = vec![
        fold(&m.title),
        fold(&m.legend_header),
        fold(&m.activity_header),
    ];
    texts.extend(m.parties.iter().map(|p| fold(&p.name)));
    texts.extend(m.roles.iter().map(|r| fold(&r.description)));
    texts.extend(m.headings.iter().map(|h| fold(&h.title)));
    texts.extend(m.activities.iter().map(|a| fold(&a.text)));
    std::fs::write(&out, render(&page))?;
    std::fs::write(out.with_extension("json"), serde_json::to_string(&texts)?)?;
    println!("{}: {} texts", out.display(), texts.len());
    Ok(())
}
