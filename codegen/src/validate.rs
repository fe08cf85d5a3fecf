//! Raw records → a [`Matrix`]: names, references, cells, the RACI rules and their waivers.

use std::collections::BTreeMap;

use crate::diagnostic::{Diagnostic, Diagnostics, Severity, did_you_mean, one_of};
use crate::ident::{camel_case, is_kebab_id, is_keyword, is_word_name};
use crate::model::{Activity, Heading, MAX_ROLES, Matrix, Party, Role, Rule, Waiver};
use crate::parse::{RawActivity, RawCells, RawMatrix, Text};

/// How many parties a party set can hold: `PartySet` is stored in a `u64`.
const MAX_PARTIES: usize = 64;

/// Checks everything the parser could not, reporting every problem; `None` if any is an error.
pub(crate) fn validate(raw: &RawMatrix, diags: &mut Diagnostics) -> Option<Matrix> {
    let meta = check_meta(raw, diags);
    let severities = check_rules(raw, diags);
    let (parties, parties_ok) = check_parties(raw, diags);
    let (roles, roles_ok) = check_roles(raw, diags);
    let mut headings = check_headings(raw, diags);
    // Numbers of headings that are in the file but were rejected: rows under them are not
    // reported again, nor are cells when the parties or the legend were rejected.
    let mut broken_headings = Map::new();
    for h in &raw.headings {
        if let Some(n) = &h.number {
            if !headings.iter().any(|h| h.number == n.value) {
                broken_headings.insert(n.value.clone(), 0);
            }
        }
    }
    let context = Context {
        parties: &parties,
        party_ids: parties.iter().map(|p| p.id.as_str()).collect(),
        parties_ok,
        roles: &roles,
        roles_ok,
        headings: &headings,
        heading_numbers: headings.iter().map(|h| h.number.as_str()).collect(),
        broken_headings,
    };
    let mut activities = Vec::new();
    let mut last_heading = 0;
    let mut ids = Names::new("activity");
    for raw_activity in &raw.activities {
        let Some(activity) = check_activity(raw_activity, &context, &mut ids, diags) else {
            continue;
        };
        if activity.heading < last_heading {
            let later = &headings[last_heading].number;
            diags.error(
                raw_activity.span.clone(),
                format!(
                    "activity `{}` stands under heading {} but comes after a row of heading {later}; \
                     keep the rows in the page's document order",
                    activity.id, headings[activity.heading].number
                ),
            );
        }
        last_heading = last_heading.max(activity.heading);
        if parties_ok && roles_ok {
            check_rows_rules(
                raw_activity,
                &activity,
                &parties,
                &roles,
                &severities,
                diags,
            );
        }
        activities.push(activity);
    }
    if raw.activities.is_empty() {
        diags.push(
            Diagnostic::error(raw.end.clone(), "the matrix has no activities")
                .with_help("add at least one `[[activities]]` table"),
        );
    }
    if roles_ok {
        check_rule_letters(raw, &roles, &severities, diags);
    }

    if diags.has_errors() {
        return None;
    }
    for (index, activity) in activities.iter().enumerate() {
        headings[activity.heading].activities.push(index);
    }
    for index in 0..headings.len() {
        if let Some(parent) = headings[index].parent {
            headings[parent].children.push(index);
        }
    }
    let (title, source, last_updated, intro_heading, intro, legend_header, activity_header) = meta?;
    Some(Matrix {
        title,
        source,
        last_updated,
        intro_heading,
        intro,
        legend_header,
        activity_header,
        parties,
        roles,
        headings,
        activities,
    })
}

type Meta = (
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    String,
    String,
);

