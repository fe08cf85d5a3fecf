//! The spellings nearest to a misspelled input, found without allocating.

/// The longest spelling compared, in bytes: ids are at most 64 characters.
const MAX: usize = 64;

/// Up to three of `candidates` nearest to `input`, nearest first: an edit distance over
/// ASCII-lowercased bytes, within a third of the input's length (at least 1). Ties keep
/// the candidates' order.
pub(crate) fn nearest<'a>(input: &str, candidates: &[&'a str]) -> [Option<&'a str>; 3] {
    let reach = (input.len() / 3).max(1);
    let mut best: [Option<(usize, &'a str)>; 3] = [None; 3];
    for &candidate in candidates {
        let Some(d) = distance(input.as_bytes(), candidate.as_bytes()) else {
            continue;
        };
        if d > reach {
            continue;
        }
        // Insert in order, keeping the three nearest; ties keep the earlier candidate.
        let Some(at) = best.iter().position(|s| s.is_none_or(|(sd, _)| d < sd)) else {
            continue;
        };
        for k in (at + 1..best.len()).rev() {
            best[k] = best[k - 1];
        }
        best[at] = Some((d, candidate));
    }
    best.map(|b| b.map(|(_, c)| c))
}

/// The edit distance between `a` and `b`, ASCII case-insensitive, in two fixed rows;
/// `None` when either is longer than [`MAX`].
fn distance(a: &[u8], b: &[u8]) -> Option<usize> {
    if a.len() > MAX || b.len() > MAX {
        return None;
    }
    let mut previous = [0usize; MAX + 1];
    let mut current = [0usize; MAX + 1];
    for (j, cell) in previous.iter_mut().enumerate().take(b.len() + 1) {
        *cell = j;
    }
    for (i, &ca) in a.iter().enumerate() {
        current[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let cost = usize::from(!ca.eq_ignore_ascii_case(&cb));
            current[j + 1] = (previous[j + 1] + 1)
                .min(current[j] + 1)
                .min(previous[j] + cost);
        }
        previous = current;
    }
    Some(previous[b.len()])
}
