//! An `.xlsx` workbook of the build's products: first a sheet "Accountable" across
//! products (product, id, activity, who is A, who is R), then a sheet per product laid out
//! as its page (title, source, date and provenance at the top; then a header row with the
//! page's columns, a row per heading with its number, a row per activity with its cells as
//! written and its waivers; header frozen, filters on).
//!
//! Every text is written as a string cell, so a text that starts with `=` stays text and
//! is never a formula. The workbook's creation date is the newest page's, so the same
//! matrices give the same file.

use ovhcloud_raci::{AnyActivity, Locale, Party, Product, Role};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use super::{product_title, text, title};

/// The name of the first sheet.
pub const ACCOUNTABLE_SHEET: &str = "Accountable";

/// The header of the product sheets' table: the columns before the offers and the parties.
pub const LEADING_COLUMNS: [&str; 2] = ["Number", "Id"];

/// Rows above a product sheet's header row: title, source, last updated, provenance, blank.
pub const HEADER_ROW: u32 = 5;

/// The workbook of `products`, texts in `lang` where they have it.
///
/// # Errors
/// What the writer refuses (more rows or columns than a sheet holds; none here).
pub fn workbook(products: &[Product], lang: Option<Locale>) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let newest = products.iter().filter_map(|p| p.last_updated()).max();
    let created = match newest {
        Some(date) => ExcelDateTime::from_ymd(date.year(), date.month(), date.day())?,
        None => ExcelDateTime::from_ymd(2000, 1, 1)?,
    };
    workbook.set_properties(
        &DocProperties::new()
            .set_title("OVHcloud shared-responsibility matrices")
            .set_creation_datetime(&created),
    );
    let bold = Format::new().set_bold();
    accountable(workbook.add_worksheet(), products, lang, &bold)?;
    for &product in products {
        product_sheet(workbook.add_worksheet(), product, lang, &bold)?;
    }
    workbook.save_to_buffer()
}

/// The names of the parties in `parties`, in column order, `, ` between them.
fn names(parties: ovhcloud_raci::PartySet) -> String {
    parties
        .iter()
        .map(Party::name)
        .collect::<Vec<_>>()
        .join(", ")
}

fn accountable(
    sheet: &mut Worksheet,
    products: &[Product],
    lang: Option<Locale>,
    bold: &Format,
) -> Result<(), XlsxError> {
    sheet.set_name(ACCOUNTABLE_SHEET)?;
    let header = ["Product", "Id", "Activity", "Accountable", "Responsible"];
    for (col, name) in (0u16..).zip(header) {
        sheet.write_string_with_format(0, col, name, bold)?;
    }
    let role = |letter| Role::from_letter(letter);
    let mut row = 0u32;
    for activity in products.iter().flat_map(|p| p.activities()) {
        row += 1;
        let holders =
            |letter| role(letter).map_or_else(String::new, |r| names(activity.parties_with(r)));
        sheet.write_string(row, 0, activity.product().id())?;
        sheet.write_string(row, 1, activity.id())?;
        sheet.write_string(row, 2, text(activity, lang))?;
        sheet.write_string(row, 3, holders('A'))?;
        sheet.write_string(row, 4, holders('R'))?;
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, row, 4)?;
    for (col, width) in [(0u16, 28), (1, 40), (2, 80), (3, 20), (4, 20)] {
        sheet.set_column_width(col, width)?;
    }
    Ok(())
}

fn product_sheet(
    sheet: &mut Worksheet,
    product: Product,
    lang: Option<Locale>,
    bold: &Format,
) -> Result<(), XlsxError> {
    // Product ids are at most 64 characters, a sheet name at most 31: the sheet is named by
    // the id's first 31, and the id is written in full above the table.
    let name: String = product.id().chars().take(31).collect();
    sheet.set_name(name)?;
    sheet.write_string(4, 0, format!("Product: {}", product.id()))?;
    sheet.write_string_with_format(0, 0, product_title(product, lang), bold)?;
    sheet.write_string(1, 0, product.source_url())?;
    let date = product.last_updated_as_written().unwrap_or("undated");
    sheet.write_string(2, 0, format!("Last updated: {date}"))?;
    if let Some(provenance) = product.provenance() {
        sheet.write_string(3, 0, format!("Provenance: {provenance}"))?;
    }
    let offers: Vec<&str> = product.offers().map(|(_, name)| name).collect();
    let mut header: Vec<&str> = LEADING_COLUMNS.to_vec();
    header.extend(&offers);
    header.push(product.activity_header());
    // Each party's column as the page names it (`Client` on a page in French).
    header.extend(Party::ALL.iter().map(|&p| product.party_name(p)));
    header.push("Waivers");
    for (col, name) in (0u16..).zip(&header) {
        sheet.write_string_with_format(HEADER_ROW, col, *name, bold)?;
    }
    let text_col = u16::try_from(LEADING_COLUMNS.len() + offers.len()).unwrap_or(u16::MAX);
    let mut row = HEADER_ROW;
    for section in product.sections() {
        row += 1;
        sheet.write_string_with_format(row, 0, section.number(), bold)?;
        sheet.write_string_with_format(row, text_col, title(section, lang), bold)?;
        for activity in section.activities() {
            row += 1;
            activity_row(sheet, row, activity, text_col, lang)?;
        }
    }
    let last_col = u16::try_from(header.len() - 1).unwrap_or(u16::MAX);
    sheet.set_freeze_panes(HEADER_ROW + 1, 0)?;
    sheet.autofilter(HEADER_ROW, 0, row, last_col)?;
    sheet.set_column_width(1, 30)?;
    sheet.set_column_width(text_col, 80)?;
    Ok(())
}

/// An activity's row: its heading's number, its id, its offers marked `X`, its text, each
/// party's cell as written (nothing where the row stops before the column), its waivers.
fn activity_row(
    sheet: &mut Worksheet,
    row: u32,
    activity: AnyActivity,
    text_col: u16,
    lang: Option<Locale>,
) -> Result<(), XlsxError> {
    sheet.write_string(row, 0, activity.section().number())?;
    sheet.write_string(row, 1, activity.id())?;
    let applies: Vec<&str> = activity.offers().collect();
    for (col, (id, _)) in (2u16..).zip(activity.product().offers()) {
        if applies.contains(&id) {
            sheet.write_string(row, col, "X")?;
        }
    }
    sheet.write_string(row, text_col, text(activity, lang))?;
    for (col, party) in (text_col + 1..).zip(Party::ALL) {
        if let Some(cell) = activity.cell_as_written(party).filter(|c| !c.is_empty()) {
            sheet.write_string(row, col, cell)?;
        }
    }
    let waivers: Vec<String> = activity
        .waivers()
        .iter()
        .map(|w| format!("{}: {}", w.rule(), w.reason()))
        .collect();
    if !waivers.is_empty() {
        let col = text_col + 1 + u16::try_from(Party::COUNT).unwrap_or(0);
        sheet.write_string(row, col, waivers.join("\n"))?;
    }
    Ok(())
}