fn check_meta(raw: &RawMatrix, diags: &mut Diagnostics) -> Option<Meta> {
    let Some(meta) = &raw.meta else {
        diags.push(
            Diagnostic::error(0..0, "the `[matrix]` table is missing").with_help(
                "start the file with `[matrix]` and its `title`, `source`, `last-updated`, \
                 `legend-header` and `activity-header`",
            ),
        );
        return None;
    };
    let line = |t: &Option<Text>, what: &str, diags: &mut Diagnostics| {
        t.as_ref().and_then(|t| checked_text(t, what, false, diags))
    };
    let title = line(&meta.title, "the title", diags);
    let source = line(&meta.source, "the source", diags);
    let intro_heading = line(&meta.intro_heading, "the intro heading", diags);
    let intro = meta
        .intro
        .as_ref()
        .and_then(|t| checked_text(t, "the intro", true, diags));
    let legend_header = line(&meta.legend_header, "the legend header", diags);
    let activity_header = line(&meta.activity_header, "the activity header", diags);
    if meta.intro_heading.is_some() != meta.intro.is_some() {
        let span = meta
            .intro
            .as_ref()
            .or(meta.intro_heading.as_ref())
            .map_or(0..0, |t| t.span.clone());
        diags.error(
            span,
            "`intro` and `intro-heading` go together: give both or neither",
        );
    }
    Some((
        title?,
        source?,
        meta.last_updated.as_ref()?.value.clone(),
        intro_heading,
        intro,
        legend_header?,
        activity_header?,
    ))
}

/// The one map type of the crate, keyed by text: one copy of the B-tree code to compile,
/// as every user of the crate compiles it in their build.
type Map = BTreeMap<String, usize>;

/// Every rule's name, in [`Rule::ALL`] order.
const RULE_NAMES: [&str; Rule::ALL.len()] = {
    let mut names = [""; Rule::ALL.len()];
    let mut i = 0;
    while i < names.len() {
        names[i] = Rule::ALL[i].name();
        i += 1;
    }
    names
};

/// The severity of each rule, in [`Rule::ALL`] order, `None` meaning `off`; every rule
/// defaults to `error`.
struct Severities([Option<Severity>; Rule::ALL.len()]);

impl Severities {
    fn of(&self, rule: Rule) -> Option<Severity> {
        self.0[rule as usize]
    }
}

fn check_rules(raw: &RawMatrix, diags: &mut Diagnostics) -> Severities {
    let mut severities = Severities([Some(Severity::Error); Rule::ALL.len()]);
    for rule in &raw.rules {
        let Some(known) = Rule::ALL.into_iter().find(|r| r.name() == rule.name.value) else {
            diags.push(unknown(&rule.name, "rule", &RULE_NAMES));
            continue;
        };
        let severity = match rule.severity.value.as_str() {
            "error" => Some(Severity::Error),
            "warning" => Some(Severity::Warning),
            "off" => None,
            other => {
                diags.error(
                    rule.severity.span.clone(),
                    format!(
                        "unknown severity \"{other}\" for rule `{}`; expected \"error\", \"warning\" or \"off\"",
                        known.name()
                    ),
                );
                continue;
            }
        };
        severities.0[known as usize] = severity;
    }
    severities
}

/// What the rows are checked against, and whether it was read without error.
struct Context<'a> {
    parties: &'a [Party],
    party_ids: Vec<&'a str>,
    parties_ok: bool,
    roles: &'a [Role],
    roles_ok: bool,
    headings: &'a [Heading],
    heading_numbers: Vec<&'a str>,
    broken_headings: Map,
}

/// The valid parties, and whether every party was valid.
fn check_parties(raw: &RawMatrix, diags: &mut Diagnostics) -> (Vec<Party>, bool) {
    if raw.parties.is_empty() {
        diags.push(
            Diagnostic::error(raw.end.clone(), "the matrix has no parties")
                .with_help("add a `[[parties]]` table with an `id` and a `name` for each column"),
        );
    }
    if raw.parties.len() > MAX_PARTIES {
        diags.error(
            raw.parties[MAX_PARTIES].span.clone(),
            format!(
                "the matrix has {} parties; a party set holds at most {MAX_PARTIES}",
                raw.parties.len()
            ),
        );
    }
    let mut ids = Names::new("party");
    let mut spellings = Spellings::default();
    let mut parties = Vec::new();
    for party in &raw.parties {
        let id = party.id.as_ref().and_then(|id| ids.check_id(id, diags));
        let name = party
            .name
            .as_ref()
            .and_then(|n| checked_text(n, "a party name", false, diags));
        let mut unique = true;
        if let (Some(id_text), Some(name_text), Some(_)) = (&party.id, &party.name, &id) {
            unique = spellings.check(id_text, "party id", diags);
            if !name_text.value.eq_ignore_ascii_case(&id_text.value) {
                unique &= spellings.check(name_text, "party name", diags);
            }
        }
        if let (true, Some((id, ident)), Some(name)) = (unique, id, name) {
            parties.push(Party { id, name, ident });
        }
    }
    let ok =
        !parties.is_empty() && parties.len() == raw.parties.len() && parties.len() <= MAX_PARTIES;
    (parties, ok)
}

