//! What `silkwire locales` shows: every supported locale, how it falls back and formats, and how
//! complete its shipped text is.

use silkwire_core::{Diagnostics, Project, Release};

use crate::catalog::{folder_of, Catalog, Target};
use crate::edition::{all_targets, dateline_samples, needed_locales};
use crate::locale::{base, plural_categories, text_chain, LocaleInfo, REFERENCE};

/// One supported locale, as a project sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleSummary {
    /// The tag (a supported locale, or one of the publication's regional targets).
    pub tag: String,
    /// What Silkwire knows of the locale (of its language, for a regional target).
    pub info: &'static LocaleInfo,
    /// The language's name in itself (`language-name` in its own folder), if translated.
    pub native_name: Option<String>,
    /// Where Silkwire's strings come from, most specific first.
    pub chain: Vec<String>,
    /// The CLDR locale of its dates and numbers, with the publication's settings.
    pub format_locale: String,
    /// Its plural categories (CLDR 49), as selectors use them.
    pub plurals: Vec<&'static str>,
    /// The dateline of the newest release as the build prints it, or why it cannot.
    pub dateline: Result<String, String>,
    /// Silkwire's strings: messages translated in the locale's own folder, and the reference total.
    pub strings: (usize, usize),
    /// Releases whose text in this locale has every message of the source text, and all releases.
    pub releases: (usize, usize),
}

/// Summarizes every supported locale for `project`, then its regional targets: the locales whose
/// folder is missing are listed as untranslated.
pub fn summarize(project: &Project) -> Result<Vec<LocaleSummary>, Diagnostics> {
    let targets = all_targets(project)?;
    let locales_dir = project.root.join(crate::catalog::LOCALES_DIR);
    let present: Vec<Target> = targets
        .iter()
        .filter(|t| locales_dir.join(folder_of(base(&t.tag))).is_dir())
        .cloned()
        .collect();
    let sources: Vec<Target> = needed_locales(project)?
        .sources
        .into_iter()
        .filter(|s| !present.iter().any(|p| p.tag == s.tag))
        .collect();
    let ids: Vec<&str> = project.releases.iter().map(|r| r.id.as_str()).collect();
    let catalog = Catalog::load(&project.root, &present, &sources, &ids)?;
    let newest: Option<&Release> = project
        .releases
        .iter()
        .max_by(|a, b| a.published.cmp(&b.published).then_with(|| b.id.cmp(&a.id)));
    let datelines = match newest {
        Some(r) => dateline_samples(&catalog, r, &present)
            .into_iter()
            .map(|d| d.map_err(|d| d.message))
            .collect(),
        None => vec![Err("no release yet".to_string()); present.len()],
    };
    let reference: Vec<&str> = catalog
        .strings(REFERENCE)
        .iter()
        .find(|t| t.locale() == REFERENCE)
        .map(|t| t.message_ids())
        .unwrap_or_default();

    let mut out = Vec::new();
    for target in &targets {
        let Some(info) = crate::locale::info_of(&target.tag) else {
            continue;
        };
        let at = present.iter().position(|p| p.tag == target.tag);
        // The locale's own text: a regional target's own folder, else its language's.
        let own = catalog
            .strings(&target.tag)
            .iter()
            .find(|t| base(t.locale()) == base(&target.tag));
        let translated = own.map_or(0, |t| {
            let ids = t.message_ids();
            reference.iter().filter(|id| ids.contains(id)).count()
        });
        let native_name = own.and_then(|t| t.format("language-name", None).ok());
        let complete = project
            .releases
            .iter()
            .filter(|r| {
                let source = crate::locale::canonicalize(&r.source_locale.value).ok();
                let source_ids = source
                    .and_then(|s| catalog.release(&s, &r.id))
                    .map(|t| t.message_ids())
                    .unwrap_or_default();
                catalog.release(&target.tag, &r.id).is_some_and(|t| {
                    let ids = t.message_ids();
                    !source_ids.is_empty() && source_ids.iter().all(|id| ids.contains(id))
                })
            })
            .count();
        out.push(LocaleSummary {
            tag: target.tag.clone(),
            info,
            native_name,
            chain: text_chain(&target.tag),
            format_locale: target.format_locale.clone(),
            plurals: plural_categories(&target.tag, false),
            dateline: match at.and_then(|i| datelines.get(i)) {
                Some(d) => d.clone(),
                None => Err("not translated".to_string()),
            },
            strings: (translated, reference.len()),
            releases: (complete, project.releases.len()),
        });
    }
    Ok(out)
}
