//! `argmap render`
mod common;
use common::*;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BUNDLED: &str = "corpus/nato-partnerships.md";

/// (id, kind) of every node.
type Nodes = Vec<(String, String)>;
/// (from, to, kind) of every edge.
type Edges = Vec<(String, String, String)>;

/// The nodes and edges of one essay's map.
fn map_of(path: &str) -> (Nodes, Edges) {
    let out = stdout_of(argmap().args(["graph", path]));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let nodes = v["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            (
                n["id"].as_str().unwrap().into(),
                n["kind"].as_str().unwrap().into(),
            )
        })
        .collect();
    let edges = v["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["from"].as_str().unwrap().into(),
                e["to"].as_str().unwrap().into(),
                e["kind"].as_str().unwrap().into(),
            )
        })
        .collect();
    (nodes, edges)
}

fn page(path: &str) -> String {
    stdout_of(argmap().args(["render", path]))
}

/// The page parsed as XML (argmap writes it well-formed on purpose).
fn parse(html: &str) -> roxmltree::Document<'_> {
    roxmltree::Document::parse_with_options(
        html,
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        },
    )
    .expect("the page is well-formed")
}

fn by_id<'a>(xml: &'a roxmltree::Document, id: &str) -> Option<roxmltree::Node<'a, 'a>> {
    xml.descendants().find(|n| n.attribute("id") == Some(id))
}

#[test]
fn every_node_links_to_its_sentence_and_back() {
    let html = page(BUNDLED);
    let xml = parse(&html);
    let (nodes, edges) = map_of(BUNDLED);
    assert!(nodes.len() > 20);
    for (id, kind) in &nodes {
        let drawn = by_id(&xml, &format!("n-{id}")).unwrap_or_else(|| panic!("node {id} is drawn"));
        assert_eq!(drawn.tag_name().name(), "a");
        assert_eq!(drawn.attribute("href"), Some(format!("#s-{id}").as_str()));
        assert!(drawn
            .attribute("class")
            .unwrap()
            .contains(&format!("k-{kind}")));
        let sentence = by_id(&xml, &format!("s-{id}")).unwrap_or_else(|| panic!("sentence {id}"));
        let badge = sentence.first_element_child().unwrap();
        assert_eq!(badge.attribute("href"), Some(format!("#n-{id}").as_str()));
        assert_eq!(
            badge.text(),
            Some(kind.as_str()),
            "the role is written, not only coloured"
        );
    }
    let drawn: Vec<String> = xml
        .descendants()
        .filter(|n| {
            n.has_tag_name("path") && n.attribute("class").is_some_and(|c| c.starts_with("edge "))
        })
        .map(|n| {
            n.children()
                .find(|c| c.has_tag_name("title"))
                .unwrap()
                .text()
                .unwrap()
                .to_string()
        })
        .collect();
    let expected: Vec<String> = edges
        .iter()
        .map(|(f, t, k)| format!("{f} {k} {t}"))
        .collect();
    assert_eq!(drawn, expected, "every edge drawn once");
}

#[test]
fn the_page_loads_nothing() {
    let html = page(BUNDLED);
    let xml = parse(&html);
    for n in xml.descendants().filter(|n| n.is_element()) {
        assert!(
            !matches!(
                n.tag_name().name(),
                "link" | "img" | "iframe" | "object" | "embed"
            ),
            "{:?}",
            n.tag_name()
        );
        assert!(n.attribute("src").is_none());
        if let Some(href) = n.attribute("href") {
            assert!(href.starts_with('#'), "{href}");
        }
    }
    assert!(!html.contains("@import") && !html.contains("@font-face"));
    assert!(
        !html.contains("url(") || html.matches("url(").count() == html.matches("url(#m-").count()
    );
    let csp = xml
        .descendants()
        .find(|n| n.attribute("http-equiv") == Some("Content-Security-Policy"))
        .expect("a Content-Security-Policy");
    assert!(csp
        .attribute("content")
        .unwrap()
        .starts_with("default-src 'none'"));
    assert!(html.contains("@media print"));
}

#[test]
fn findings_sit_beside_their_sentences() {
    let out = argmap()
        .args(["lint", "--output-format", "json", BUNDLED])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = v["findings"].as_array().unwrap();
    assert!(
        !findings.is_empty(),
        "the bundled essay has warnings to show"
    );
    let html = page(BUNDLED);
    let xml = parse(&html);
    let shown: Vec<roxmltree::Node> = xml
        .descendants()
        .filter(|n| {
            n.attribute("class")
                .is_some_and(|c| c.starts_with("finding "))
        })
        .collect();
    assert_eq!(shown.len(), findings.len());
    for (f, li) in findings.iter().zip(&shown) {
        let code = f["code"].as_str().unwrap();
        assert!(li
            .descendants()
            .any(|n| n.text().is_some_and(|t| t.contains(code))));
        if let Some(node) = f["node"].as_str() {
            let link = li.first_element_child().unwrap();
            assert_eq!(link.attribute("href"), Some(format!("#s-{node}").as_str()));
            // The same block holds the sentence and the finding.
            let block = li
                .ancestors()
                .find(|a| a.attribute("class").is_some_and(|c| c.starts_with("block")))
                .unwrap();
            assert!(block
                .descendants()
                .any(|n| n.attribute("id") == Some(&format!("s-{node}"))));
            // And the sentence flags it.
            let flag = format!("#{}", li.attribute("id").unwrap());
            assert!(block
                .descendants()
                .any(|n| n.attribute("href") == Some(flag.as_str())));
        }
    }
}

