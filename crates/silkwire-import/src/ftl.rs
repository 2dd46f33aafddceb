//! Writing Fluent: text becomes a pattern that Fluent reads back exactly, and files are serialized
//! by fluent-syntax, so escaping is never done by hand in two places.

use fluent_syntax::ast;

/// A Fluent entry being written: a message with its comment and attributes, or a free comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    /// `id = value` with `.attr = value` lines, after a `#` comment.
    Message {
        /// Comment lines for translators.
        comment: Vec<String>,
        /// The message id.
        id: String,
        /// The text.
        value: String,
        /// (attribute name, text).
        attributes: Vec<(String, String)>,
    },
    /// A `##` group comment (a heading for what follows).
    Group(Vec<String>),
    /// A `###` comment on the whole file.
    File(Vec<String>),
    /// A free `#` comment, e.g. text that could not be placed.
    Comment(Vec<String>),
}

/// The pattern that reads back as `text`: braces become string literals, and a first character
/// that Fluent would take for syntax at the start of a line (`[`, `*`, `.`) is quoted too.
///
/// `text` must be one line (no line breaks).
pub fn pattern(text: &str) -> ast::Pattern<String> {
    let mut elements = Vec::new();
    let mut run = String::new();
    for (i, c) in text.chars().enumerate() {
        let quote = matches!(c, '{' | '}') || (i == 0 && matches!(c, '[' | '*' | '.'));
        if quote {
            if !run.is_empty() {
                elements.push(ast::PatternElement::TextElement {
                    value: std::mem::take(&mut run),
                });
            }
            elements.push(ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral {
                    value: c.to_string(),
                }),
            });
        } else {
            run.push(c);
        }
    }
    if !run.is_empty() {
        elements.push(ast::PatternElement::TextElement { value: run });
    }
    ast::Pattern { elements }
}

/// The plain text of a pattern: its text and string literals (`{ "{" }`), without placeables that
/// depend on variables, references or functions. The inverse of [`pattern`] for plain text.
pub fn plain_text(p: &ast::Pattern<&str>) -> String {
    p.elements
        .iter()
        .map(|e| match e {
            ast::PatternElement::TextElement { value } => value,
            ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
            } => value,
            ast::PatternElement::Placeable { .. } => "",
        })
        .collect()
}

/// The text of a file holding `entries`, as fluent-syntax serializes it.
pub fn serialize(entries: &[Entry]) -> String {
    let comment = |lines: &[String]| ast::Comment {
        content: lines.to_vec(),
    };
    let body = entries
        .iter()
        .map(|e| match e {
            Entry::Message {
                comment: c,
                id,
                value,
                attributes,
            } => ast::Entry::Message(ast::Message {
                id: ast::Identifier { name: id.clone() },
                value: Some(pattern(value)),
                attributes: attributes
                    .iter()
                    .map(|(name, value)| ast::Attribute {
                        id: ast::Identifier { name: name.clone() },
                        value: pattern(value),
                    })
                    .collect(),
                comment: (!c.is_empty()).then(|| comment(c)),
            }),
            Entry::Group(c) => ast::Entry::GroupComment(comment(c)),
            Entry::File(c) => ast::Entry::ResourceComment(comment(c)),
            Entry::Comment(c) => ast::Entry::Comment(comment(c)),
        })
        .collect();
    let text = fluent_syntax::serializer::serialize(&ast::Resource { body });
    // The serializer leaves two blank lines around free comments; the project's files have one.
    // Values are single lines, so only the space between entries changes.
    let mut out = text.replace("\n\n\n", "\n\n");
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent::{FluentBundle, FluentResource};

    fn round_trip(text: &str) -> String {
        let ftl = serialize(&[Entry::Message {
            comment: vec!["A comment".into()],
            id: "m".into(),
            value: text.into(),
            attributes: vec![("alt".into(), text.into())],
        }]);
        let res = FluentResource::try_new(ftl.clone()).expect("valid Fluent");
        let mut bundle = FluentBundle::default();
        bundle.set_use_isolating(false);
        bundle.add_resource(res).expect("added");
        let msg = bundle.get_message("m").expect("message");
        let mut errors = vec![];
        let value = bundle
            .format_pattern(msg.value().expect("value"), None, &mut errors)
            .to_string();
        let attr = bundle
            .format_pattern(
                msg.get_attribute("alt").expect("attribute").value(),
                None,
                &mut errors,
            )
            .to_string();
        assert!(errors.is_empty(), "{ftl}: {errors:?}");
        assert_eq!(value, attr, "{ftl}");
        value
    }

    #[test]
    fn awkward_text_reads_back_exactly() {
        for text in [
            "Plain text.",
            "Braces { $x } and }{ and {{ \"quoted\" }}",
            "[not a variant key] at the start",
            "*[other] not a default variant",
            ".attr = not an attribute",
            "Backslash \\ and \\u0041 stay literal",
            "ราคา 5.234 พันล้านหยวน (เพิ่มขึ้น 92.15%)",
            "ဒေသတွင်း စီးပွားရေး { တိုးတက် }",
            "# not a comment",
            "-not-a-term and a trailing dash -",
        ] {
            assert_eq!(round_trip(text), text);
        }
    }

    #[test]
    fn plain_text_reads_back_what_pattern_wrote() {
        for text in ["Plain.", "Braces { and } here", "*[lead] and .dot"] {
            let ftl = serialize(&[Entry::Message {
                comment: vec![],
                id: "m".into(),
                value: text.into(),
                attributes: vec![],
            }]);
            let res = fluent_syntax::parser::parse(ftl.as_str()).expect("parses");
            let ast::Entry::Message(m) = &res.body[0] else {
                panic!("a message")
            };
            assert_eq!(plain_text(m.value.as_ref().expect("value")), text);
        }
    }

    #[test]
    fn comments_and_groups_are_written_as_fluent_comments() {
        let text = serialize(&[
            Entry::File(vec!["Release x.".into()]),
            Entry::Group(vec!["Body".into()]),
            Entry::Comment(vec!["Not placed: line 9".into(), "{ raw }".into()]),
        ]);
        assert_eq!(
            text,
            "### Release x.\n\n## Body\n\n# Not placed: line 9\n# { raw }\n"
        );
    }
}