/// The valid roles, and whether every role was valid.
fn check_roles(raw: &RawMatrix, diags: &mut Diagnostics) -> (Vec<Role>, bool) {
    if raw.roles.is_empty() {
        diags.push(
            Diagnostic::error(raw.end.clone(), "the matrix has no roles")
                .with_help("add a `[[roles]]` table with a `letter`, `name` and `description` for each role of the legend"),
        );
    }
    if raw.roles.len() > MAX_ROLES {
        diags.error(
            raw.roles[MAX_ROLES].span.clone(),
            format!(
                "the legend has {} roles; a role set holds at most {MAX_ROLES}",
                raw.roles.len()
            ),
        );
    }
    let mut idents = Names::new("role");
    let mut spellings = Spellings::default();
    let mut roles = Vec::new();
    for role in &raw.roles {
        let letter = role.letter.as_ref().and_then(|l| {
            let mut chars = l.value.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) if c.is_ascii_uppercase() => Some(c),
                (Some(c), None) if c.is_ascii_lowercase() => {
                    diags.push(
                        Diagnostic::error(
                            l.span.clone(),
                            format!("role letter \"{c}\" is lowercase"),
                        )
                        .with_help(format!(
                            "role letters are uppercase ASCII: write \"{}\"",
                            c.to_ascii_uppercase()
                        )),
                    );
                    None
                }
                _ => {
                    diags.error(
                        l.span.clone(),
                        format!(
                            "a role letter is one uppercase ASCII letter, found \"{}\"",
                            l.value
                        ),
                    );
                    None
                }
            }
        });
        let name = role.name.as_ref().and_then(|n| {
            if is_word_name(&n.value) {
                idents.check_ident(n, camel_case(&n.value), diags).map(|ident| (n.value.clone(), ident))
            } else {
                diags.push(
                    Diagnostic::error(n.span.clone(), format!("role name \"{}\" is not a plain name", n.value))
                        .with_help("use ASCII words of letters and digits, starting with a letter, such as \"Responsible\""),
                );
                None
            }
        });
        let description = role
            .description
            .as_ref()
            .and_then(|d| checked_text(d, "a role description", false, diags));
        let mut unique = true;
        if let (Some(l), Some(n), Some(_), Some(_)) = (&role.letter, &role.name, &letter, &name) {
            unique = spellings.check(l, "role letter", diags);
            if !n.value.eq_ignore_ascii_case(&l.value) {
                unique &= spellings.check(n, "role name", diags);
            }
        }
        if let (true, Some(letter), Some((name, ident)), Some(description)) =
            (unique, letter, name, description)
        {
            roles.push(Role {
                letter,
                name,
                description,
                ident,
            });
        }
    }
    let ok = !roles.is_empty() && roles.len() == raw.roles.len() && roles.len() <= MAX_ROLES;
    (roles, ok)
}

