//! The French texts against the French page itself, read with this test's own reader:
//! every row of the page is the French text of exactly one activity of the crate, under the
//! heading of the same number, with the same cells; every heading, the legend and the
//! parties likewise; and the rows the French page does not have get no French text.

use std::collections::HashSet;

use ovhcloud_raci::dedicated_servers::{Activity, LEGEND, Section};
use ovhcloud_raci::{Locale, Party, Product, Role};

const PAGE: &str = include_str!("../../catalogue/locales/dedicated-servers.fr-fr.md");

fn cells(line: &str) -> Vec<String> {
    let inner = line.trim().trim_start_matches('|').trim_end_matches('|');
    inner.split('|').map(|c| c.trim().to_owned()).collect()
}

/// What the page says: `(number, title)` of each numbered heading, `(heading number, text,
/// cells)` of each row, the legend's lines and the tables' party headers.
#[derive(Default)]
struct Page {
    headings: Vec<(String, String)>,
    rows: Vec<(String, String, Vec<String>)>,
    legend: Vec<String>,
    parties: Vec<String>,
}

/// Reads `page`: a row's cells are every column but its text, in column order (the
/// applicability marks of a page that starts its tables with offers, then the parties').
fn read(page: &str) -> Page {
    let mut out = Page::default();
    let mut heading: Option<String> = None;
    // The column of the text: the one headed `Activité`.
    let mut text_column = 0;
    for line in page.lines() {
        let t = line.trim();
        if t.starts_with('#') {
            let inner = t.trim_start_matches('#').trim().trim_matches('*');
            if let Some((number, title)) = inner.split_once(' ') {
                if number.starts_with(|c: char| c.is_ascii_digit()) {
                    let number = number.trim_end_matches('.').to_owned();
                    out.headings.push((number.clone(), title.trim().to_owned()));
                    heading = Some(number);
                }
            }
        } else if t.starts_with('|') && !t.starts_with("| ---") {
            let row = cells(t);
            match &heading {
                None if row[0] != "Rôles" => out.legend.push(row[0].clone()),
                None => {}
                Some(_) if row.iter().any(|c| c == "**Activité**") => {
                    text_column = row.iter().position(|c| c == "**Activité**").unwrap();
                    out.parties = row[text_column + 1..]
                        .iter()
                        .map(|c| c.trim_matches('*').to_owned())
                        .collect();
                }
                Some(h) => {
                    let mut cells = row.clone();
                    let text = cells.remove(text_column);
                    out.rows.push((h.clone(), text, cells));
                }
            }
        }
    }
    out
}

#[test]
fn every_french_row_pairs_with_one_activity() {
    let fr: Locale = "fr-fr".parse().unwrap();
    let Page {
        headings,
        rows,
        legend,
        parties,
    } = read(PAGE);
    assert_eq!(rows.len(), 50);
    let mut paired = HashSet::new();
    for (heading, text, page_cells) in &rows {
        let matches: Vec<Activity> = Activity::ALL
            .into_iter()
            .filter(|a| a.text_in(fr) == Some(text.as_str()))
            .collect();
        assert_eq!(
            matches.len(),
            1,
            "{text:?} is the French text of {matches:?}"
        );
        let activity = matches[0];
        assert_eq!(activity.section().number(), heading, "{text:?}");
        let ours: Vec<&str> = Party::ALL
            .iter()
            .map(|&p| activity.cell_as_written(p).unwrap_or(""))
            .collect();
        assert_eq!(ours, *page_cells, "{text:?}: the cells of {activity:?}");
        assert!(paired.insert(activity), "{activity:?} paired twice");
    }
    // The rows of 2024 the French page (of 2021) does not have: no French text.
    let unpaired: Vec<&str> = Activity::ALL
        .into_iter()
        .filter(|a| !paired.contains(a))
        .map(|a| {
            assert_eq!(a.text_in(fr), None);
            a.id()
        })
        .collect();
    assert_eq!(unpaired, ["transfer-data", "filter-network-connections"]);
    for (number, title) in &headings {
        let section: Section = number.parse().unwrap();
        assert_eq!(section.title_in(fr), Some(title.as_str()), "{number}");
    }
    assert_eq!(headings.len(), Section::COUNT);
    let ours: Vec<String> = Role::ALL
        .iter()
        .map(|&r| {
            let sep = LEGEND.separator_in(fr).unwrap();
            format!(
                "{}{sep}{}",
                r.letter(),
                LEGEND.description_in(r, fr).unwrap()
            )
        })
        .collect();
    assert_eq!(ours, legend);
    let names: Vec<&str> = Party::ALL
        .iter()
        .map(|&p| Product::DedicatedServers.party_name_in(p, fr).unwrap())
        .collect();
    assert_eq!(names, parties);
    assert_eq!(
        Product::DedicatedServers.title_in(fr),
        Some("RACI Serveurs Dédiés")
    );
}

