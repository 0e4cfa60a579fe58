//! A layered drawing of one document's map, computed here so that the page
//! that shows it needs no script and no layout engine.
//!
//! The steps are those of a Sugiyama drawing, each kept simple:
//! 1. Layers: the thesis on top, and every other node below everything it
//!    bears on (a premise sits under its conclusion). Evidence that bears on
//!    nothing still sits under the claims. Support cycles are broken at the
//!    edge that closes them, and the thesis's own edges do not move it.
//! 2. Lanes: recommendations, and what bears on recommendations alone, are
//!    set apart to the right of the main argument.
//! 3. Order: an edge that skips layers passes through a placeholder in each
//!    layer it crosses; barycentre sweeps reorder each layer by the position
//!    of its neighbours, keeping the order with the fewest crossings.
//! 4. Position: each node is pulled towards its neighbours' mean, as far as
//!    the order and the gaps allow (an isotonic regression per layer).
//!
//! Everything is deterministic: the same map is always drawn the same way.

use super::first_line;
use crate::graph::{DocumentMap, NodeKind};

/// Width of a node box.
pub const NODE_WIDTH: f64 = 180.0;
/// Height of a node box.
pub const NODE_HEIGHT: f64 = 92.0;
/// Space around the drawing.
pub const MARGIN: f64 = 16.0;
/// Height of the band above the layers that holds the lane's title.
pub const LANE_HEADER: f64 = 30.0;
/// Characters per line of node text.
pub const LINE_CHARS: usize = 25;
/// Lines of node text under the kind's name.
pub const TEXT_LINES: usize = 4;

/// Most nodes in one row: five boxes and their gaps fit a page's column
/// (80 rem) at full size, so that the map needs no shrinking to be seen
/// whole and its text stays legible.
pub const ROW_NODES: usize = 5;

/// Most rows one layer folds into.
const FOLD_ROWS: usize = 8;

const LAYER_GAP: f64 = 56.0;
const NODE_GAP: f64 = 16.0;
const DUMMY_WIDTH: f64 = 8.0;
const DUMMY_GAP: f64 = 8.0;
const LANE_GAP: f64 = 64.0;
const LANE_PAD: f64 = 14.0;
const SWEEPS: usize = 6;
const PLACEMENT_ROUNDS: usize = 8;

/// A rectangle; `x`, `y` is its top-left corner.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub width: f64,
    /// Height.
    pub height: f64,
}

/// Where one node is drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    /// Its box.
    pub rect: Rect,
    /// Its layer, 0 at the top.
    pub layer: usize,
    /// True when it sits in the recommendations' lane.
    pub apart: bool,
    /// The start of its text, wrapped to fit the box.
    pub lines: Vec<String>,
}

/// The path of one edge, from the premise to what it bears on.
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    /// Points to pass through, premise first.
    pub points: Vec<(f64, f64)>,
    /// False for an edge that runs downwards or sideways (it closes a cycle,
    /// or leaves the thesis); it is drawn as a curve beside the nodes.
    pub upward: bool,
}

/// A drawing of a map.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// Width of the drawing.
    pub width: f64,
    /// Height of the drawing.
    pub height: f64,
    /// One entry per node, in the map's order.
    pub nodes: Vec<Placed>,
    /// One entry per edge, in the map's order.
    pub edges: Vec<Route>,
    /// The frame of the recommendations' lane, when there is one.
    pub lane: Option<Rect>,
}

/// A node or a placeholder for an edge crossing a layer.
#[derive(Debug, Clone, Copy)]
struct Item {
    node: Option<usize>,
    /// The node the item stands for or the edge's premise: its initial order.
    seed: usize,
    layer: usize,
    apart: bool,
    width: f64,
}

