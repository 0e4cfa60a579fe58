//! Readable, stable node ids.

use crate::text::{is_stop_word, words};

/// A kebab-case id from the first four content words of a sentence, so that
/// ids stay the same when other sentences change.
pub fn slug_for(text: &str) -> String {
    let parts: Vec<String> = words(text)
        .into_iter()
        .map(|w| w.strip_suffix("'s").map(str::to_string).unwrap_or(w))
        .filter(|w| !is_stop_word(w))
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .take(4)
        .collect();
    if parts.is_empty() {
        "node".to_string()
    } else {
        parts.join("-")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_skip_stop_words_and_possessives() {
        assert_eq!(
            slug_for("Much of NATO’s success to date lies in its partnership programs."),
            "nato-success-date-lies"
        );
        assert_eq!(slug_for("It is what it is."), "node");
        assert_eq!(slug_for("Über café déjà vu!"), "über-café-déjà-vu");
    }
}
