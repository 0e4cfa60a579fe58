//! Maximum one-to-one matching in a bipartite graph: the single alignment
//! precision and recall are both counted from (gold units with nodes, gold
//! relations with predicted node pairs).
//!
//! The matching has as many pairs as possible and, among those, the largest
//! total weight (bytes shared, or agreement of edge type). The candidate
//! graph is split into connected components, which are tiny in practice (a
//! unit overlaps one or two sentences), and each is solved exactly with the
//! Hungarian algorithm, so a text of thousands of units stays fast.

/// A candidate pair: left index, right index and its weight (higher is better).
pub type Candidate = (usize, usize, u64);

/// For each left item, the right item it is matched to. Only candidates are
/// ever matched; ties go the same way on every run.
pub fn max_matching(left: usize, right: usize, candidates: &[Candidate]) -> Vec<Option<usize>> {
    let mut matched = vec![None; left];
    // Components of the candidate graph, by union-find over left then right ids.
    let mut parent: Vec<usize> = (0..left + right).collect();
    fn find(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for &(l, r, _) in candidates {
        let (a, b) = (find(&mut parent, l), find(&mut parent, left + r));
        if a != b {
            parent[a.max(b)] = a.min(b);
        }
    }
    let mut components: std::collections::BTreeMap<usize, Vec<Candidate>> = Default::default();
    for &c in candidates {
        let root = find(&mut parent, c.0);
        components.entry(root).or_default().push(c);
    }
    for (_, pairs) in components {
        if let [(l, r, _)] = pairs[..] {
            matched[l] = Some(r);
            continue;
        }
        let mut lefts: Vec<usize> = pairs.iter().map(|p| p.0).collect();
        let mut rights: Vec<usize> = pairs.iter().map(|p| p.1).collect();
        lefts.sort_unstable();
        lefts.dedup();
        rights.sort_unstable();
        rights.dedup();
        // Every pair in the matching outweighs any sum of tie-breaking weights,
        // so the count of pairs comes first.
        let big = pairs.iter().map(|p| p.2).sum::<u64>() + 1;
        let transpose = lefts.len() > rights.len();
        let (rows, cols) = if transpose {
            (&rights, &lefts)
        } else {
            (&lefts, &rights)
        };
        let mut weights = vec![vec![0i64; cols.len()]; rows.len()];
        for &(l, r, w) in &pairs {
            let (row, col) = if transpose { (r, l) } else { (l, r) };
            let i = rows.binary_search(&row).expect("row of a pair");
            let j = cols.binary_search(&col).expect("column of a pair");
            let w = i64::try_from(big + w).unwrap_or(i64::MAX / 4);
            weights[i][j] = weights[i][j].max(w);
        }
        for (i, j) in assignment(&weights).into_iter().enumerate() {
            if weights[i][j] == 0 {
                continue; // Not a candidate: left unmatched.
            }
            let (row, col) = (rows[i], cols[j]);
            if transpose {
                matched[col] = Some(row);
            } else {
                matched[row] = Some(col);
            }
        }
    }
    matched
}

/// The Hungarian algorithm: assign each row a distinct column so that the
/// total weight is largest. Needs no more rows than columns.
fn assignment(weights: &[Vec<i64>]) -> Vec<usize> {
    let n = weights.len();
    let m = weights.first().map_or(0, Vec::len);
    debug_assert!(n <= m);
    const INF: i64 = i64::MAX / 4;
    // Potentials u (rows) and v (columns), 1-based with 0 a sentinel; p[j]
    // is the row assigned to column j.
    let mut u = vec![0i64; n + 1];
    let mut v = vec![0i64; m + 1];
    let mut p = vec![0usize; m + 1];
    let mut way = vec![0usize; m + 1];
    for i in 1..=n {
        p[0] = i;
        let mut j0 = 0;
        let mut minv = vec![INF; m + 1];
        let mut used = vec![false; m + 1];
        loop {
            used[j0] = true;
            let i0 = p[j0];
            let mut delta = INF;
            let mut j1 = 0;
            for j in 1..=m {
                if used[j] {
                    continue;
                }
                // Costs are negated weights: the algorithm minimises.
                let cur = -weights[i0 - 1][j - 1] - u[i0] - v[j];
                if cur < minv[j] {
                    minv[j] = cur;
                    way[j] = j0;
                }
                if minv[j] < delta {
                    delta = minv[j];
                    j1 = j;
                }
            }
            for j in 0..=m {
                if used[j] {
                    u[p[j]] += delta;
                    v[j] -= delta;
                } else {
                    minv[j] -= delta;
                }
            }
            j0 = j1;
            if p[j0] == 0 {
                break;
            }
        }
        loop {
            let j1 = way[j0];
            p[j0] = p[j1];
            j0 = j1;
            if j0 == 0 {
                break;
            }
        }
    }
    let mut column_of = vec![0; n];
    for j in 1..=m {
        if p[j] != 0 {
            column_of[p[j] - 1] = j - 1;
        }
    }
    column_of
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The best (pairs, weight) by trying every matching.
    fn brute_force(left: usize, right: usize, candidates: &[Candidate]) -> (usize, u64) {
        fn go(l: usize, left: usize, used: &mut Vec<bool>, c: &[Candidate]) -> (usize, u64) {
            if l == left {
                return (0, 0);
            }
            let mut best = go(l + 1, left, used, c);
            for &(_, b, w) in c.iter().filter(|p| p.0 == l) {
                if !used[b] {
                    used[b] = true;
                    let (n, s) = go(l + 1, left, used, c);
                    used[b] = false;
                    best = best.max((n + 1, s + w));
                }
            }
            best
        }
        go(0, left, &mut vec![false; right], candidates)
    }

    fn value(matched: &[Option<usize>], candidates: &[Candidate]) -> (usize, u64) {
        let mut n = 0;
        let mut s = 0;
        for (l, r) in matched.iter().enumerate() {
            if let Some(r) = *r {
                let w = candidates
                    .iter()
                    .filter(|c| c.0 == l && c.1 == r)
                    .map(|c| c.2)
                    .max()
                    .expect("only candidates are matched");
                n += 1;
                s += w;
            }
        }
        (n, s)
    }

    #[test]
    fn count_comes_before_weight() {
        // Taking the heavy pair (0, 0) alone would leave left 1 unmatched.
        let c = [(0, 0, 100), (0, 1, 1), (1, 0, 1)];
        assert_eq!(max_matching(2, 2, &c), vec![Some(1), Some(0)]);
        // With no better count, the heavier pair wins.
        let c = [(0, 0, 3), (0, 1, 7)];
        assert_eq!(max_matching(1, 2, &c), vec![Some(1)]);
        assert_eq!(max_matching(3, 0, &[]), vec![None, None, None]);
    }

    #[test]
    fn more_left_than_right_is_transposed() {
        let c = [(0, 0, 5), (1, 0, 6), (2, 0, 1)];
        assert_eq!(max_matching(3, 1, &c), vec![None, Some(0), None]);
    }

    proptest! {
        #[test]
        fn matches_the_best_by_brute_force(
            left in 0usize..5,
            right in 0usize..5,
            raw in proptest::collection::vec((0usize..5, 0usize..5, 1u64..20), 0..12),
        ) {
            let candidates: Vec<Candidate> = raw
                .into_iter()
                .filter(|c| c.0 < left && c.1 < right)
                .collect();
            let matched = max_matching(left, right, &candidates);
            let mut seen = std::collections::HashSet::new();
            for r in matched.iter().flatten() {
                prop_assert!(seen.insert(*r), "right {} matched twice", r);
            }
            prop_assert_eq!(value(&matched, &candidates), brute_force(left, right, &candidates));
        }
    }
}