/// Lay out one document's map.
pub fn layout(map: &DocumentMap) -> Layout {
    let n = map.nodes().len();
    if n == 0 {
        return Layout {
            width: 2.0 * MARGIN,
            height: 2.0 * MARGIN,
            nodes: Vec::new(),
            edges: Vec::new(),
            lane: None,
        };
    }
    let layers = rank(map);
    let apart = lanes(map, &layers);
    let layers = fold(&layers, &apart, ROW_NODES);
    let (items, chains) = items(map, &layers, &apart);
    let layer_count = layers.iter().max().map_or(1, |m| m + 1);
    let (up, down) = neighbours(&items, &chains);
    let order = order(&items, &up, &down, layer_count);
    let mut x = vec![0.0; items.len()];
    for lane in [false, true] {
        place_lane(&items, &order, &up, &down, lane, &mut x);
    }
    // The main argument on the left, the lane of recommendations beside it.
    let extent = |lane: bool| {
        items
            .iter()
            .zip(&x)
            .filter(|(it, _)| it.apart == lane)
            .fold(None, |acc: Option<(f64, f64)>, (it, &c)| {
                let (l, r) = (c - it.width / 2.0, c + it.width / 2.0);
                Some(acc.map_or((l, r), |(a, b)| (a.min(l), b.max(r))))
            })
    };
    let main = extent(false);
    let shift_main = main.map_or(0.0, |(l, _)| MARGIN - l);
    let lane_left = main.map_or(MARGIN, |(l, r)| r - l + MARGIN + LANE_GAP);
    let side = extent(true);
    let shift_side = side.map_or(0.0, |(l, _)| lane_left + LANE_PAD - l);
    for (it, c) in items.iter().zip(x.iter_mut()) {
        *c += if it.apart { shift_side } else { shift_main };
    }
    let header = if side.is_some() { LANE_HEADER } else { 0.0 };
    let top = |layer: usize| MARGIN + header + layer as f64 * (NODE_HEIGHT + LAYER_GAP);
    let mut nodes: Vec<Option<Placed>> = vec![None; n];
    for (it, &c) in items.iter().zip(&x) {
        if let Some(node) = it.node {
            let text = first_line(&map.nodes()[node].text, LINE_CHARS * TEXT_LINES + 20);
            nodes[node] = Some(Placed {
                rect: Rect {
                    x: c - NODE_WIDTH / 2.0,
                    y: top(it.layer),
                    width: NODE_WIDTH,
                    height: NODE_HEIGHT,
                },
                layer: it.layer,
                apart: it.apart,
                lines: wrap(&text, LINE_CHARS, TEXT_LINES),
            });
        }
    }
    let nodes: Vec<Placed> = nodes.into_iter().map(Option::unwrap).collect();
    let edges = routes(map, &nodes, &items, &chains, &x, &top);
    let right = items
        .iter()
        .zip(&x)
        .map(|(it, c)| c + it.width / 2.0)
        .fold(0.0, f64::max);
    let bottom = top(layer_count - 1) + NODE_HEIGHT;
    let lane = side.map(|(l, r)| Rect {
        x: lane_left,
        y: MARGIN,
        width: r - l + 2.0 * LANE_PAD,
        height: bottom - MARGIN + LANE_PAD,
    });
    let right = lane.map_or(right, |f| right.max(f.x + f.width));
    let bottom = lane.map_or(bottom, |f| bottom.max(f.y + f.height));
    Layout {
        width: (right + MARGIN).ceil(),
        height: (bottom + MARGIN).ceil(),
        nodes,
        edges,
        lane,
    }
}

