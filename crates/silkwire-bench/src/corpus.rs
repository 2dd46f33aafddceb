//! The synthetic archive: `feeds/` and `locales/` for `N` releases in a list of locales.

use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::Entry;
use silkwire_import::ftl;

use crate::Rng;

/// The reference release every language's text is drawn from.
pub const REFERENCE_RELEASE: &str = "qingxiu-nev-cluster";

/// Bytes of English text per generated paragraph (about 60 words); other languages get the same
/// content's length in their own script.
const EN_PARAGRAPH_BYTES: usize = 380;

/// What to generate.
#[derive(Debug, Clone)]
pub struct Spec {
    /// Number of releases.
    pub releases: usize,
    /// Target locales (each needs a translation of the reference release in the repository).
    pub locales: Vec<String>,
    /// The seed.
    pub seed: u64,
    /// `feed_max_items`/`feed_max_bytes` = "unlimited" (full-archive feeds), else the defaults.
    pub full_archive: bool,
    /// `outputs = [...]`, or every output when empty.
    pub outputs: Vec<String>,
    /// The publication's `base_url`.
    pub base_url: String,
}

/// A message of the reference release: id, value, attributes (name, value).
type Message = (String, String, Vec<(String, String)>);

/// One language's source material: the reference release's sentences, headline and other text.
#[derive(Debug, Clone)]
struct Material {
    sentences: Vec<String>,
    joiner: &'static str,
    paragraph_bytes: usize,
    messages: Vec<Message>,
}

fn read_release(repo: &Path, locale: &str) -> io::Result<Vec<Message>> {
    let path = repo
        .join("locales")
        .join(locale)
        .join("releases")
        .join(format!("{REFERENCE_RELEASE}.ftl"));
    let text = fs::read_to_string(&path)
        .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
    let res = fluent_syntax::parser::parse(text.as_str()).map_err(|(_, errors)| {
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!("{}: {errors:?}", path.display()),
        )
    })?;
    let mut out = Vec::new();
    for entry in &res.body {
        if let Entry::Message(m) = entry {
            let value = m.value.as_ref().map(ftl::plain_text).unwrap_or_default();
            let attrs = m
                .attributes
                .iter()
                .map(|a| (a.id.name.to_string(), ftl::plain_text(&a.value)))
                .collect();
            out.push((m.id.name.to_string(), value, attrs));
        }
    }
    Ok(out)
}

/// Splits a paragraph into sentences (or, in Thai and Lao, which end sentences with a space, into
/// phrases).
fn sentences(text: &str, locale: &str) -> Vec<String> {
    if matches!(locale, "th" | "lo") {
        return text
            .split(' ')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
    }
    let mut out = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        current.push(c);
        let end = matches!(c, '。' | '！' | '？' | '។' | '။')
            || (matches!(c, '.' | '!' | '?') && chars.peek().is_none_or(|n| *n == ' '));
        if end {
            out.push(current.trim().to_string());
            current.clear();
        }
    }
    if !current.trim().is_empty() {
        out.push(current.trim().to_string());
    }
    out
}

fn material(repo: &Path, locale: &str, en_body_bytes: usize) -> io::Result<Material> {
    let messages = read_release(repo, locale)?;
    let body: Vec<&str> = messages
        .iter()
        .filter(|(id, _, _)| id.starts_with("body-"))
        .map(|(_, v, _)| v.as_str())
        .collect();
    let bytes: usize = body.iter().map(|b| b.len()).sum();
    let mut all = Vec::new();
    for b in &body {
        all.extend(sentences(b, locale));
    }
    let joiner = if matches!(locale, "zh-Hans" | "zh-Hant") {
        ""
    } else {
        " "
    };
    Ok(Material {
        sentences: all,
        joiner,
        paragraph_bytes: EN_PARAGRAPH_BYTES * bytes / en_body_bytes.max(1),
        messages,
    })
}

fn copy_dir(from: &Path, to: &Path) -> io::Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        if entry.file_type()?.is_file() {
            fs::copy(entry.path(), to.join(entry.file_name()))?;
        }
    }
    Ok(())
}

/// The release id of release `i` (0-based).
pub fn release_id(i: usize) -> String {
    format!("r{:06}", i + 1)
}