fn check_headings(raw: &RawMatrix, diags: &mut Diagnostics) -> Vec<Heading> {
    if raw.headings.is_empty() {
        diags.push(
            Diagnostic::error(raw.end.clone(), "the matrix has no headings").with_help(
                "add a `[[headings]]` table with a `number`, `id` and `title` for each heading",
            ),
        );
    }
    let mut ids = Names::new("heading");
    let mut numbers = Map::new();
    let mut headings: Vec<Heading> = Vec::new();
    for heading in &raw.headings {
        let number = heading.number.as_ref().and_then(|n| check_number(n, diags));
        let id = heading.id.as_ref().and_then(|id| ids.check_id(id, diags));
        let title = heading
            .title
            .as_ref()
            .and_then(|t| checked_text(t, "a heading title", false, diags));
        let Some((number, span)) = number else {
            continue;
        };
        if let Some(&first) = numbers.get(&number) {
            diags.error(
                span,
                format!(
                    "heading number {number} is already used by heading `{}`",
                    headings[first].id
                ),
            );
            continue;
        }
        let parent = match number.rsplit_once('.') {
            None => None,
            Some((parent, _)) => {
                if let Some(&index) = numbers.get(parent) {
                    Some(index)
                } else {
                    diags.push(
                        Diagnostic::error(
                            span,
                            format!("heading {number} has no parent: heading {parent} is not defined before it"),
                        )
                        .with_help(format!("add a `[[headings]]` table with `number = \"{parent}\"` above this one")),
                    );
                    continue;
                }
            }
        };
        let (Some((id, ident)), Some(title)) = (id, title) else {
            continue;
        };
        numbers.insert(number.clone(), headings.len());
        headings.push(Heading {
            number,
            id,
            title,
            ident,
            parent,
            children: Vec::new(),
            activities: Vec::new(),
        });
    }
    headings
}

/// A heading number: dot-separated decimal numbers, `3.1.2`.
fn check_number(
    number: &Text,
    diags: &mut Diagnostics,
) -> Option<(String, std::ops::Range<usize>)> {
    let n = &number.value;
    let valid = n
        .split('.')
        .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()));
    if valid {
        return Some((n.clone(), number.span.clone()));
    }
    let mut d = Diagnostic::error(
        number.span.clone(),
        format!(
            "invalid heading number \"{n}\"; expected numbers separated by dots, such as \"3.1.2\""
        ),
    );
    if let Some(trimmed) = n.strip_suffix('.') {
        d = d.with_help(format!("write \"{trimmed}\", without the trailing dot"));
    }
    diags.push(d);
    None
}

fn check_activity(
    raw: &RawActivity,
    context: &Context<'_>,
    ids: &mut Names,
    diags: &mut Diagnostics,
) -> Option<Activity> {
    let headings = context.headings;
    let id = raw.id.as_ref().and_then(|id| ids.check_id(id, diags));
    let heading = raw.heading.as_ref().and_then(|h| {
        let found = headings.iter().position(|x| x.number == h.value);
        if found.is_none() && !context.broken_headings.contains_key(&h.value) {
            let mut d = Diagnostic::error(
                h.span.clone(),
                format!(
                    "activity stands under heading \"{}\", which is not defined",
                    h.value
                ),
            );
            if let Some(s) = did_you_mean(&h.value, &context.heading_numbers) {
                d = d.with_help(format!("did you mean \"{s}\"?"));
            }
            diags.push(d);
        }
        found
    });
    let text = raw
        .text
        .as_ref()
        .and_then(|t| checked_text(t, "an activity text", false, diags));
    let cells = raw
        .cells
        .as_ref()
        .and_then(|cells| check_cells(cells, context, diags));
    let mut waivers: Vec<Waiver> = Vec::new();
    for waiver in &raw.waivers {
        let rule = waiver.rule.as_ref().and_then(|r| {
            let found = Rule::ALL.into_iter().find(|x| x.name() == r.value);
            if found.is_none() {
                diags.push(unknown(r, "rule", &RULE_NAMES));
            } else if waivers.iter().any(|w| Some(w.rule) == found) {
                diags.error(
                    r.span.clone(),
                    format!("rule `{}` is waived twice for this activity", r.value),
                );
                return None;
            }
            found
        });
        let reason = waiver
            .reason
            .as_ref()
            .and_then(|r| checked_text(r, "a waiver reason", false, diags));
        if let (Some(rule), Some(reason)) = (rule, reason) {
            waivers.push(Waiver { rule, reason });
        }
    }
    let (id, ident) = id?;
    Some(Activity {
        id,
        ident,
        heading: heading?,
        text: text?,
        cells: cells?,
        waivers,
    })
}

