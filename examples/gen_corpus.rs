//! Writes a deterministic benchmark corpus: varied essays built from
//! templates and the bundled essay, or one adversarially shaped file.
//!
//! ```text
//! gen_corpus essays DIR N          # N essays of about 5 KB (2-10 KB) into DIR
//! gen_corpus big-file FILE MB      # one essay of about MB megabytes
//! gen_corpus long-paragraph FILE MB  # one paragraph of about MB megabytes
//! gen_corpus tiny-paragraphs FILE N  # N one-sentence paragraphs
//! gen_corpus unturned-view FILE MB   # one paragraph: a view, then no turn
//! ```
//! The same arguments always give the same bytes (a fixed-seed generator).

use std::fmt::Write as _;
use std::io::Write as _;

/// A small deterministic generator (SplitMix64), so no dependency is needed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const SUBJECTS: &[&str] = &[
    "the city",
    "the council",
    "every school",
    "the region",
    "our library",
    "the hospital",
    "local firms",
    "the university",
];
const ACTIONS: &[&str] = &[
    "invest in public parks",
    "cut bus fares",
    "open longer",
    "train more nurses",
    "share its data",
    "plant more trees",
    "fund night classes",
];
const CLAIMS: &[&str] = &[
    "{S} is arguably the most important partner we have.",
    "Much of the success of {s} lies in its people.",
    "The benefits of this change are twofold.",
    "First, {s} could reach far more residents.",
    "Second, {s} can lower its costs over time.",
    "This would improve trust between neighbours.",
    "In addition, the plan avoids the usual delays.",
];
const EVIDENCE: &[&str] = &[
    "In {y}, {n} residents used the service, up from {m} the year before.",
    "A survey of {n} households found that {p} percent supported the plan.",
    "For example, a similar scheme in another town cut waiting times by {p} percent.",
    "{S} has already run {m} pilot projects, such as the evening clinic.",
    "According to the annual report, costs fell by {p} percent between {y} and {z}.",
];
const RECOMMENDATIONS: &[&str] = &[
    "{S} should {a}.",
    "{S} must {a} before winter.",
    "Opening the doors to new partners would help establish lasting ties.",
    "{S} could {a} with little extra money.",
];
const OBJECTIONS: &[&str] = &[
    "Critics argue that the cost is too high.",
    "Admittedly, not every resident agrees.",
    "Some people say that the old system worked well enough.",
];
const REBUTTALS: &[&str] = &[
    "However, the savings repay the cost within {m} years.",
    "But the figures tell a different story.",
];

fn fill(template: &str, rng: &mut Rng) -> String {
    let subject = rng.pick(SUBJECTS);
    let mut capital = subject.to_string();
    capital[..1].make_ascii_uppercase();
    template
        .replace("{S}", &capital)
        .replace("{s}", subject)
        .replace("{a}", rng.pick(ACTIONS))
        .replace("{y}", &(1990 + rng.below(35)).to_string())
        .replace("{z}", &(2000 + rng.below(25)).to_string())
        .replace("{n}", &(100 + rng.below(90_000)).to_string())
        .replace("{m}", &(2 + rng.below(40)).to_string())
        .replace("{p}", &(3 + rng.below(90)).to_string())
}

/// A paragraph: a claim, some evidence, maybe an objection and its answer, maybe a proposal.
fn paragraph(rng: &mut Rng) -> String {
    let mut sentences = vec![fill(rng.pick(CLAIMS), rng)];
    for _ in 0..1 + rng.below(5) {
        sentences.push(fill(rng.pick(EVIDENCE), rng));
    }
    if rng.below(4) == 0 {
        sentences.push(fill(rng.pick(OBJECTIONS), rng));
        sentences.push(fill(rng.pick(REBUTTALS), rng));
    }
    if rng.below(3) == 0 {
        sentences.push(fill(rng.pick(RECOMMENDATIONS), rng));
    }
    sentences.join(" ")
}

