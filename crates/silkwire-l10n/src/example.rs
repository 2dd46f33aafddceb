//! A small, hand-made localized build for documentation examples and emitter tests.

use std::sync::Arc;

use crate::edition::{
    ChannelText, Edition, LocaleBuild, PhotoText, PublicationText, Sibling, Subject,
};

/// The English build of [`silkwire_core::example::release`]: one edition whose headline, first
/// paragraph, caption and text alternative hold the characters XML escapes (`&`, `<`, `>`, `"`) and
/// `]]>`, so examples and tests show escaping.
pub fn locale_build() -> LocaleBuild {
    let release = Arc::new(silkwire_core::example::release());
    let published = release.published;
    LocaleBuild {
        locale: "en".to_string(),
        text: PublicationText {
            language_name: "English".to_string(),
            publisher: "Silkwire Newsroom".to_string(),
            provider: "Silkwire Newsroom".to_string(),
            feed_description: "Press releases in English.".to_string(),
            feed_rights: "Free for editorial use.".to_string(),
            channels: vec![ChannelText {
                id: "all".to_string(),
                title: "Silkwire Newsroom: press releases".to_string(),
            }],
            label_original_link: "Original link:".to_string(),
            label_other_languages: "This release in other languages".to_string(),
            label_feeds: "Subscribe".to_string(),
            label_languages: "Other languages".to_string(),
            label_releases: "Press releases".to_string(),
            release_count: "1 press release".to_string(),
        },
        editions: vec![Edition {
            release,
            locale: "en".to_string(),
            headline: "R&D <costs> \"fall\" ]]> at Acme".to_string(),
            summary: "Acme's R&D costs fell.".to_string(),
            place: "Beijing".to_string(),
            dateline: "BEIJING, Sept. 18, 2023 /PRNewswire/".to_string(),
            dateline_separator: " — ".to_string(),
            paragraphs: vec![
                "Sales of <EVs> & R&D rose; see ]]> \"Q3\".".to_string(),
                "Second paragraph.".to_string(),
            ],
            photos: vec![PhotoText {
                caption: "The plant (R&D <lab>).".to_string(),
                alt: "A factory & \"lab\"".to_string(),
                credit: "Acme".to_string(),
                credit_line: "Photo: Acme".to_string(),
            }],
            keywords: vec!["launch".to_string()],
            subjects: vec![Subject {
                qcode: "medtop:04000000".to_string(),
                label: "economy, business and finance".to_string(),
            }],
            issuer: "Acme".to_string(),
            distributor: "PR Newswire".to_string(),
            creditline: "Acme via PR Newswire".to_string(),
            copyright_notice: "Copyright 2023 Acme.".to_string(),
            usage_terms: "Free for editorial use.".to_string(),
            siblings: vec![Sibling {
                locale: "zh-Hans".to_string(),
                language_name: "简体中文".to_string(),
                headline: "测试".to_string(),
                version: 1,
            }],
            notices: vec![],
            withdrawn: false,
            version: 1,
            modified: published,
            embargo_note: None,
            translation: None,
            boilerplate: crate::Boilerplate {
                about: vec![(
                    "About Acme".to_string(),
                    "Acme makes <things> & more.".to_string(),
                )],
                contacts: Some((
                    "Media contact".to_string(),
                    vec![silkwire_core::Contact {
                        name: "Press office".to_string(),
                        email: Some("press@example.com".to_string()),
                        phone: Some("+86 10 6307 0000".to_string()),
                    }],
                )),
                disclaimers: vec![],
            },
        }],
    }
}