/// Layer of each node: 0 for the thesis; below everything a node bears on,
/// counting only edges that neither close a cycle nor leave the thesis.
/// Empty layers are dropped.
fn rank(map: &DocumentMap) -> Vec<usize> {
    let n = map.nodes().len();
    let adjacency = map.adjacency();
    let is_thesis = |i: usize| map.nodes()[i].kind == NodeKind::Thesis;
    let mut layer = vec![0usize; n];
    // 0 unseen, 1 on the stack, 2 done.
    let mut state = vec![0u8; n];
    for start in 0..n {
        if state[start] != 0 {
            continue;
        }
        let mut stack = vec![(start, 0usize)];
        state[start] = 1;
        while let Some(&mut (u, ref mut next)) = stack.last_mut() {
            let out = if is_thesis(u) {
                &[][..]
            } else {
                &adjacency.outgoing[u][..]
            };
            if let Some(&e) = out.get(*next) {
                *next += 1;
                let v = map.edges()[e].to.get();
                if state[v] == 0 {
                    state[v] = 1;
                    stack.push((v, 0));
                }
                continue;
            }
            stack.pop();
            state[u] = 2;
            // A target still on the stack closes a cycle: it does not rank.
            let deepest = out
                .iter()
                .map(|&e| map.edges()[e].to.get())
                .filter(|&v| state[v] == 2)
                .map(|v| layer[v])
                .max();
            let floor = match map.nodes()[u].kind {
                NodeKind::Thesis => 0,
                NodeKind::Evidence if deepest.is_none() => 2,
                _ => 1,
            };
            layer[u] = deepest.map_or(floor, |d| floor.max(d + 1));
        }
    }
    let mut used: Vec<usize> = layer.clone();
    used.sort_unstable();
    used.dedup();
    layer
        .iter()
        .map(|l| used.binary_search(l).unwrap_or(0))
        .collect()
}

/// Layers wider than `limit` nodes folded into rows of even length, in
/// reading order, the lane's nodes after the main argument's: a row is a
/// layer of its own from here on, and an edge that skips rows passes
/// through placeholders as an edge that skips layers does.
fn fold(layers: &[usize], apart: &[bool], limit: usize) -> Vec<usize> {
    let count = layers.iter().max().map_or(0, |m| m + 1);
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); count];
    for (i, &l) in layers.iter().enumerate() {
        members[l].push(i);
    }
    let mut row = vec![0; layers.len()];
    let mut base = 0;
    for mut layer in members {
        layer.sort_by_key(|&i| (apart[i], i));
        // At most FOLD_ROWS rows: an edge that skips rows passes through a
        // placeholder in each, so rows without bound would make a layer of
        // n nodes cost n * n / limit placeholders.
        let rows = layer.len().div_ceil(limit.max(1)).min(FOLD_ROWS);
        if rows == 0 {
            continue;
        }
        let size = layer.len().div_ceil(rows);
        for (k, &i) in layer.iter().enumerate() {
            row[i] = base + k / size;
        }
        base += rows;
    }
    row
}

/// Which nodes go in the recommendations' lane: recommendations, and nodes
/// whose every upward edge leads into the lane.
fn lanes(map: &DocumentMap, layer: &[usize]) -> Vec<bool> {
    let n = map.nodes().len();
    let adjacency = map.adjacency();
    let mut by_layer: Vec<usize> = (0..n).collect();
    by_layer.sort_by_key(|&i| (layer[i], i));
    let mut apart = vec![false; n];
    for u in by_layer {
        apart[u] = match map.nodes()[u].kind {
            NodeKind::Recommendation => true,
            NodeKind::Thesis => false,
            _ => {
                let mut ups = adjacency.outgoing[u]
                    .iter()
                    .map(|&e| map.edges()[e].to.get())
                    .filter(|&v| layer[v] < layer[u])
                    .peekable();
                ups.peek().is_some() && ups.all(|v| apart[v])
            }
        };
    }
    apart
}