/// A row's cells → one role mask per party, or `None` after reporting what is wrong.
fn check_cells(
    cells: &RawCells,
    context: &Context<'_>,
    diags: &mut Diagnostics,
) -> Option<Vec<u16>> {
    let RawCells { span, entries } = cells;
    let Context { parties, roles, .. } = *context;
    {
        let mut cells: Vec<Option<u16>> = vec![None; parties.len()];
        let mut complete = true;
        for (party, letters) in entries {
            let Some(index) = parties.iter().position(|p| p.id == party.value) else {
                complete = false;
                if !context.parties_ok {
                    // The party may be one that was rejected; that error is enough.
                    continue;
                }
                diags.push(unknown(party, "party", &context.party_ids));
                complete = false;
                continue;
            };
            // A value of the wrong type was reported when it was read; letters are only
            // worth checking against a legend that was read without error.
            match letters.as_ref().filter(|_| context.roles_ok) {
                Some(letters) => match check_cell(letters, roles, diags) {
                    Some(mask) => cells[index] = Some(mask),
                    None => complete = false,
                },
                None => complete = false,
            }
        }
        // An unknown party that reads as a misspelling of a missing one is reported once.
        let misspelt = |id: &str| {
            entries.iter().any(|(p, _)| {
                p.value != id && did_you_mean(&p.value, &context.party_ids) == Some(id)
            })
        };
        for (party, cell) in parties.iter().zip(&cells) {
            if cell.is_none()
                && !entries.iter().any(|(p, _)| p.value == party.id)
                && !misspelt(&party.id)
                && context.parties_ok
            {
                diags.push(
                    Diagnostic::error(span.clone(), format!("no cell for party `{}`", party.id))
                        .with_help(format!(
                            "every party needs a cell; write `{} = \"\"` if it has no role here",
                            party.id
                        )),
                );
                complete = false;
            }
        }
        if complete {
            cells.into_iter().collect::<Option<Vec<u16>>>()
        } else {
            None
        }
    }
}

/// A cell's letters → a role mask; letters must be legend letters, once each, in legend order.
fn check_cell(cell: &Text, roles: &[Role], diags: &mut Diagnostics) -> Option<u16> {
    let letters = &cell.value;
    let legend: String = roles.iter().map(|r| r.letter).collect();
    let fail = |message: String, help: Option<String>, diags: &mut Diagnostics| {
        let mut d = Diagnostic::error(cell.span.clone(), message);
        if let Some(help) = help {
            d = d.with_help(help);
        }
        diags.push(d);
        None
    };
    if letters.chars().any(char::is_whitespace) {
        let clean: String = letters.chars().filter(|c| !c.is_whitespace()).collect();
        return fail(
            format!("cell \"{letters}\" contains whitespace"),
            Some(format!("cells are role letters only: write \"{clean}\"")),
            diags,
        );
    }
    let mut mask = 0u16;
    let mut last = None;
    for c in letters.chars() {
        let Some(index) = roles.iter().position(|r| r.letter == c) else {
            let upper = c.to_ascii_uppercase();
            if c.is_ascii_lowercase() && roles.iter().any(|r| r.letter == upper) {
                return fail(
                    format!("role letter \"{c}\" in cell \"{letters}\" is lowercase"),
                    Some(format!(
                        "role letters are uppercase: write \"{}\"",
                        letters.to_ascii_uppercase()
                    )),
                    diags,
                );
            }
            return fail(
                format!(
                    "unknown role letter \"{c}\" in cell \"{letters}\"; expected letters of \"{legend}\""
                ),
                Some("write \"\" for a party with no role".to_owned()),
                diags,
            );
        };
        if mask & (1 << index) != 0 {
            return fail(
                format!("role letter \"{c}\" is repeated in cell \"{letters}\""),
                None,
                diags,
            );
        }
        if last.is_some_and(|l| l > index) {
            // The legend's letters that the cell has, in legend order.
            let sorted: String = roles
                .iter()
                .map(|r| r.letter)
                .filter(|&l| letters.contains(l))
                .collect();
            return fail(
                format!("the letters of cell \"{letters}\" are not in legend order (\"{legend}\")"),
                Some(format!(
                    "write \"{sorted}\", so the cell prints back as written"
                )),
                diags,
            );
        }
        last = Some(index);
        mask |= 1 << index;
    }
    Some(mask)
}

