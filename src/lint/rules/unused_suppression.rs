//! AM009 `unused-suppression`. The linter reports these itself, after every
//! other rule has run, from what the suppression comments suppressed.

use crate::lint::rule::{declare_rule, Context, Rule, RuleMeta, Violation};

declare_rule! {
    /// ## What it does
    /// Checks that every suppression comment (`argmap-disable-next-line`,
    /// `argmap-disable`/`argmap-enable`, `argmap-disable-file`) suppresses at
    /// least one finding, and that it names only known rules. Suppressions of
    /// a rule that is off are not judged.
    ///
    /// ## Why is this bad?
    /// A stale suppression hides the next real problem in the same place, and
    /// a misspelt one hides nothing while looking as if it did. Either way the
    /// essay's readers are told less than the linter knows.
    ///
    /// ## Example
    /// ```markdown
    /// <!-- argmap-disable-next-line AM003 -- justified by the topic sentence -->
    /// Cities plant trees because trees cool streets by 4 degrees.
    /// ```
    /// The paragraph makes no recommendation, so nothing is suppressed.
    ///
    /// ## How to fix
    /// Remove the comment, or correct the rule it names. To keep a comment
    /// that is only sometimes needed, disable this rule for the file with
    /// `<!-- argmap-disable-file AM009 -->`.
    pub struct UnusedSuppression {
        code: "AM009",
        name: "unused-suppression",
        level: Warning,
        summary: "A suppression comment that suppresses nothing or names no rule",
    }
}

impl Rule for UnusedSuppression {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    /// Nothing to do here: see [`crate::lint::Suppressions::unused`].
    fn check(&self, _cx: &Context<'_>, _out: &mut Vec<Violation>) {}
}

#[cfg(test)]
mod tests {
    use crate::document::{Document, SourceFormat};
    use crate::lint::Linter;

    fn codes(text: &str) -> Vec<(&'static str, usize)> {
        let doc = Document::parse("t.md", text, SourceFormat::Markdown);
        let map = crate::extract::build_map(&doc);
        Linter::default()
            .lint(&doc, &map)
            .findings
            .iter()
            .map(|f| (f.code, f.span.line))
            .collect()
    }

    #[test]
    fn reports_the_comment_that_suppresses_nothing() {
        let text = "Cities should plant more trees.\n\n\
                    <!-- argmap-disable-next-line AM003 -- the topic sentence justifies it -->\n\
                    Trees cool streets. In 2021, shaded streets were 4 degrees cooler.\n";
        assert_eq!(codes(text), vec![("AM009", 3)]);
    }

    #[test]
    fn a_used_suppression_is_not_reported_and_can_itself_be_silenced() {
        let used = "Cities should plant more trees.\n\n\
                    <!-- argmap-disable-next-line unsupported-claim -->\n\
                    Trees make streets pleasant.\n";
        assert!(codes(used).is_empty());
        let silenced = "<!-- argmap-disable-file AM009 -- kept for the next draft -->\n\
                        Cities should plant more trees.\n\n\
                        <!-- argmap-disable-next-line AM003 -->\n\
                        Trees cool streets. In 2021, shaded streets were 4 degrees cooler.\n";
        assert!(codes(silenced).is_empty());
    }
}