/// The items of every layer, and for each edge the chain of items it passes
/// through from premise up to conclusion (empty for edges that do not run
/// upwards).
fn items(map: &DocumentMap, layer: &[usize], apart: &[bool]) -> (Vec<Item>, Vec<Vec<usize>>) {
    let mut items: Vec<Item> = (0..map.nodes().len())
        .map(|i| Item {
            node: Some(i),
            seed: i,
            layer: layer[i],
            apart: apart[i],
            width: NODE_WIDTH,
        })
        .collect();
    let mut chains = Vec::with_capacity(map.edges().len());
    for e in map.edges() {
        let (from, to) = (e.from.get(), e.to.get());
        if layer[from] <= layer[to] {
            chains.push(Vec::new());
            continue;
        }
        let mut chain = vec![from];
        for l in (layer[to] + 1..layer[from]).rev() {
            chain.push(items.len());
            items.push(Item {
                node: None,
                seed: from,
                layer: l,
                apart: apart[from],
                width: DUMMY_WIDTH,
            });
        }
        chain.push(to);
        chains.push(chain);
    }
    (items, chains)
}

/// For each item, its neighbours one layer up and one layer down.
fn neighbours(items: &[Item], chains: &[Vec<usize>]) -> (Vec<Vec<usize>>, Vec<Vec<usize>>) {
    let mut up = vec![Vec::new(); items.len()];
    let mut down = vec![Vec::new(); items.len()];
    for chain in chains {
        for pair in chain.windows(2) {
            up[pair[0]].push(pair[1]);
            down[pair[1]].push(pair[0]);
        }
    }
    (up, down)
}

/// The items of each layer, left to right.
fn order(
    items: &[Item],
    up: &[Vec<usize>],
    down: &[Vec<usize>],
    layer_count: usize,
) -> Vec<Vec<usize>> {
    let mut layers: Vec<Vec<usize>> = vec![Vec::new(); layer_count];
    for (i, it) in items.iter().enumerate() {
        layers[it.layer].push(i);
    }
    for layer in &mut layers {
        layer.sort_by_key(|&i| (items[i].apart, items[i].seed, i));
        // Placeholders start in the middle of their lane's nodes, not after
        // them: when a wide layer is folded, the edges of its lower rows
        // pass through the upper ones, and rows placed under placeholders
        // at the right end would step right row after row.
        let mut middle = Vec::with_capacity(layer.len());
        for lane in [false, true] {
            let (dummies, nodes): (Vec<usize>, Vec<usize>) = layer
                .iter()
                .copied()
                .filter(|&i| items[i].apart == lane)
                .partition(|&i| items[i].node.is_none());
            let half = nodes.len() / 2;
            middle.extend_from_slice(&nodes[..half]);
            middle.extend(dummies);
            middle.extend_from_slice(&nodes[half..]);
        }
        *layer = middle;
    }
    let mut best = layers.clone();
    let mut best_crossings = crossings(&layers, items, up);
    let mut pos = vec![0.0; items.len()];
    for _ in 0..SWEEPS {
        // Down the layers by the neighbours above, then up by those below.
        for by_above in [true, false] {
            let sequence: Vec<usize> = if by_above {
                (1..layer_count).collect()
            } else {
                (0..layer_count.saturating_sub(1)).rev().collect()
            };
            // Positions of every layer once, then of each layer re-sorted:
            // re-indexing all layers per layer is quadratic in a long chain.
            index(&layers, &mut pos);
            for l in sequence {
                let next = if by_above { up } else { down };
                let mut keyed: Vec<(bool, f64, f64, usize)> = layers[l]
                    .iter()
                    .map(|&i| {
                        let ns = &next[i];
                        let key = if ns.is_empty() {
                            pos[i]
                        } else {
                            ns.iter().map(|&j| pos[j]).sum::<f64>() / ns.len() as f64
                        };
                        (items[i].apart, key, pos[i], i)
                    })
                    .collect();
                keyed.sort_by(|a, b| {
                    a.0.cmp(&b.0)
                        .then(a.1.total_cmp(&b.1))
                        .then(a.2.total_cmp(&b.2))
                });
                layers[l] = keyed.into_iter().map(|k| k.3).collect();
                for (p, &i) in layers[l].iter().enumerate() {
                    pos[i] = p as f64;
                }
            }
            let c = crossings(&layers, items, up);
            if c < best_crossings {
                best_crossings = c;
                best = layers.clone();
            }
        }
    }
    best
}