/// The path, relative to the corpus, of release `i`'s text in `locale`.
pub fn release_ftl(i: usize, locale: &str) -> PathBuf {
    PathBuf::from("locales")
        .join(locale)
        .join("releases")
        .join(format!("{}.ftl", release_id(i)))
}

const SUBJECTS: [&str; 6] = [
    "medtop:04000000",
    "medtop:20000296",
    "medtop:20000257",
    "medtop:20000360",
    "medtop:20000373",
    "medtop:20001174",
];

/// Writes the publication file for `spec` (also used to change a setting between runs).
pub fn write_publication(dir: &Path, spec: &Spec) -> io::Result<()> {
    let mut t = String::new();
    let _ = writeln!(
        t,
        "# A synthetic archive written by silkwire-bench (seed {}).",
        spec.seed
    );
    let _ = writeln!(t, "base_url = \"{}\"", spec.base_url);
    let _ = writeln!(t, "id_since = 2019-01-01");
    let _ = writeln!(t, "provider = \"silkwire-newsroom\"");
    let _ = writeln!(t, "publisher = \"silkwire-newsroom\"");
    let list: Vec<String> = spec.locales.iter().map(|l| format!("\"{l}\"")).collect();
    let _ = writeln!(t, "locales = [{}]", list.join(", "));
    if spec.full_archive {
        let _ = writeln!(t, "feed_max_items = \"unlimited\"");
        let _ = writeln!(t, "feed_max_bytes = \"unlimited\"");
    }
    if !spec.outputs.is_empty() {
        let list: Vec<String> = spec.outputs.iter().map(|o| format!("\"{o}\"")).collect();
        let _ = writeln!(t, "outputs = [{}]", list.join(", "));
    }
    fs::create_dir_all(dir.join("feeds"))?;
    fs::write(dir.join("feeds/silkwire.toml"), t)
}