/// One essay: a title, an introduction ending in a thesis, body paragraphs
/// (some taken from the bundled essay), a conclusion.
fn essay(rng: &mut Rng, bundled: &[&str]) -> String {
    let mut out = String::new();
    let subject = rng.pick(SUBJECTS);
    let _ = writeln!(out, "# Why {subject} should change\n");
    let _ = writeln!(
        out,
        "Times are changing for {subject}. {}\n",
        fill("{S} should {a}.", rng)
    );
    for _ in 0..5 + rng.below(12) {
        if rng.below(5) == 0 {
            let _ = writeln!(out, "{}\n", bundled[rng.below(bundled.len())]);
        } else {
            let _ = writeln!(out, "{}\n", paragraph(rng));
        }
    }
    let _ = writeln!(
        out,
        "In conclusion, {subject} should act now, and the evidence is clear."
    );
    out
}

fn bundled_paragraphs() -> Vec<&'static str> {
    include_str!("../corpus/nato-partnerships.md")
        .split("\n\n")
        .map(str::trim)
        .filter(|p| p.len() > 200 && !p.starts_with(['#', '*', '-', '<']))
        .collect()
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: gen_corpus essays DIR N | big-file FILE MB | long-paragraph FILE MB | tiny-paragraphs FILE N | unturned-view FILE MB";
    let (mode, target, amount) = match args.as_slice() {
        [m, t, a] => (m.as_str(), t.as_str(), a.parse::<f64>().expect(usage)),
        _ => {
            eprintln!("{usage}");
            std::process::exit(2);
        }
    };
    let mut rng = Rng(0xA5A5_2026);
    let bundled = bundled_paragraphs();
    match mode {
        "essays" => {
            std::fs::create_dir_all(target)?;
            for i in 0..amount as usize {
                // Spread files over subdirectories like a real corpus.
                let dir = format!("{target}/{:03}", i / 1000);
                std::fs::create_dir_all(&dir)?;
                std::fs::write(format!("{dir}/essay-{i:06}.md"), essay(&mut rng, &bundled))?;
            }
        }
        "big-file" => {
            let mut out = std::io::BufWriter::new(std::fs::File::create(target)?);
            let mut written = 0;
            while (written as f64) < amount * 1_048_576.0 {
                let e = essay(&mut rng, &bundled);
                written += e.len();
                out.write_all(e.as_bytes())?;
                out.write_all(b"\n")?;
            }
        }
        "long-paragraph" => {
            let mut out = std::io::BufWriter::new(std::fs::File::create(target)?);
            out.write_all(b"We should act now.\n\n")?;
            let mut written = 0;
            while (written as f64) < amount * 1_048_576.0 {
                let p = paragraph(&mut rng);
                written += p.len() + 1;
                out.write_all(p.as_bytes())?;
                out.write_all(b" ")?;
            }
            out.write_all(b"\n")?;
        }
        "unturned-view" => {
            // A paragraph that opens with a reported view and never turns
            // from it ("but", "however", "yet" nowhere): a rule that asks,
            // for each sentence, whether a later one turns reads the whole
            // rest of the paragraph every time. The long-paragraph case
            // turns every few sentences and stops such a scan early.
            let mut out = std::io::BufWriter::new(std::fs::File::create(target)?);
            out.write_all(b"We should act now.\n\n")?;
            out.write_all(b"Critics argue that the plan costs too much. ")?;
            let mut written = 0;
            while (written as f64) < amount * 1_048_576.0 {
                let template = if rng.below(2) == 0 {
                    rng.pick(CLAIMS)
                } else {
                    rng.pick(EVIDENCE)
                };
                let s = fill(template, &mut rng);
                written += s.len() + 1;
                out.write_all(s.as_bytes())?;
                out.write_all(b" ")?;
            }
            out.write_all(b"\n")?;
        }
        "tiny-paragraphs" => {
            let mut out = std::io::BufWriter::new(std::fs::File::create(target)?);
            out.write_all(b"We should act now.\n\n")?;
            for _ in 0..amount as usize {
                out.write_all(fill(rng.pick(EVIDENCE), &mut rng).as_bytes())?;
                out.write_all(b"\n\n")?;
            }
        }
        _ => {
            eprintln!("{usage}");
            std::process::exit(2);
        }
    }
    Ok(())
}
