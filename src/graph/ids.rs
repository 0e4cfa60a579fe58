//! Readable, stable node ids.

use crate::text::{is_stop_word, is_stop_word_bytes, push_folded, word_ranges, Spelling};

/// A kebab-case id from the first four content words of a sentence, so that
/// ids stay the same when other sentences change.
pub fn slug_for(text: &str) -> String {
    // Built as bytes: an ASCII word is lowercased as it is copied, and the
    // whole id is checked as UTF-8 once at the end. Four words and three
    // dashes fit most ids without a second allocation.
    let mut slug: Vec<u8> = Vec::with_capacity(48);
    let mut taken = 0;
    let text_bytes = text.as_bytes();
    // Stop after four words: the rest of the sentence is never read.
    for (range, spelling) in word_ranges(text) {
        let start = slug.len();
        if spelling != Spelling::Unicode {
            // Most words. Every byte of an ASCII word (letters, digits, an
            // inner apostrophe, a decimal point or comma) but a capital has
            // bit 5 set, so setting it lowercases the word. The stop word
            // test reads the copy, so no word is lowercased twice. Read as
            // bytes: an ASCII word's ends need no check for a character
            // boundary.
            let len = match &text_bytes[range.clone()] {
                [rest @ .., b'\'', b's' | b'S'] => rest.len(),
                bytes => bytes.len(),
            };
            push_lowercase(&mut slug, text_bytes, range.start, len);
            if is_stop_word_bytes(&slug[start..]) {
                slug.truncate(start);
                continue;
            }
            if spelling == Spelling::Ascii {
                // An inner apostrophe or a decimal point ("don't", "3.5").
                slug.retain(|&b| b != b'\'' && b != b'.' && b != b',');
            }
        } else {
            let mut folded = String::new();
            push_folded(&mut folded, &text[range]);
            let folded = folded.strip_suffix("'s").unwrap_or(&folded);
            if is_stop_word(folded) {
                continue;
            }
            // Letters with no lowercase form (𝔘) would make an id that an
            // annotation cannot state: keep what `is_valid_id` accepts.
            for c in folded
                .chars()
                .filter(|c| c.is_alphanumeric() && !c.is_uppercase())
            {
                let mut utf8 = [0; 4];
                slug.extend_from_slice(c.encode_utf8(&mut utf8).as_bytes());
            }
        }
        if slug.len() == start {
            continue;
        }
        taken += 1;
        slug.push(b'-');
        if taken == 4 {
            break;
        }
    }
    if slug.last() == Some(&b'-') {
        slug.pop();
    }
    if slug.is_empty() {
        "node".to_string()
    } else {
        String::from_utf8(slug).expect("ASCII words and whole characters")
    }
}

/// Append `bytes[from..from + len]`, an ASCII word, with bit 5 of every
/// byte set (its lowercase form). Eight bytes a step, the step's bytes past
/// the word cut off again: a byte loop cost more than the rest of the id.
#[inline(always)]
fn push_lowercase(slug: &mut Vec<u8>, bytes: &[u8], from: usize, len: usize) {
    const BIT_5: u64 = u64::from_ne_bytes([0x20; 8]);
    let end = slug.len() + len;
    let mut at = from;
    while slug.len() < end {
        match bytes.get(at..at + 8) {
            Some(chunk) => {
                let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes")) | BIT_5;
                slug.extend_from_slice(&word.to_le_bytes());
            }
            None => {
                let left = end - slug.len();
                slug.extend(bytes[at..at + left].iter().map(|&b| b | 0x20));
            }
        }
        at += 8;
    }
    slug.truncate(end);
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