/// Record each item's position within its layer.
fn index(layers: &[Vec<usize>], pos: &mut [f64]) {
    for layer in layers {
        for (p, &i) in layer.iter().enumerate() {
            pos[i] = p as f64;
        }
    }
}

/// How many pairs of segments cross between adjacent layers.
fn crossings(layers: &[Vec<usize>], items: &[Item], up: &[Vec<usize>]) -> usize {
    let mut pos = vec![0.0; items.len()];
    index(layers, &mut pos);
    let mut total = 0;
    for layer in layers.iter().skip(1) {
        let mut segments: Vec<(f64, f64)> = layer
            .iter()
            .flat_map(|&i| up[i].iter().map(move |&j| (i, j)))
            .map(|(i, j)| (pos[i], pos[j]))
            .collect();
        // Two segments cross when their ends are in opposite orders: sorted
        // by their lower end, the crossings are the strict inversions of the
        // upper ends, counted in O(n log n) (a pair loop hangs on a node
        // with 100 000 premises).
        segments.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
        let mut upper: Vec<f64> = segments.iter().map(|s| s.1).collect();
        total += inversions(&mut upper);
    }
    total
}

/// Pairs `i < j` with `v[i] > v[j]`, by merge sort (sorts `v`).
fn inversions(v: &mut [f64]) -> usize {
    let mut buffer = v.to_vec();
    let mut count = 0;
    let mut width = 1;
    while width < v.len() {
        for start in (0..v.len()).step_by(2 * width) {
            let mid = (start + width).min(v.len());
            let end = (start + 2 * width).min(v.len());
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid && j < end {
                if v[j] < v[i] {
                    // v[j] is below every element left in the first half.
                    count += mid - i;
                    buffer[k] = v[j];
                    j += 1;
                } else {
                    buffer[k] = v[i];
                    i += 1;
                }
                k += 1;
            }
            buffer[k..k + mid - i].copy_from_slice(&v[i..mid]);
            let k = k + mid - i;
            buffer[k..k + end - j].copy_from_slice(&v[j..end]);
        }
        v.copy_from_slice(&buffer);
        width *= 2;
    }
    count
}

/// Horizontal centres of one lane's items: packed in order, then pulled
/// towards their neighbours, sweeping down and up.
fn place_lane(
    items: &[Item],
    order: &[Vec<usize>],
    up: &[Vec<usize>],
    down: &[Vec<usize>],
    lane: bool,
    x: &mut [f64],
) {
    let rows: Vec<Vec<usize>> = order
        .iter()
        .map(|l| {
            l.iter()
                .copied()
                .filter(|&i| items[i].apart == lane)
                .collect()
        })
        .collect();
    for row in &rows {
        let offsets = separations(items, row);
        // Centre each packed row on 0 so that short rows start mid-way.
        let mid = offsets.last().copied().unwrap_or(0.0) / 2.0;
        for (&item, o) in row.iter().zip(offsets) {
            x[item] = o - mid;
        }
    }
    let same = |i: usize, ns: &[usize]| -> Vec<usize> {
        ns.iter()
            .copied()
            .filter(|&j| items[j].apart == items[i].apart)
            .collect()
    };
    for round in 0..PLACEMENT_ROUNDS {
        let downward = round % 2 == 0;
        let sequence: Vec<usize> = if downward {
            (1..rows.len()).collect()
        } else {
            (0..rows.len().saturating_sub(1)).rev().collect()
        };
        for l in sequence {
            let row = &rows[l];
            if row.is_empty() {
                continue;
            }
            let desired: Vec<f64> = row
                .iter()
                .map(|&i| {
                    let ns = same(i, if downward { &up[i] } else { &down[i] });
                    if ns.is_empty() {
                        x[i]
                    } else {
                        ns.iter().map(|&j| x[j]).sum::<f64>() / ns.len() as f64
                    }
                })
                .collect();
            let placed = fit(&desired, &separations(items, row));
            for (&i, p) in row.iter().zip(placed) {
                x[i] = p;
            }
        }
    }
}