/// Writes the corpus for `spec` into `dir` (which should be empty), drawing text from the
/// repository at `repo`. Returns the total bytes of release text written.
pub fn generate(repo: &Path, dir: &Path, spec: &Spec) -> io::Result<u64> {
    let en = read_release(repo, "en")?;
    let en_body_bytes: usize = en
        .iter()
        .filter(|(id, _, _)| id.starts_with("body-"))
        .map(|(_, v, _)| v.len())
        .sum();
    let materials: Vec<(String, Material)> = spec
        .locales
        .iter()
        .map(|l| material(repo, l, en_body_bytes).map(|m| (l.clone(), m)))
        .collect::<io::Result<_>>()?;

    write_publication(dir, spec)?;
    copy_dir(&repo.join("feeds/orgs"), &dir.join("feeds/orgs"))?;
    for l in &spec.locales {
        let to = dir.join("locales").join(l);
        for f in ["silkwire.ftl", "orgs.ftl", "subjects.ftl"] {
            fs::create_dir_all(&to)?;
            fs::copy(repo.join("locales").join(l).join(f), to.join(f))?;
        }
        fs::create_dir_all(to.join("releases"))?;
    }
    fs::create_dir_all(dir.join("feeds/releases"))?;

    let mut rng = Rng::new(spec.seed);
    let mut total = 0u64;
    // Five years of releases, evenly spread, at Beijing time.
    let span_minutes: u64 = 5 * 365 * 24 * 60;
    let step = span_minutes / spec.releases.max(1) as u64;
    for i in 0..spec.releases {
        let id = release_id(i);
        let minutes = i as u64 * step + rng.below(step.max(1));
        let (days, rest) = (minutes / (24 * 60), minutes % (24 * 60));
        let date = days_to_date(days);
        let paragraphs = 6 + rng.below(5) as usize;
        let subjects = 3 + rng.below(4) as usize;
        let mut subject_list: Vec<&str> = SUBJECTS.to_vec();
        // A deterministic shuffle, then the first few.
        for k in (1..subject_list.len()).rev() {
            subject_list.swap(k, rng.below(k as u64 + 1) as usize);
        }
        let subject_list: Vec<String> = subject_list[..subjects]
            .iter()
            .map(|s| format!("\"{s}\""))
            .collect();
        let mut t = String::new();
        let _ = writeln!(t, "id = \"{id}\"");
        let _ = writeln!(t, "source_locale = \"en\"");
        let _ = writeln!(
            t,
            "published = {date}T{:02}:{:02}:00+08:00",
            rest / 60,
            rest % 60
        );
        let _ = writeln!(t, "issuer = \"xinhua-silk-road\"");
        let _ = writeln!(t, "distributor = \"prnewswire\"");
        let _ = writeln!(
            t,
            "original_link = \"https://www.example.com/news-releases/{id}.html\""
        );
        let _ = writeln!(t, "slugline = \"Silkwire-Bench-{id}\"");
        let _ = writeln!(t, "place = \"beijing\"");
        let _ = writeln!(t, "subjects = [{}]", subject_list.join(", "));
        let _ = writeln!(
            t,
            "keywords = [\"nev\", \"asean\", \"qingxiu\", \"nanning\", \"industry-cluster\"]"
        );
        let _ = writeln!(t);
        let _ = writeln!(t, "[[photos]]");
        let _ = writeln!(t, "id = \"lingli-park\"");
        let _ = writeln!(t, "url = \"https://www.example.com/media/{id}.jpg\"");
        let _ = writeln!(t, "media_type = \"image/jpeg\"");
        let _ = writeln!(t, "width = 1200");
        let _ = writeln!(t, "height = 800");
        let _ = writeln!(t, "length = {}", 100_000 + rng.below(400_000));
        let _ = writeln!(t, "credit = \"xinhua-silk-road\"");
        let _ = writeln!(t, "after_paragraph = 1");
        fs::write(dir.join("feeds/releases").join(format!("{id}.toml")), t)?;

        // The same choice of sentences in every language, so editions are translations of one text.
        let picks: Vec<Vec<u64>> = (0..paragraphs)
            .map(|_| (0..64).map(|_| rng.next_u64()).collect())
            .collect();
        for (locale, m) in &materials {
            let mut entries = vec![ftl::Entry::File(vec![format!(
                "Release {id}: synthetic text for silkwire-bench, drawn from {REFERENCE_RELEASE}."
            )])];
            for (mid, value, attrs) in &m.messages {
                if mid.starts_with("body-") {
                    continue;
                }
                let value = if mid == "headline" {
                    format!("{value} {}", i + 1)
                } else {
                    value.clone()
                };
                entries.push(ftl::Entry::Message {
                    comment: vec![],
                    id: mid.clone(),
                    value,
                    attributes: attrs.clone(),
                });
            }
            for (n, pick) in picks.iter().enumerate() {
                let mut text = String::new();
                for r in pick {
                    if text.len() >= m.paragraph_bytes {
                        break;
                    }
                    if !text.is_empty() {
                        text.push_str(m.joiner);
                    }
                    let s = &m.sentences[(*r % m.sentences.len() as u64) as usize];
                    text.push_str(s);
                }
                entries.push(ftl::Entry::Message {
                    comment: vec![],
                    id: format!("body-{}", n + 1),
                    value: text,
                    attributes: vec![],
                });
            }
            let text = ftl::serialize(&entries);
            total += text.len() as u64;
            fs::write(dir.join(release_ftl(i, locale)), text)?;
        }
    }
    Ok(total)
}

/// `YYYY-MM-DD` of `days` after 2019-01-01.
fn days_to_date(days: u64) -> String {
    let (mut y, mut d) = (2019u64, days);
    loop {
        let len = if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 {
            366
        } else {
            365
        };
        if d < len {
            break;
        }
        d -= len;
        y += 1;
    }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let months = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    let mut m = 0;
    while d >= months[m] {
        d -= months[m];
        m += 1;
    }
    format!("{y:04}-{:02}-{:02}", m + 1, d + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(days_to_date(0), "2019-01-01");
        assert_eq!(days_to_date(31), "2019-02-01");
        assert_eq!(days_to_date(365 + 59), "2020-02-29");
        assert_eq!(days_to_date(365 + 366), "2021-01-01");
    }

    #[test]
    fn sentences_split_per_script() {
        assert_eq!(
            sentences("One. Two 3.5 m. Three", "en"),
            ["One.", "Two 3.5 m.", "Three"]
        );
        assert_eq!(sentences("一。二。", "zh-Hans"), ["一。", "二。"]);
        assert_eq!(sentences("ก ข", "th"), ["ก", "ข"]);
    }
}