/// Applies the RACI rules to one row, honouring and checking its waivers.
fn check_rows_rules(
    raw: &RawActivity,
    activity: &Activity,
    parties: &[Party],
    roles: &[Role],
    severities: &Severities,
    diags: &mut Diagnostics,
) {
    let span = raw
        .cells
        .as_ref()
        .map_or(raw.span.clone(), |c| c.span.clone());
    for rule in Rule::ALL {
        let Some(bit) = roles.iter().position(|r| r.letter == rule.letter()) else {
            continue;
        };
        let holders: Vec<String> = parties
            .iter()
            .zip(&activity.cells)
            .filter(|&(_, mask)| mask & (1 << bit) != 0)
            .map(|(p, _)| format!("`{}`", p.id))
            .collect();
        let broken = !rule.holds_for(holders.len());
        let waiver = raw
            .waivers
            .iter()
            .find(|w| w.rule.as_ref().is_some_and(|r| r.value == rule.name()));
        match (broken, waiver) {
            (true, None) => {
                let Some(severity) = severities.of(rule) else {
                    continue;
                };
                let found = if holders.is_empty() {
                    "no party does".to_owned()
                } else {
                    format!("{} do", holders.join(" and "))
                };
                diags.push(
                    Diagnostic {
                        severity,
                        span: span.clone(),
                        message: format!(
                            "activity `{}` breaks the rule `{}`: {}, but {found}",
                            activity.id,
                            rule.name(),
                            rule.statement()
                        ),
                        help: None,
                    }
                    .with_help(format!(
                        "fix the cells, or if the source page says so, keep them and add \
                         `waivers = [{{ rule = \"{}\", reason = \"…\" }}]`",
                        rule.name()
                    )),
                );
            }
            (false, Some(waiver)) => {
                let span = waiver
                    .rule
                    .as_ref()
                    .map_or(waiver.span.clone(), |r| r.span.clone());
                diags.push(
                    Diagnostic::error(
                        span,
                        format!(
                            "stale waiver: activity `{}` does not break the rule `{}`",
                            activity.id,
                            rule.name()
                        ),
                    )
                    .with_help("remove the waiver: the row follows the rule now"),
                );
            }
            _ => {}
        }
    }
}

/// A rule that is on needs its letter in the legend.
fn check_rule_letters(
    raw: &RawMatrix,
    roles: &[Role],
    severities: &Severities,
    diags: &mut Diagnostics,
) {
    if roles.is_empty() {
        return;
    }
    for rule in Rule::ALL {
        let on = severities.of(rule).is_some();
        if on && !roles.iter().any(|r| r.letter == rule.letter()) {
            let span = raw
                .rules
                .iter()
                .find(|r| r.name.value == rule.name())
                .map_or(raw.roles[0].span.clone(), |r| r.severity.span.clone());
            diags.push(
                Diagnostic::error(
                    span,
                    format!(
                        "rule `{}` counts the role lettered `{}`, but the legend has none",
                        rule.name(),
                        rule.letter()
                    ),
                )
                .with_help(format!("add `{} = \"off\"` under `[rules]`", rule.name())),
            );
        }
    }
}

/// A one-line text kept verbatim: not empty, no padding, no control characters.
fn checked_text(
    text: &Text,
    what: &str,
    multiline: bool,
    diags: &mut Diagnostics,
) -> Option<String> {
    let value = &text.value;
    let problem = if value.is_empty() {
        Some(format!("{what} is empty"))
    } else if value.trim() != value {
        Some(format!(
            "{what} \"{value}\" has leading or trailing whitespace"
        ))
    } else if value
        .chars()
        .any(|c| c.is_control() && !(multiline && c == '\n'))
    {
        Some(format!(
            "{what} \"{}\" contains a line break or control character",
            value.escape_debug()
        ))
    } else {
        None
    };
    match problem {
        Some(message) => {
            diags.error(text.span.clone(), message);
            None
        }
        None => Some(value.clone()),
    }
}

