//! AM001 `missing-thesis`.

use crate::lint::rule::{declare_rule, Context, Rule, RuleMeta, Violation};

declare_rule! {
    /// ## What it does
    /// Checks that an essay states a main claim: one thesis that its claims,
    /// evidence and recommendations carry. A file with no sentences at all is
    /// not checked.
    ///
    /// ## Why is this bad?
    /// Without a thesis, readers cannot tell what the claims and the evidence
    /// are for, and the other completeness checks lose their anchor. A text
    /// that only reports facts or lists opinions is not yet an argument.
    ///
    /// ## Example
    /// ```markdown
    /// Many cities have parks. Some parks are large and others are small.
    /// Parks are often visited on weekends.
    /// ```
    ///
    /// ## How to fix
    /// State the position the essay defends in one sentence, usually at the
    /// end of the introduction:
    /// ```markdown
    /// Many cities have parks. Cities should put a park within a ten-minute
    /// walk of every home.
    /// ```
    pub struct MissingThesis {
        code: "AM001",
        name: "missing-thesis",
        level: Error,
        summary: "An essay with sentences but no main claim (thesis)",
    }
}

impl Rule for MissingThesis {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Violation>) {
        let Some(first) = cx.doc.sentences.first() else {
            return;
        };
        if cx.map.thesis().is_some() {
            return;
        }
        out.push(
            Violation {
                node: None,
                span: first.span,
                message: "the essay states no thesis".to_string(),
                label: "no sentence from here on states a main claim".into(),
                help: None,
            }
            .with_help("state the position the essay defends in one sentence, e.g. at the end of the introduction"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::tests::{check_text, positions};

    #[test]
    fn reports_an_essay_without_a_thesis_once() {
        let found = check_text(
            &MissingThesis,
            "In 2019 the city counted 412 parks. The largest covers 80 hectares.\n",
        );
        assert_eq!(positions(&found), vec![(1, 1)]);
        assert_eq!(found[0].message, "the essay states no thesis");
    }

    #[test]
    fn accepts_an_essay_with_a_thesis_and_an_empty_file() {
        assert!(check_text(
            &MissingThesis,
            "We should plant more trees in every city.\n"
        )
        .is_empty());
        assert!(check_text(&MissingThesis, "").is_empty());
        assert!(check_text(&MissingThesis, "<!-- only a comment -->\n").is_empty());
    }
}