#[test]
fn hostile_text_shows_as_text() {
    let html = page(&essay("hostile.md"));
    let xml = parse(&html);
    let scripts: Vec<_> = xml
        .descendants()
        .filter(|n| n.has_tag_name("script"))
        .collect();
    assert_eq!(scripts.len(), 1, "only argmap's own script");
    assert!(!xml
        .descendants()
        .any(|n| n.has_tag_name("img") || n.has_tag_name("b")));
    for n in xml.descendants().filter(|n| n.is_element()) {
        for a in n.attributes() {
            assert!(
                !a.name().starts_with("on"),
                "event handler {} on {:?}",
                a.name(),
                n.tag_name()
            );
        }
    }
    let text: String = xml
        .descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect();
    for shown in [
        "<script>alert('x')",
        "\"><img src=x onerror=alert(1)>",
        "<b>tags</b>",
        "ban \"quotes\" --> and [brackets] | pipes &",
    ] {
        assert!(text.contains(shown), "{shown:?} is shown as text");
    }
    assert_eq!(html.matches("<script").count(), 1);
}

#[test]
fn output_file_is_written_whole_and_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.html");
    let out_str = out.to_str().unwrap();
    stdout_of(argmap().args(["render", BUNDLED, "-o", out_str]));
    let first = std::fs::read_to_string(&out).unwrap();
    assert_eq!(first, page(BUNDLED));
    stdout_of(argmap().args(["render", &essay("parks.md"), "--output", out_str]));
    let second = std::fs::read_to_string(&out).unwrap();
    assert!(second.contains("parks.md"));
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary file left"
    );
    let missing = dir.path().join("no/such/dir/report.html");
    assert_input_error(
        argmap().args(["render", BUNDLED, "-o", missing.to_str().unwrap()]),
        "cannot write",
    );
    assert_input_error(
        argmap().args(["render", "no-such-essay.md"]),
        "no-such-essay.md",
    );
}

#[test]
fn several_essays_share_one_page_without_clashing_ids() {
    let html =
        stdout_of(argmap().args(["render", BUNDLED, &essay("parks.md"), &essay("hostile.md")]));
    let xml = parse(&html);
    let mut seen = HashSet::new();
    for n in xml.descendants() {
        if let Some(id) = n.attribute("id") {
            assert!(seen.insert(id.to_string()), "id {id} used twice");
        }
    }
    // Every in-page link leads somewhere.
    for n in xml.descendants() {
        if let Some(href) = n.attribute("href") {
            assert!(seen.contains(&href[1..]), "{href} leads nowhere");
        }
    }
    assert!(
        seen.contains("s-thesis") && seen.contains("s-1.thesis") && seen.contains("n-2.thesis")
    );
}

#[test]
fn empty_essay_renders() {
    let html = page(&essay("empty.md"));
    let xml = parse(&html);
    assert!(xml.descendants().any(|n| n.has_tag_name("svg")));
}

#[test]
fn script_hash_in_the_policy_is_the_scripts() {
    let html = page(&essay("parks.md"));
    let start = html.find("<script>").unwrap() + "<script>".len();
    let end = html.find("</script>").unwrap();
    let digest = sha256(&html[start..end]);
    assert!(
        html.contains(&format!("script-src 'sha256-{}'", base64(&digest))),
        "update SCRIPT_SHA256 in src/render/html.rs to {}",
        base64(&digest)
    );
}

/// SHA-256 of `text`.
fn sha256(text: &str) -> Vec<u8> {
    use sha2::Digest;
    sha2::Sha256::digest(text.as_bytes()).to_vec()
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * k)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

// ---- In a real browser ----

/// Headless Chromium, if installed (`.ci/run` installs Debian's `chromium`),
/// or named by `ARGMAP_CHROMIUM`.
fn chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("ARGMAP_CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| ["chromium", "chromium-browser"].map(|name| dir.join(name)))
        .find(|p| p.is_file())
}