/// Cumulative offsets of each item from the first when packed tightly.
fn separations(items: &[Item], row: &[usize]) -> Vec<f64> {
    let mut offsets = Vec::with_capacity(row.len());
    let mut at = 0.0;
    for (k, &i) in row.iter().enumerate() {
        if k > 0 {
            let prev = &items[row[k - 1]];
            let gap = if prev.node.is_some() && items[i].node.is_some() {
                NODE_GAP
            } else {
                DUMMY_GAP
            };
            at += (prev.width + items[i].width) / 2.0 + gap;
        }
        offsets.push(at);
    }
    offsets
}

/// Positions as close as possible (least squares) to `desired` that keep
/// the order and the gaps given by `offsets`: with `y = x - offset` the
/// constraint is `y` non-decreasing, an isotonic regression solved by
/// pooling adjacent violators.
fn fit(desired: &[f64], offsets: &[f64]) -> Vec<f64> {
    // (mean, count) blocks.
    let mut blocks: Vec<(f64, usize)> = Vec::new();
    for (d, o) in desired.iter().zip(offsets) {
        blocks.push((d - o, 1));
        while blocks.len() > 1 {
            let (m2, c2) = blocks[blocks.len() - 1];
            let (m1, c1) = blocks[blocks.len() - 2];
            if m1 <= m2 {
                break;
            }
            blocks.pop();
            let c = c1 + c2;
            *blocks.last_mut().unwrap() = ((m1 * c1 as f64 + m2 * c2 as f64) / c as f64, c);
        }
    }
    let mut out = Vec::with_capacity(desired.len());
    for (m, c) in blocks {
        for _ in 0..c {
            out.push(m + offsets[out.len()]);
        }
    }
    out
}

/// The path of every edge. Edges leave the top of the premise and enter
/// the bottom of the conclusion at ports spread in the order of the other
/// ends, so that edges sharing a node do not overlap.
fn routes(
    map: &DocumentMap,
    nodes: &[Placed],
    items: &[Item],
    chains: &[Vec<usize>],
    x: &[f64],
    top: &dyn Fn(usize) -> f64,
) -> Vec<Route> {
    let n = nodes.len();
    let mut top_ports: Vec<Vec<(f64, usize)>> = vec![Vec::new(); n];
    let mut bottom_ports: Vec<Vec<(f64, usize)>> = vec![Vec::new(); n];
    for (e, chain) in chains.iter().enumerate() {
        if chain.len() < 2 {
            continue;
        }
        top_ports[chain[0]].push((x[chain[1]], e));
        bottom_ports[chain[chain.len() - 1]].push((x[chain[chain.len() - 2]], e));
    }
    let spread = |ports: &mut Vec<(f64, usize)>, centre: f64| -> Vec<(usize, f64)> {
        ports.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let m = ports.len();
        let width = ((m.saturating_sub(1)) as f64 * 16.0).min(NODE_WIDTH * 0.7);
        ports
            .iter()
            .enumerate()
            .map(|(k, &(_, e))| {
                let t = if m > 1 {
                    k as f64 / (m - 1) as f64 - 0.5
                } else {
                    0.0
                };
                (e, centre + t * width)
            })
            .collect()
    };
    let mut start = vec![0.0; chains.len()];
    let mut end = vec![0.0; chains.len()];
    for i in 0..n {
        let centre = nodes[i].rect.x + NODE_WIDTH / 2.0;
        for (e, p) in spread(&mut top_ports[i], centre) {
            start[e] = p;
        }
        for (e, p) in spread(&mut bottom_ports[i], centre) {
            end[e] = p;
        }
    }
    map.edges()
        .iter()
        .enumerate()
        .map(|(e, edge)| {
            let chain = &chains[e];
            if chain.len() < 2 {
                // Down or sideways: from the premise's right side to the
                // conclusion's right side, bulging outwards.
                let a = &nodes[edge.from.get()].rect;
                let b = &nodes[edge.to.get()].rect;
                return Route {
                    points: vec![
                        (a.x + a.width, a.y + a.height / 2.0),
                        (b.x + b.width, b.y + b.height / 2.0),
                    ],
                    upward: false,
                };
            }
            let mut points = vec![(start[e], top(items[chain[0]].layer))];
            for &d in &chain[1..chain.len() - 1] {
                let y = top(items[d].layer);
                points.push((x[d], y + NODE_HEIGHT));
                points.push((x[d], y));
            }
            let last = chain[chain.len() - 1];
            points.push((end[e], top(items[last].layer) + NODE_HEIGHT));
            Route {
                points,
                upward: true,
            }
        })
        .collect()
}

