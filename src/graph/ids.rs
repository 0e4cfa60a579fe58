//! Readable, stable node ids.

use crate::text::{is_stop_word, scan_words};

/// A kebab-case id from the first four content words of a sentence, so that
/// ids stay the same when other sentences change.
pub fn slug_for(text: &str) -> String {
    // Four words and three dashes fit most ids without a second allocation.
    let mut slug = String::with_capacity(48);
    let mut taken = 0;
    // Stop after four words: the rest of the sentence is never read.
    scan_words(text, |word| {
        let word = word.strip_suffix("'s").unwrap_or(word);
        if is_stop_word(word) {
            return true;
        }
        // Letters with no lowercase form (𝔘) would make an id that an
        // annotation cannot state: keep what `is_valid_id` accepts.
        let before = slug.len();
        if taken > 0 {
            slug.push('-');
        }
        if word.bytes().all(|b| b.is_ascii_alphanumeric()) {
            slug.push_str(word);
        } else {
            slug.extend(
                word.chars()
                    .filter(|c| c.is_alphanumeric() && !c.is_uppercase()),
            );
        }
        if slug.len() == before + usize::from(taken > 0) {
            slug.truncate(before);
            return true;
        }
        taken += 1;
        taken < 4
    });
    if slug.is_empty() {
        "node".to_string()
    } else {
        slug
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_skip_stop_words_and_possessives() {
        assert_eq!(
            slug_for("Much of the UN’s success to date lies in its outreach programs."),
            "un-success-date-lies"
        );
        assert_eq!(slug_for("It is what it is."), "node");
        assert_eq!(slug_for("Über café déjà vu!"), "über-café-déjà-vu");
        assert_eq!(slug_for("𝔘𝔫𝔦 Ɐ parks"), "𝔫𝔦-ɐ-parks");
    }
}