/// Run Chromium headless on `page` (with a `#fragment`, if not empty) with
/// `extra` flags; its stdout and stderr.
fn run_chromium(browser: &Path, page: &Path, fragment: &str, extra: &[String]) -> (String, String) {
    let profile = tempfile::tempdir().unwrap();
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--hide-scrollbars",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(extra)
        .arg(format!("file://{}{fragment}", page.display()))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("chromium starts");
    // Read both pipes on threads so that a chatty browser cannot block.
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut s).ok();
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut stderr, &mut s).ok();
        s
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > Duration::from_secs(90) {
            let _ = child.kill();
            panic!("chromium did not finish within 90 s on {}", page.display());
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let (out, err) = (out.join().unwrap(), err.join().unwrap());
    assert!(status.success(), "chromium failed: {err}");
    (out, err)
}

#[test]
fn chromium_shows_the_page_without_errors() {
    let Some(browser) = chromium() else {
        skip_visibly(
            "chromium_shows_the_page_without_errors",
            "chromium is not installed (`apt-get install chromium`)",
        );
        return;
    };
    let target = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    for (name, essay_path) in [
        ("nato-partnerships", BUNDLED.to_string()),
        ("hostile", essay("hostile.md")),
        ("libraries", essay("libraries.md")),
    ] {
        let file = target.join(format!("render-{name}.html"));
        stdout_of(argmap().args(["render", &essay_path, "-o", file.to_str().unwrap()]));
        let (dom, log) = run_chromium(
            &browser,
            &file,
            "",
            &[
                "--dump-dom".to_string(),
                "--window-size=1400,1000".to_string(),
            ],
        );
        // The map fits its column at first sight: no node outside the box.
        let view = dom
            .split("data-argmap-view=\"")
            .nth(1)
            .and_then(|v| v.split('"').next())
            .unwrap_or_else(|| panic!("{name}: the script measured the map"));
        let (size, outside) = view.split_once(" outside=").unwrap();
        let width: u32 = size.split('x').next().unwrap().parse().unwrap();
        assert!(width <= 1400, "{name}: the map's box is {size}");
        assert_eq!(outside, "0", "{name}: nodes outside the view ({size})");
        let html_tag = &dom[dom.find("<html").expect("a DOM")..];
        let html_tag = &html_tag[..html_tag.find('>').unwrap()];
        assert!(
            html_tag.contains(r#"data-argmap="ready""#),
            "the page's script ran ({name}): {html_tag}\n{log}"
        );
        assert!(
            !html_tag.contains("data-argmap-errors"),
            "errors on {name}: {html_tag}"
        );
        let console: Vec<&str> = log.lines().filter(|l| l.contains("CONSOLE")).collect();
        assert!(
            console.is_empty(),
            "console messages on {name}: {console:#?}"
        );
        for (id, _) in map_of(&essay_path).0 {
            assert!(
                dom.contains(&format!(r#"id="n-{id}""#)),
                "{name}: node {id} in the map"
            );
            assert!(
                dom.contains(&format!(r#"id="s-{id}""#)),
                "{name}: sentence {id}"
            );
        }
        assert!(!dom.contains("<img"), "{name}: no image element");
        let shot = target.join(format!("render-{name}.png"));
        let _ = std::fs::remove_file(&shot);
        run_chromium(
            &browser,
            &file,
            "",
            &[
                "--window-size=1400,1600".to_string(),
                format!("--screenshot={}", shot.display()),
            ],
        );
        let png = std::fs::read(&shot).expect("a screenshot");
        assert!(
            png.starts_with(b"\x89PNG") && png.len() > 10_000,
            "{}",
            shot.display()
        );
        let dimension = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
        assert_eq!((dimension(16), dimension(20)), (1400, 1600), "{name}");
        eprintln!("screenshot: {}", shot.display());
    }
    // Following a node's link (here: opening the page at it) marks the
    // sentence it leads to, and the sentence's badge leads back.
    let file = target.join("render-nato-partnerships.html");
    for (fragment, marked) in [
        ("#s-thesis", r#"class="s k-thesis lit" id="s-thesis""#),
        ("#n-thesis", r#"class="node k-thesis lit" id="n-thesis""#),
    ] {
        let (dom, _) = run_chromium(&browser, &file, fragment, &["--dump-dom".to_string()]);
        assert!(dom.contains(marked), "{fragment} is marked");
    }
}

/// A page over 2 MB of essay is refused with the size and what to use
/// instead: 50 MB of input once made a page of 1 GB.
#[test]
fn render_refuses_a_huge_input_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let huge = "Cities should plant trees because trees cool the streets. ".repeat(40_000);
    std::fs::write(dir.path().join("huge.md"), &huge).unwrap();
    let out = argmap()
        .args(["render", "huge.md", "-o", "page.html"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with(
            "argmap: error: huge.md: too large to render: the page is for essays up to 2 MB"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("argmap graph --format jsonl"), "{stderr}");
    assert!(!dir.path().join("page.html").exists(), "no page is written");
}