/// Wrap `text` into at most `lines` lines of at most `width` characters,
/// breaking at spaces where possible; an ellipsis marks a cut.
pub fn wrap(text: &str, width: usize, lines: usize) -> Vec<String> {
    let width = width.max(2);
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        // A word longer than a line is split into line-sized pieces.
        let chars: Vec<char> = word.chars().collect();
        for piece in chars.chunks(width) {
            let len = current.chars().count();
            if len > 0 && len + 1 + piece.len() > width {
                out.push(std::mem::take(&mut current));
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.extend(piece);
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    if out.len() > lines {
        out.truncate(lines);
        if let Some(last) = out.last_mut() {
            *last = last.chars().take(width - 1).collect::<String>() + "…";
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inversions_count_crossing_pairs() {
        let pairs = |v: &[f64]| {
            let mut n = 0;
            for i in 0..v.len() {
                for j in i + 1..v.len() {
                    n += usize::from(v[i] > v[j]);
                }
            }
            n
        };
        let mut seed = 7u64;
        for len in [0, 1, 2, 3, 7, 64, 129] {
            let v: Vec<f64> = (0..len)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 33) % 9) as f64
                })
                .collect();
            assert_eq!(inversions(&mut v.clone()), pairs(&v), "{v:?}");
        }
    }
    use crate::graph::tests::node;
    use crate::graph::{EdgeKind, MapBuilder};
    use std::collections::HashMap;

    fn map(kinds: &[NodeKind], edges: &[(usize, usize)]) -> DocumentMap {
        let mut b = MapBuilder::new("t.md");
        for (i, k) in kinds.iter().enumerate() {
            b.node(node(*k, &format!("Sentence number {i}.")));
        }
        for &(f, t) in edges {
            b.edge(f, t, EdgeKind::Supports).unwrap();
        }
        b.build()
    }

    #[test]
    fn thesis_on_top_claims_then_evidence() {
        use NodeKind::*;
        let m = map(
            &[Thesis, Claim, Evidence, Evidence, Claim],
            &[(1, 0), (2, 1), (4, 0)],
        );
        let l = layout(&m);
        let layers: Vec<usize> = l.nodes.iter().map(|p| p.layer).collect();
        // The orphan evidence (3) still sits under the claims.
        assert_eq!(layers, vec![0, 1, 2, 2, 1]);
        for (e, r) in m.edges().iter().zip(&l.edges) {
            assert!(r.upward);
            let from = &l.nodes[e.from.get()].rect;
            let to = &l.nodes[e.to.get()].rect;
            assert_eq!(r.points.first().unwrap().1, from.y);
            assert_eq!(r.points.last().unwrap().1, to.y + to.height);
        }
    }

    #[test]
    fn recommendations_are_set_apart_with_their_support() {
        use NodeKind::*;
        let m = map(
            &[Thesis, Claim, Recommendation, Evidence],
            &[(1, 0), (2, 0), (3, 2)],
        );
        let l = layout(&m);
        assert!(l.nodes[2].apart && l.nodes[3].apart);
        assert!(!l.nodes[1].apart);
        let lane = l.lane.expect("a lane");
        assert!(l.nodes[2].rect.x >= lane.x && l.nodes[1].rect.x + NODE_WIDTH < lane.x);
    }

    #[test]
    fn cycles_and_long_edges_are_drawn() {
        use NodeKind::*;
        // 1 and 2 support each other; 3 skips a layer to reach the thesis.
        let m = map(
            &[Thesis, Claim, Claim, Evidence, Evidence],
            &[(1, 0), (1, 2), (2, 1), (3, 0), (4, 1)],
        );
        let l = layout(&m);
        assert_eq!(l.edges.len(), 5);
        assert!(
            l.edges.iter().any(|r| !r.upward),
            "the cycle's closing edge"
        );
        for r in &l.edges {
            assert!(r.points.len() >= 2);
        }
        // No two nodes overlap.
        for (i, a) in l.nodes.iter().enumerate() {
            for b in &l.nodes[i + 1..] {
                let apart_x =
                    a.rect.x + a.rect.width <= b.rect.x || b.rect.x + b.rect.width <= a.rect.x;
                let apart_y =
                    a.rect.y + a.rect.height <= b.rect.y || b.rect.y + b.rect.height <= a.rect.y;
                assert!(apart_x || apart_y, "{a:?} overlaps {b:?}");
            }
        }
        assert_eq!(layout(&m), l, "deterministic");
    }

    #[test]
    fn wide_layers_fold_into_rows() {
        use NodeKind::*;
        let rows_of = |claims: usize| {
            let mut kinds = vec![Thesis];
            kinds.extend(std::iter::repeat_n(Claim, claims));
            let edges: Vec<(usize, usize)> = (1..=claims).map(|i| (i, 0)).collect();
            let l = layout(&map(&kinds, &edges));
            let mut per_row: HashMap<usize, usize> = HashMap::new();
            for p in &l.nodes[1..] {
                *per_row.entry(p.layer).or_default() += 1;
            }
            (l, per_row)
        };
        // Twelve claims of the thesis: three rows of four, not one of twelve.
        let (l, rows) = rows_of(12);
        assert_eq!(rows.len(), 3, "{rows:?}");
        assert!(rows.values().all(|&n| n == 4), "{rows:?}");
        // Unfolded, the twelve side by side took 12 * 196 px (2,352).
        let unfolded = 12.0 * (NODE_WIDTH + NODE_GAP);
        assert!(l.width < 0.6 * unfolded, "{}", l.width);
        for (e, r) in l.edges.iter().enumerate() {
            assert!(r.upward, "edge {e} runs up to the thesis");
        }
        // A very wide layer stops at FOLD_ROWS rows.
        let (_, rows) = rows_of(200);
        assert_eq!(rows.len(), FOLD_ROWS);
    }

    #[test]
    fn isotonic_fit_keeps_order_and_gaps() {
        let got = fit(&[10.0, 0.0, 50.0], &[0.0, 10.0, 20.0]);
        assert_eq!(got, vec![0.0, 10.0, 50.0]);
        assert_eq!(fit(&[0.0, 100.0], &[0.0, 10.0]), vec![0.0, 100.0]);
    }

    #[test]
    fn wrapping_fits_and_marks_cuts() {
        assert_eq!(wrap("a bb ccc", 4, 3), vec!["a bb", "ccc"]);
        assert_eq!(wrap("aaaa bbbb cccc dddd", 4, 2), vec!["aaaa", "bbb…"]);
        assert_eq!(wrap("abcdefghij", 4, 2), vec!["abcd", "efg…"]);
        assert!(wrap("", 4, 2).is_empty());
        for line in wrap(&"word ".repeat(40), 10, 3) {
            assert!(line.chars().count() <= 10, "{line}");
        }
    }
}
