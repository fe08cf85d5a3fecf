//! Reading the files the index names (each product's matrix, its earlier versions, its
//! translations), each problem reported in the file it is in.

use std::io;

use crate::diagnostic::{Diagnostic, DiagnosticKind, Diagnostics, Report, reports};
use crate::model::{Locale, Matrix, Product};
use crate::source::{Input, decode};
use crate::{parse, validate};

/// A product read: its place in the index, its matrix and text, and (when it is built) its
/// page's earlier versions and its translations.
pub(super) struct ProductRead {
    pub(super) index: usize,
    pub(super) matrix: Matrix,
    pub(super) source: String,
    pub(super) earlier: Vec<Matrix>,
    pub(super) locales: Vec<Locale>,
}

/// Reads the files the index names, reporting what is wrong in the right file.
pub(super) struct Reader<'r, 'a> {
    pub(super) index_name: &'a str,
    pub(super) index_text: &'a str,
    pub(super) read: &'r mut dyn FnMut(&str) -> io::Result<Vec<u8>>,
    pub(super) problems: &'r mut Vec<Report>,
    pub(super) warnings: &'r mut Vec<Report>,
}

impl Reader<'_, '_> {
    /// Product `index` of the index, with its earlier versions if `history` and its
    /// translations if `locales`; `None` after reporting why its matrix cannot be had.
    pub(super) fn product(
        &mut self,
        index: usize,
        product: &Product,
        history: bool,
        locales: bool,
    ) -> Option<ProductRead> {
        let (matrix, source) = self.matrix(
            &product.file,
            &product.file_span,
            &product.id,
            Input::Matrix,
        )?;
        let mut read = ProductRead {
            index,
            matrix,
            source,
            earlier: Vec::new(),
            locales: Vec::new(),
        };
        for (file, span) in product.earlier.iter().filter(|_| history) {
            if let Some((version, text)) =
                self.matrix(file, span, &product.id, Input::EarlierVersion)
            {
                // Its rows are read with the product's parties and roles (and so the
                // catalogue's, which the product's are checked against).
                let found = validate::catalogue::same_legend(&read.matrix, &version, &product.file);
                self.problems.extend(reports(file, &text, &found));
                read.earlier.push(version);
            }
        }
        for (file, span) in product.locales.iter().filter(|_| locales) {
            if let Some(locale) = self.locale(file, span, &product.id, &read.matrix) {
                read.locales.push(locale);
            }
        }
        Some(read)
    }

    /// The matrix in `file` (named at `span` of the index for product `id`, as its `input`),
    /// and its text; `None` after reporting why not.
    fn matrix(
        &mut self,
        file: &str,
        span: &core::ops::Range<usize>,
        id: &str,
        input: Input,
    ) -> Option<(Matrix, String)> {
        let source = self.text(file, span, id, input)?;
        match crate::read(&source) {
            Ok((matrix, found)) => {
                self.warnings.extend(reports(file, &source, &found));
                Some((matrix, source))
            }
            Err(found) => {
                self.problems.extend(reports(file, &source, &found));
                None
            }
        }
    }

    /// The locale in `file`, checked against `matrix`; `None` after reporting why not.
    fn locale(
        &mut self,
        file: &str,
        span: &core::ops::Range<usize>,
        id: &str,
        matrix: &Matrix,
    ) -> Option<Locale> {
        let source = self.text(file, span, id, Input::Translation)?;
        let mut diags = Diagnostics::default();
        let locale = parse::locale::parse_locale(&source, &mut diags)
            .and_then(|raw| validate::locale::validate_locale(&raw, matrix, &mut diags));
        self.problems
            .extend(reports(file, &source, &diags.sorted()));
        locale
    }

    /// The text of `file`; `None` after reporting why it cannot be had.
    fn text(
        &mut self,
        file: &str,
        span: &core::ops::Range<usize>,
        id: &str,
        input: Input,
    ) -> Option<String> {
        let what = input.noun();
        let unreadable = |why: String| {
            let d = Diagnostic::error(
                DiagnosticKind::Unreadable,
                span.clone(),
                format!("cannot read {what} of `{id}`: {why}"),
            );
            reports(self.index_name, self.index_text, &[d])
        };
        match (self.read)(file) {
            Ok(bytes) => match decode(file, &bytes, input) {
                Ok(source) => Some(source),
                Err(report) => {
                    self.problems.push(report);
                    None
                }
            },
            Err(e) if e.kind() == io::ErrorKind::IsADirectory => {
                let found = unreadable("it is a directory, not a file".to_owned());
                self.problems.extend(found);
                None
            }
            Err(e) => {
                let found = unreadable(e.to_string());
                self.problems.extend(found);
                None
            }
        }
    }
}
