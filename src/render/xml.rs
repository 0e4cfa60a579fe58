//! Escaping for XML and HTML: element text and quoted attribute values.

/// Escape text for XML or HTML content and for attribute values in either
/// quote: `&`, `<`, `>`, `"` and `'` become entities, and the characters
/// XML 1.0 forbids (C0 controls other than tab and line breaks, U+FFFE and
/// U+FFFF) are dropped, so that the output always parses.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            '\u{FFFE}' | '\u{FFFF}' => {}
            c if (c as u32) < 0x20 => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_forbidden_characters_cannot_survive() {
        assert_eq!(
            escape("\"><img src=x onerror='a()'> & \u{1}\u{FFFF}ok"),
            "&quot;&gt;&lt;img src=x onerror=&#39;a()&#39;&gt; &amp; ok"
        );
    }
}