/// Every translated page of the catalogue (`catalogue/locales/<id>.<locale>.md`), read with
/// this test's reader: each of its rows is either the translation of exactly one row of its
/// product, under the heading of the same number and with the same cells, or one of the
/// product's unpaired rows in that language, as written and in order; none is lost.
#[cfg(feature = "full")]
#[test]
fn every_translated_page_is_kept_whole() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogue/locales");
    let mut pages = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "md") {
            continue;
        }
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let (id, tag) = name.split_once('.').unwrap();
        let product: Product = id.parse().unwrap();
        let locale: Locale = tag.parse().unwrap();
        let page = read(&std::fs::read_to_string(&path).unwrap());
        let mut unpaired = product.unpaired_rows_in(locale).iter();
        let mut paired = HashSet::new();
        for (heading, text, page_cells) in &page.rows {
            // A page may write one text under two headings (Managed Kubernetes' 2.2 and
            // 4.1): a row is its heading's.
            let matches: Vec<_> = product
                .activities()
                .filter(|a| {
                    a.text_in(locale) == Some(text.as_str()) && a.section().number() == heading
                })
                .collect();
            if let [activity] = matches[..] {
                let offers: Vec<&str> = activity.offers().collect();
                let marks = product
                    .offers()
                    .map(|(id, _)| if offers.contains(&id) { "X" } else { "" });
                let ours: Vec<&str> = marks
                    .chain(
                        Party::ALL
                            .iter()
                            .map(|&p| activity.cell_as_written(p).unwrap_or("")),
                    )
                    .collect();
                assert_eq!(ours, *page_cells, "{name}: {text:?}");
                assert!(paired.insert(activity), "{name}: {activity:?} paired twice");
            } else {
                assert!(
                    matches.is_empty(),
                    "{name}: {text:?} pairs with {matches:?}"
                );
                let kept = unpaired
                    .next()
                    .unwrap_or_else(|| panic!("{name}: {text:?} lost"));
                assert_eq!(
                    (kept.heading(), kept.text(), kept.cells()),
                    (
                        heading.as_str(),
                        text.as_str(),
                        &page_cells.iter().map(String::as_str).collect::<Vec<_>>()[..]
                    ),
                    "{name}"
                );
            }
        }
        assert_eq!(
            unpaired.next(),
            None,
            "{name}: an unpaired row the page has not"
        );
        assert!(product.title_in(locale).is_some(), "{name}");
        pages += 1;
    }
    let held: usize = Product::ALL.iter().map(|p| p.locales().count()).sum();
    assert_eq!(pages, held);
}

/// Where a translation says what today's English page does not, its rows are kept as written,
/// unpaired; where it only moves a row, the row pairs by its cells.
#[cfg(feature = "full")]
#[test]
fn translations_that_differ_from_the_english_are_kept_as_written() {
    // KMS' French page has a row its English page has not (5.2): kept, not dropped.
    let fr: Locale = "fr-fr".parse().unwrap();
    // Its fr-fr page translates the page of 2024-10-02: the five rows OKMS reworded or
    // replaced on 2025-10-21 are kept too, unpaired, since today's page has not their English.
    // Its fr-ca page translates today's page and has the same extra row.
    let kms_ca = Product::Kms.unpaired_rows_in("fr-ca".parse().unwrap());
    assert_eq!(kms_ca.len(), 1);
    assert_eq!(kms_ca[0].heading(), "5.2");
    let kms_fr = Product::Kms.unpaired_rows_in(fr);
    assert_eq!(kms_fr.len(), 6);
    assert_eq!(kms_fr.last().unwrap().text(), kms_ca[0].text());
    // Public Cloud Instances' French 3.1.5 lists a row fourth that the English lists third:
    // paired by its cells, not its place.
    let moved = Product::PublicCloudInstances
        .activity("filter-network-connections-and-deploy-a")
        .unwrap();
    assert!(
        moved
            .text_in(fr)
            .unwrap()
            .starts_with("Filtrer les connexions réseaux")
    );
    // VMware's French 2.3 gives a row other cells than the English (RA, not A): unpaired,
    // and the row after it keeps its own translation.
    let vmware = Product::HostedPrivateCloudVmware;
    let kept = vmware.unpaired_rows_in(fr);
    assert_eq!(kept.len(), 1);
    assert!(kept[0].text().starts_with("Concevoir le projet"));
    assert_eq!(kept[0].cells(), ["RA", ""]);
    // SAP's French pages start their tables with the offer columns: every row pairs, its
    // marks and cells the English row's, in both French locales.
    let ca: Locale = "fr-ca".parse().unwrap();
    for locale in [fr, ca] {
        assert!(Product::SapOnOvhcloud.unpaired_rows_in(locale).is_empty());
        assert!(
            Product::SapOnOvhcloud
                .activities()
                .all(|a| a.text_in(locale).is_some())
        );
    }
    // Managed Kubernetes' French page gives the customer RA in two rows where the English
    // gives OVHcloud RA: both kept as written, unpaired.
    let kept = Product::ManagedKubernetes.unpaired_rows_in(fr);
    assert_eq!(
        kept.iter()
            .map(|r| (r.heading(), r.cells()))
            .collect::<Vec<_>>(),
        [("3.1.2", &["RA", ""][..]), ("3.1.6", &["RA", ""][..])]
    );
    let next = vmware
        .activity("configure-network-in-order-to-have-a")
        .unwrap();
    assert!(
        next.text_in(fr)
            .unwrap()
            .starts_with("Configurer le réseau")
    );
}

#[test]
fn a_product_without_french_has_none() {
    let fr: Locale = "fr-fr".parse().unwrap();
    assert_eq!("FR-FR".parse(), Ok(fr));
    assert!("de-de".parse::<Locale>().is_err());
    for product in Product::ALL {
        if product.locales().next().is_none() {
            assert_eq!(product.title_in(fr), None);
            assert!(product.activities().all(|a| a.text_in(fr).is_none()));
            assert!(product.unpaired_rows_in(fr).is_empty());
        }
    }
}