/// An "unknown X" error with a suggestion.
fn unknown(found: &Text, kind: &str, known: &[&str]) -> Diagnostic {
    let d = Diagnostic::error(
        found.span.clone(),
        format!(
            "unknown {kind} `{}`; expected {}",
            found.value,
            one_of(known)
        ),
    );
    match did_you_mean(&found.value, known) {
        Some(s) => d.with_help(format!("did you mean `{s}`?")),
        None => d,
    }
}

/// The ids and Rust names of one kind of item, to catch duplicates and collisions.
struct Names {
    kind: &'static str,
    /// Every id seen, to its position.
    ids: Map,
    /// Every Rust name taken, to the position in `sources` of what it was made from.
    idents: Map,
    sources: Vec<String>,
}

impl Names {
    fn new(kind: &'static str) -> Self {
        Names {
            kind,
            ids: Map::new(),
            idents: Map::new(),
            sources: Vec::new(),
        }
    }

    /// A kebab-case id, unique, whose Rust name is free: `(id, ident)`.
    fn check_id(&mut self, id: &Text, diags: &mut Diagnostics) -> Option<(String, String)> {
        if !is_kebab_id(&id.value) {
            diags.push(
                Diagnostic::error(id.span.clone(), format!("invalid {} id \"{}\"", self.kind, id.value))
                    .with_help("ids are lowercase ASCII kebab-case starting with a letter, such as \"install-os\""),
            );
            return None;
        }
        let next = self.ids.len();
        if self.ids.insert(id.value.clone(), next).is_some() {
            diags.error(
                id.span.clone(),
                format!("duplicate {} id `{}`", self.kind, id.value),
            );
            return None;
        }
        self.check_ident(id, camel_case(&id.value), diags)
            .map(|ident| (id.value.clone(), ident))
    }

    fn check_ident(
        &mut self,
        from: &Text,
        ident: String,
        diags: &mut Diagnostics,
    ) -> Option<String> {
        if is_keyword(&ident) {
            diags.push(
                Diagnostic::error(
                    from.span.clone(),
                    format!(
                        "{} \"{}\" becomes the Rust name `{ident}`, a reserved word",
                        self.kind, from.value
                    ),
                )
                .with_help("choose another id"),
            );
            return None;
        }
        if let Some(first) = self.idents.get(&ident).and_then(|&i| self.sources.get(i)) {
            diags.error(
                from.span.clone(),
                format!(
                    "{} \"{}\" becomes the Rust name `{ident}`, already taken by \"{first}\"",
                    self.kind, from.value
                ),
            );
            return None;
        }
        self.idents.insert(ident.clone(), self.sources.len());
        self.sources.push(from.value.clone());
        Some(ident)
    }
}

/// Every spelling `FromStr` accepts for a kind, ASCII case-insensitive, must name one item.
#[derive(Default)]
struct Spellings {
    /// Lowercased spelling → its position in `written`.
    seen: Map,
    /// Each spelling as written, and what it is.
    written: Vec<(String, &'static str)>,
}

impl Spellings {
    /// Records `text`, a `noun` such as "party id"; reports it if already taken.
    fn check(&mut self, text: &Text, noun: &'static str, diags: &mut Diagnostics) -> bool {
        let key = text.value.to_ascii_lowercase();
        if let Some((first, first_noun)) = self.seen.get(&key).and_then(|&i| self.written.get(i)) {
            if *first == text.value && *first_noun == noun {
                diags.error(text.span.clone(), format!("duplicate {noun} \"{first}\""));
            } else {
                diags.error(
                    text.span.clone(),
                    format!(
                        "{noun} \"{}\" reads the same as the {first_noun} \"{first}\" (parsing ignores ASCII case)",
                        text.value
                    ),
                );
            }
            return false;
        }
        self.seen.insert(key, self.written.len());
        self.written.push((text.value.clone(), noun));
        true
    }
}
