//! The command line: every subcommand and flag, each defined once; the output flags are one
//! group that every subcommand flattens, so each takes every format.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// `raci`'s arguments.
#[derive(Parser)]
#[command(
    name = "raci",
    version,
    about = "Who does what on OVHcloud: the shared-responsibility (RACI) matrices of its products."
)]
pub struct Cli {
    /// The product to read, by id (`raci products` lists them). `list`, `show` and `who`
    /// read Dedicated Servers without it; `what` and `search` read every product.
    #[arg(long, global = true)]
    pub product: Option<String>,
    /// The language of the texts (`fr-fr`), where the product has them; the page's English
    /// elsewhere (marked `(en)` in tables). In `list` and `show` as a table, and in the
    /// exports `xlsx` and `html`.
    #[arg(long, global = true)]
    pub lang: Option<String>,
    /// Read the page as it stood on this day (`YYYY-MM-DD`): the version in force then, of
    /// those the crate holds (`raci versions` lists them). In `list`, `show`, `who`, `what`
    /// and `search`.
    #[arg(long, global = true, value_name = "YYYY-MM-DD")]
    pub as_of: Option<String>,
    /// What to do; `list` without one.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Subcommand)]
pub enum Command {
    /// List the products of the catalogue: id, rows, date and title.
    Products {
        #[command(flatten)]
        output: Output,
    },
    /// List the versions of a product's page the crate holds (`--product`'s, else Dedicated
    /// Servers), oldest first: date, rows, commit, title.
    Versions {
        #[command(flatten)]
        output: Output,
    },
    /// Print a product's whole matrix (the default).
    List {
        #[command(flatten)]
        output: Output,
        /// With `--format markdown`: the heading level of the title (1 to 6), the page's
        /// headings following it, to paste the matrix under a wiki page's own title.
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u8).range(1..=6))]
        heading_level: u8,
    },
    /// Print one activity: its text, heading and every party's cell.
    Show {
        /// Activity id, such as `install-os`, or `product/id`.
        id: String,
        #[command(flatten)]
        output: Output,
    },
    /// Which parties hold a role for an activity.
    Who {
        /// Role letter or name: R, A, C, I, Responsible…
        role: String,
        /// Activity id, or `product/id`.
        id: String,
        #[command(flatten)]
        output: Output,
    },
    /// Every activity for which a party holds a role.
    What {
        /// Party id or name: customer, ovhcloud.
        party: String,
        /// Role letter or name.
        role: String,
        #[command(flatten)]
        output: Output,
    },
    /// Activities whose text contains every word (case-insensitive).
    Search {
        /// Words to look for.
        #[arg(required = true)]
        words: Vec<String>,
        #[command(flatten)]
        output: Output,
    },
    /// What changed between two versions of a matrix: each a page (`.md`, as OVHcloud's
    /// documentation repository stores it) or a matrix file (`.toml`).
    Diff {
        /// The older version.
        old: PathBuf,
        /// The newer version.
        new: PathBuf,
        #[command(flatten)]
        output: Output,
    },
    /// Write the build's matrices (or `--product`'s) for compliance tools: OSCAL, a
    /// workbook, an ownership sheet, an HTML page.
    Export {
        #[command(subcommand)]
        export: Export,
    },
    /// Whether a page as downloaded today still says what the crate says: prints what
    /// changed and exits with 1 if anything did, 0 if not. The product is the one the page
    /// names (its provenance or title), or `--product`'s.
    Check {
        /// The page (`.md`).
        page: PathBuf,
        #[command(flatten)]
        output: Output,
    },
}

/// The exports: formats that compliance tools, spreadsheets and browsers read.
#[derive(Subcommand)]
pub enum Export {
    /// An OSCAL 1.1.2 component definition (JSON): a `service` component per product, an
    /// implemented requirement per activity, each party's cell as its role's `raci` prop.
    Oscal {
        #[command(flatten)]
        file: OutputFile,
    },
    /// The OSCAL 1.1.2 catalog (JSON) of the activities the component definition names:
    /// a group per product and per heading, a control per activity.
    OscalCatalog {
        #[command(flatten)]
        file: OutputFile,
    },
    /// An `.xlsx` workbook: a sheet "Accountable" across products, then one per product
    /// as its page lays it out.
    Xlsx {
        /// The file to write.
        #[arg(long)]
        output: PathBuf,
    },
    /// Each activity's owner in the words of CSA's shared-responsibility model
    /// (`CSP-owned`, `CSC-owned`, `Shared CSP and CSC`), from who holds R and A.
    Ownership {
        #[command(flatten)]
        output: Output,
    },
    /// A self-contained HTML page: every row filtered by party and role, then each matrix.
    Html {
        #[command(flatten)]
        file: OutputFile,
    },
}

/// Where an export goes.
#[derive(Args)]
pub struct OutputFile {
    /// The file to write (standard output without it); written whole or not at all.
    #[arg(long)]
    pub output: Option<PathBuf>,
}

impl Default for Command {
    fn default() -> Self {
        Command::List {
            output: Output::default(),
            heading_level: 1,
        }
    }
}

/// How to print: the flags every subcommand takes.
#[derive(Args, Clone, Copy, Default)]
pub struct Output {
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

/// An output format: one printer each (`printers/`).
#[derive(Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum Format {
    /// For a person at a terminal.
    #[default]
    Table,
    /// For a wiki.
    Markdown,
    /// For a spreadsheet.
    Csv,
    /// For programs.
    Json,
}
