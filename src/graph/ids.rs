//! Readable, stable node ids.

use crate::text::{is_ascii_stop_word, is_stop_word, push_folded, word_ranges, Spelling};

/// A kebab-case id from the first four content words of a sentence, so that
/// ids stay the same when other sentences change.
pub fn slug_for(text: &str) -> String {
    // Four words and three dashes fit most ids without a second allocation.
    let mut slug = String::with_capacity(48);
    let mut taken = 0;
    // Stop after four words: the rest of the sentence is never read.
    for (range, spelling) in word_ranges(text) {
        let start = slug.len();
        let word = &text[range];
        if spelling != Spelling::Unicode {
            // Most words: a stop word is turned away before anything is
            // written, and a word kept is copied and lowercased in place.
            let word = (word.strip_suffix("'s"))
                .or_else(|| word.strip_suffix("'S"))
                .unwrap_or(word);
            if is_ascii_stop_word(word) {
                continue;
            }
            slug.push_str(word);
            slug[start..].make_ascii_lowercase();
            if spelling == Spelling::Ascii {
                // An inner apostrophe or a decimal point ("don't", "3.5").
                slug.retain(|c| c != '\'' && c != '.' && c != ',');
            }
        } else {
            push_folded(&mut slug, word);
            if slug[start..].ends_with("'s") {
                slug.truncate(slug.len() - 2);
            }
            if is_stop_word(&slug[start..]) {
                slug.truncate(start);
                continue;
            }
            // Letters with no lowercase form (𝔘) would make an id that an
            // annotation cannot state: keep what `is_valid_id` accepts.
            let kept: String = slug[start..]
                .chars()
                .filter(|c| c.is_alphanumeric() && !c.is_uppercase())
                .collect();
            slug.truncate(start);
            slug.push_str(&kept);
        }
        if slug.len() == start {
            continue;
        }
        taken += 1;
        slug.push('-');
        if taken == 4 {
            break;
        }
    }
    if slug.ends_with('-') {
        slug.pop();
    }
    if slug.is_empty() {
        "node".to_string()
    } else {
        slug
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::words;
    use proptest::prelude::*;

    /// The slug by its definition: the first four content words, joined.
    fn slug_by_words(text: &str) -> String {
        let kept: Vec<String> = words(text)
            .iter()
            .map(|w| w.strip_suffix("'s").unwrap_or(w))
            .filter(|w| !is_stop_word(w))
            .map(|w| {
                w.chars()
                    .filter(|c| c.is_alphanumeric() && !c.is_uppercase())
                    .collect::<String>()
            })
            .filter(|w| !w.is_empty())
            .take(4)
            .collect();
        if kept.is_empty() {
            "node".to_string()
        } else {
            kept.join("-")
        }
    }

    proptest! {
        #[test]
        fn slugs_follow_their_definition(pieces in prop::collection::vec(prop::sample::select(vec![
            " ", "the", "of", "it's", "UN's", "Alliance", "3.5", "1,000", "’s", "Über", "İstanbul",
            "𝔘𝔫𝔦", "x", "-", ".", "don't", "'", "ǅemal", "ﬁne", "2019", "IT'S", "The", "THEMSELVES", "A.B", "x'S",
        ]), 0..16)) {
            let text = pieces.join(" ");
            prop_assert_eq!(slug_for(&text), slug_by_words(&text));
        }
    }

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
