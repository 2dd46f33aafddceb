//! `silkwire build`: load and check every input, render every output, and write each as soon as it
//! is rendered.
//!
//! The build is a stream, so that its memory does not grow with the archive: the releases are
//! localized a chunk at a time on every core ([`crate::localizing`]); the worker that localized a
//! chunk renders its editions' own files (pages, NewsML, picture items), which are written to
//! temporary names at once; only what the feeds (their newest editions) and home pages (a line per
//! edition) need is kept. Then every locale's feeds and home page are rendered, and the writer
//! renames every file into place. A chunk that fails stops the build before anything is renamed,
//! so the output folder is left as it was.
//!
//! An incremental build ([`crate::cache::Verdict::Partial`]) takes only the releases whose files
//! changed (text or settings; new ones; deleted ones) through localizing and rendering, with the
//! newest releases of every channel that its feeds need; the home pages list every other edition
//! from the last build's index, what the last build wrote for a changed release and this one does
//! not is removed, and every other file of the last build stays as it is. Its output is the same
//! as a full build's (the tests compare them byte for byte).

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use silkwire_core::load_project;
use silkwire_core::site::FeedFormat;
use silkwire_core::time::Timestamp;
use silkwire_core::{Diagnostic, Diagnostics};
use silkwire_feeds::{Feed, OtherLanguage};
use silkwire_l10n::{needed_locales, Edition, Policy, Warning};
use silkwire_pages::Language;

use crate::cache::Increment;
use crate::output::{write_tree, OutputError, Piece, WriteReport};

/// Why a build failed.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// The inputs are invalid; no output file changed.
    #[error("{0}")]
    Input(Diagnostics),
    /// An output could not be rendered (an internal error); no output file changed.
    #[error("cannot render {path}: {source}")]
    Render {
        /// The output concerned.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// Writing the output failed.
    #[error(transparent)]
    Output(#[from] OutputError),
}

/// What a build did for one target locale.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LocaleSummary {
    /// The locale tag.
    pub locale: String,
    /// Editions published (withdrawn ones included: their notice is published).
    pub editions: usize,
    /// Editions left out for translation gaps.
    pub skipped: usize,
    /// Editions held back by an embargo.
    pub held: usize,
    /// Warnings about this locale's output.
    pub warnings: usize,
}

/// A step of a build, reported as it starts (for a progress display), in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step<'a> {
    /// Loading and checking the settings, releases and organisations.
    Checking,
    /// Reading the review lock against the translations.
    Reviewing,
    /// Loading, checking and resolving every release's text (Fluent, ICU4X), and rendering each
    /// edition's own files (page, NewsML, picture items), a chunk of releases at a time on every
    /// core; each file is written (to its temporary name) as soon as it is rendered.
    Localizing,
    /// Rendering every locale's feeds and home page (on every core).
    Rendering {
        /// The locales, in the publication's order.
        locales: &'a [String],
    },
    /// Finishing: renaming every written file into place, removing what the previous build wrote
    /// and this one did not, and writing `files` embargoed items for partners.
    Writing {
        /// How many partner files.
        files: usize,
    },
}

/// What a build did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildReport {
    /// Per target locale, in the publication's order.
    pub locales: Vec<LocaleSummary>,
    /// Files written and left unchanged.
    pub files: WriteReport,
    /// Non-fatal findings.
    pub warnings: Vec<Warning>,
    /// Editions left out for translation gaps: (locale, release id).
    pub skipped: Vec<(String, String)>,
    /// Releases held back by their embargo.
    pub held: Vec<Held>,
    /// What was written to the partner folder, if one was given.
    pub partner: Option<WriteReport>,
    /// Nothing had changed since the last build (see [`crate::cache`]): nothing was rendered.
    pub cached: bool,
    /// An incremental build: only these releases' files had changed (or were added or deleted)
    /// since the last build, and only they (with the feeds and home pages) were rendered. Empty
    /// for a full build.
    pub rebuilt: Vec<String>,
}

/// Every output of a build, rendered in memory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// (path relative to the output folder, bytes), sorted by path.
    pub files: Vec<(String, Vec<u8>)>,
    /// Per target locale, in the publication's order.
    pub locales: Vec<LocaleSummary>,
    /// Non-fatal findings.
    pub warnings: Vec<Warning>,
    /// The publication's base URL, which identifies it in the output folder's manifest.
    pub owner: String,
    /// Editions left out for translation gaps: (locale, release id, the page an earlier build may
    /// have written for it).
    pub skipped: Vec<(String, String, String)>,
    /// Releases held back by their embargo.
    pub held: Vec<Held>,
    /// The embargoed NewsML items for partners (path under the partner folder, bytes).
    pub partner_files: Vec<(String, Vec<u8>)>,
    /// Every instant at which a release's state changes (for the build cache).
    pub events: Vec<i64>,
    /// Per target locale, what its home page lists: (release id, headline, dateline) of every
    /// edition that is not withdrawn, newest first (for the build cache's index).
    pub index: Vec<(String, Vec<[String; 3]>)>,
    /// Files of the last build that an incremental build leaves as they are (empty for a full
    /// build).
    pub kept: Vec<String>,
}

/// How to build.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// Translation gaps and outdated translations are errors instead of warnings.
    pub strict: bool,
    /// The clock: embargoes, updates and withdrawals take effect at or before it. `None` is the
    /// system clock.
    pub now: Option<Timestamp>,
}

/// A release held back by its embargo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Held {
    /// The release id.
    pub release: String,
    /// The end of its embargo.
    pub until: Timestamp,
}

/// Loads and checks every input under `root`, then renders every output in memory.
pub fn render(root: &Path) -> Result<Rendered, BuildError> {
    render_with(root, &Options::default())
}

/// [`render`] with options.
pub fn render_with(root: &Path, options: &Options) -> Result<Rendered, BuildError> {
    render_with_progress(root, options, &mut |_| {})
}

/// [`render_with`], calling `progress` as each step starts.
pub fn render_with_progress(
    root: &Path,
    options: &Options,
    progress: &mut dyn FnMut(Step<'_>),
) -> Result<Rendered, BuildError> {
    let mut files = Vec::new();
    let mut rendered = render_into(root, options, progress, &mut |_, batch| {
        match batch {
            Batch::Files(batch) => files.extend(batch),
            Batch::Joined(path, pieces) => {
                let mut bytes = Vec::new();
                for piece in pieces {
                    match piece {
                        Piece::Bytes(b) => bytes.extend(b),
                        Piece::File(f) => bytes.extend(std::fs::read(&f).map_err(|source| {
                            BuildError::Render {
                                path: path.clone(),
                                source,
                            }
                        })?),
                    }
                }
                files.push((path, bytes));
            }
            Batch::Announce(_) => {}
        }
        Ok(())
    })?;
    files.sort_by(|a, b| a.0.cmp(&b.0));
    rendered.files = files;
    Ok(rendered)
}

/// What [`render_into`] hands over as rendering goes.
#[derive(Debug)]
pub enum Batch {
    /// Files that are about to come (so that they can be recorded before any is written).
    Announce(Vec<String>),
    /// Rendered files: (path relative to the output folder, bytes).
    Files(Vec<(String, Vec<u8>)>),
    /// A file rendered in pieces (a feed too long to hold whole): its path and pieces in order.
    Joined(String, Vec<Piece>),
}

/// Something that takes rendered files as they come: (the publication's base URL, a batch).
pub type Emit<'a> = dyn FnMut(&str, Batch) -> Result<(), BuildError> + 'a;

/// Renders every output, handing each batch of files to `emit` as soon as it is rendered, in
/// batches whose order depends on scheduling (the files themselves do not); the returned
/// [`Rendered`] has no `files`. Files are emitted before every input has been checked (a chunk of
/// releases at a time): when this returns an error, what was emitted must be thrown away, as
/// [`build_with`]'s writer does with its temporary files.
pub fn render_into(
    root: &Path,
    options: &Options,
    progress: &mut dyn FnMut(Step<'_>),
    emit: &mut Emit<'_>,
) -> Result<Rendered, BuildError> {
    render_inner(root, options, None, progress, emit)
}

/// What an incremental build does besides a full build's checks.
struct Plan<'a> {
    /// What the last build left.
    increment: &'a Increment,
    /// The releases to load and localize: the changed ones, the newest of every channel (as many
    /// as a feed carries, plus one for each changed release that might drop out of it), and those
    /// under embargo.
    needed: BTreeSet<String>,
    /// Every public release, newest first (ties by id), and whether it is withdrawn.
    order: Vec<(String, bool)>,
}

/// An incremental build's plan, or `None` when only a full build can tell (feeds without an item
/// cap need every release; an index that lacks an edition).
fn plan<'a>(
    project: &silkwire_core::Project,
    targets: &[silkwire_l10n::catalog::Target],
    now: &Timestamp,
    increment: &'a Increment,
) -> Option<Plan<'a>> {
    let p = &project.publication;
    let cap = p.feed_max_items?;
    let changed = &increment.releases;
    let ids: std::collections::HashSet<&str> =
        project.releases.iter().map(|r| r.id.as_str()).collect();
    // The changed releases the project still has (a deleted one has nothing to localize).
    let mut needed: BTreeSet<String> = changed
        .iter()
        .filter(|id| ids.contains(id.as_str()))
        .cloned()
        .collect();
    let withdrawn = |r: &silkwire_core::Release| r.is_withdrawn(now);
    needed.extend(
        project
            .releases
            .iter()
            .filter(|r| r.is_held(now))
            .map(|r| r.id.clone()),
    );
    let mut public: Vec<&silkwire_core::Release> = project
        .releases
        .iter()
        .filter(|r| !r.is_held(now))
        .collect();
    // The order `localize_with` gives editions.
    public.sort_by(|a, b| silkwire_core::Release::newest_first(a, b));
    for c in &p.channels {
        needed.extend(
            public
                .iter()
                .filter(|r| !withdrawn(r) && c.matches(r))
                .take(cap.saturating_add(changed.len()))
                .map(|r| r.id.clone()),
        );
    }
    for t in targets {
        let index = increment.index.get(&t.tag)?;
        for r in public
            .iter()
            .filter(|r| !withdrawn(r) && !changed.contains(&r.id))
        {
            index.get(&r.id)?;
        }
    }
    Some(Plan {
        increment,
        needed,
        order: public
            .iter()
            .map(|r| (r.id.clone(), withdrawn(r)))
            .collect(),
    })
}

fn render_inner(
    root: &Path,
    options: &Options,
    increment: Option<&Increment>,
    progress: &mut dyn FnMut(Step<'_>),
    emit: &mut Emit<'_>,
) -> Result<Rendered, BuildError> {
    progress(Step::Checking);
    let project = load_project(root).map_err(BuildError::Input)?;
    let locales = needed_locales(&project).map_err(BuildError::Input)?;
    let now = options.now.unwrap_or_else(silkwire_core::time::system_now);
    let plan = increment.and_then(|i| plan(&project, &locales.targets, &now, i));
    let policy = Policy {
        strict: options.strict,
        skip_keyword_check: true,
    };
    let keyword_warnings = silkwire_l10n::unused_channel_keywords(&project);
    let events = crate::cache::events(&project);
    let p = &project.publication;
    let owner = p.base_url.to_string();

    // Editions whose translation changed source since its review: published with a warning, or
    // refused with --strict. (Read first: each chunk of editions is judged as it is localized.)
    progress(Step::Reviewing);
    // (An incremental build reads only the text of the releases it localizes: the others had no
    // outdated translation at the last build, or it would have warned, and neither they nor the
    // lock changed.)
    let review =
        silkwire_check::review_state_of(root, plan.as_ref().map(|p| &p.needed)).map_err(|e| {
            BuildError::Input(Diagnostics(vec![Diagnostic::file(
                &root.join("locales"),
                "",
                e.to_string(),
                "make the folder and its files readable",
            )]))
        })?;

    // Every release's own files (pages, NewsML and picture items) are rendered on the worker that
    // localized its chunk, and written as they come; what the feeds and home pages need is kept.
    progress(Step::Localizing);
    let only = plan.as_ref().map(|plan| &plan.needed);
    let changed = plan.as_ref().map(|plan| &plan.increment.releases);
    let chunk_work = ChunkWork {
        p,
        review: &review,
        strict: options.strict,
        changed,
    };
    let mut accepted: Option<Vec<LocaleState<FeedStream>>> = None;
    let mut held_parts = Vec::new();
    let mut localization_warnings = Vec::new();
    let mut seen_warnings = std::collections::HashSet::new();
    let mut skipped_editions: Vec<silkwire_l10n::Skipped> = Vec::new();
    let mut refused = Diagnostics::default();
    let mut failed: Option<BuildError> = None;
    let mut write_failed: Option<BuildError> = None;
    let mut pending: Vec<(String, Vec<u8>)> = Vec::new();
    let mut pending_bytes = 0usize;
    let job = crate::localizing::Job {
        project: &project,
        needed: &locales,
        only,
        now: &now,
        policy,
        chunk: crate::localizing::CHUNK,
    };
    let streamed = crate::localizing::localize_stream::<Side, Result<ChunkOut, BuildError>>(
        job,
        &|part, held, send| chunk_work.run(part, held, send),
        &mut |side| {
            if write_failed.is_some() {
                return;
            }
            let step = match side {
                Side::Announce(paths) => emit(&owner, Batch::Announce(paths)),
                Side::File(path, bytes) => {
                    pending_bytes += bytes.len();
                    pending.push((path, bytes));
                    // Written in batches of a few dozen files or megabytes, while the workers go
                    // on.
                    if pending.len() >= 64 || pending_bytes >= 32 << 20 {
                        pending_bytes = 0;
                        emit(&owner, Batch::Files(std::mem::take(&mut pending)))
                    } else {
                        Ok(())
                    }
                }
            };
            if let Err(e) = step {
                write_failed = Some(e);
            }
        },
        &mut |out, held| {
            let out = match out {
                Ok(out) => out,
                Err(e) => {
                    failed.get_or_insert(e);
                    return;
                }
            };
            for w in out.warnings {
                if seen_warnings.insert(w.clone()) {
                    localization_warnings.push(w);
                }
            }
            if held {
                held_parts.extend(out.held);
                return;
            }
            refused.0.extend(out.refused.0);
            skipped_editions.extend(out.skipped);
            let cap = p.feed_max_items;
            let formats = p.feed_formats();
            let step = match &mut accepted {
                None => out
                    .locales
                    .into_iter()
                    .map(|s| LocaleState::start(s, &formats))
                    .collect::<std::io::Result<Vec<_>>>()
                    .map(|states| accepted = Some(states)),
                Some(all) => all
                    .iter_mut()
                    .zip(out.locales)
                    .try_for_each(|(state, more)| state.absorb(more, cap, &formats)),
            };
            if let Err(source) = step {
                failed.get_or_insert(BuildError::Render {
                    path: "a feed's temporary file".into(),
                    source,
                });
            }
        },
    );
    let strings = streamed.map_err(BuildError::Input)?;
    if let Some(e) = failed.or(write_failed) {
        return Err(e);
    }
    if !refused.is_empty() {
        return Err(BuildError::Input(refused));
    }
    if !pending.is_empty() {
        emit(&owner, Batch::Files(pending))?;
    }
    let mut states = accepted.unwrap_or_default();
    let held_localized =
        crate::localizing::join(held_parts, &strings).map_err(BuildError::Input)?;

    // The warnings in a fixed order: the whole publication's, then each locale's in the
    // publication's order (sorted within it, as chunks may find them in any order), then the lock's,
    // each locale's outdated editions, skipped editions.
    let order: Vec<String> = states.iter().map(|s| s.locale.clone()).collect();
    crate::localizing::sort_warnings(&mut localization_warnings, &order);
    let mut warnings: Vec<Warning> = keyword_warnings.into_iter().map(Warning::general).collect();
    warnings.extend(localization_warnings);
    if let Some(problem) = &review.lock_problem {
        warnings.push(Warning::general(format!(
            "{problem}\n  = fix: repair or delete the review lock (`silkwire check` shows where); until then no translation counts as outdated"
        )));
    }
    for state in &mut states {
        warnings.append(&mut state.outdated);
    }
    skipped_editions.sort_by_key(|s| crate::localizing::locale_position(&order, Some(&s.locale)));
    let mut skipped = Vec::new();
    for s in &skipped_editions {
        let details: Vec<String> = s.problems.iter().map(|d| format!("  {d}")).collect();
        warnings.push(Warning::locale(&s.locale, format!(
            "skipped the {} edition of {}: its translation is incomplete or broken (--strict makes this an error):\n{}",
            s.locale,
            s.release,
            details.join("\n")
        )));
        skipped.push((
            s.locale.clone(),
            s.release.clone(),
            p.edition_path(&s.locale, &s.release),
        ));
    }

    // What each home page lists, and how many editions each locale has: in an incremental build,
    // the changed releases' editions as localized now and every other one as the last build
    // recorded it (whose report had no skipped edition, so every public release had one).
    let mut index: Vec<(String, Vec<[String; 3]>)> = Vec::new();
    for state in &mut states {
        if let Some(plan) = &plan {
            let changed = &plan.increment.releases;
            let fresh: HashMap<&str, &[String; 3]> = state
                .entries
                .iter()
                .filter(|e| changed.contains(&e[0]))
                .map(|e| (e[0].as_str(), e))
                .collect();
            let recorded = plan.increment.index.get(&state.locale);
            let mut entries = Vec::new();
            for id in plan.order.iter().filter(|(_, w)| !w).map(|(id, _)| id) {
                if changed.contains(id) {
                    if let Some(e) = fresh.get(id.as_str()) {
                        entries.push((*e).clone());
                    }
                } else if let Some((headline, dateline)) = recorded.and_then(|r| r.get(id)) {
                    entries.push([id.clone(), headline.clone(), dateline.clone()]);
                }
            }
            state.entries = entries;
            state.editions = plan
                .order
                .iter()
                .filter(|(id, _)| !changed.contains(id))
                .count()
                + state.changed;
        }
        state.text.release_count =
            silkwire_l10n::release_count(&strings, &state.locale, state.entries.len())
                .map_err(|d| BuildError::Input(Diagnostics(vec![d])))?;
        index.push((state.locale.clone(), std::mem::take(&mut state.entries)));
    }

    let render_err = |path: &str| {
        let path = path.to_string();
        move |source| BuildError::Render { path, source }
    };
    for stream in states.iter_mut().flat_map(|s| &mut s.streams) {
        for (path, body) in &mut stream.bodies {
            std::io::Write::flush(body).map_err(render_err(&path.to_string_lossy()))?;
        }
    }
    // Each locale's feeds and home page, on every core; the results are joined in locale order, so
    // the output is the same as a single thread's.
    let total = states.len();
    let next = std::sync::atomic::AtomicUsize::new(0);
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(total.max(1));
    progress(Step::Rendering { locales: &order });
    let mut results: Vec<Option<Rendering>> = vec![None; total];
    let mut failed: Option<BuildError> = None;
    std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::sync_channel::<(usize, Result<Rendering, BuildError>)>(4);
        for _ in 0..threads {
            let tx = tx.clone();
            let (next, all, index) = (&next, &states, &index);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(state) = all.get(i) else {
                    break;
                };
                let done = render_locale(p, all, state, &index[i].1);
                if tx.send((i, done)).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        for (i, done) in rx {
            if failed.is_some() {
                continue;
            }
            match done.and_then(|mut r| {
                let paths = r.files.iter().map(|(f, _)| f.clone());
                let joined = r.joined.iter().map(|(f, _)| f.clone());
                emit(&owner, Batch::Announce(paths.chain(joined).collect()))?;
                emit(&owner, Batch::Files(std::mem::take(&mut r.files)))?;
                for (path, pieces) in std::mem::take(&mut r.joined) {
                    emit(&owner, Batch::Joined(path, pieces))?;
                }
                Ok(r)
            }) {
                Ok(r) => results[i] = Some(r),
                Err(e) => {
                    failed = Some(e);
                    next.store(total, std::sync::atomic::Ordering::Relaxed);
                }
            }
        }
    });
    if let Some(e) = failed {
        return Err(e);
    }
    let mut summary = Vec::new();
    for r in results.into_iter().flatten() {
        warnings.extend(r.warnings);
        summary.push(r.summary);
    }

    // The OPML index of every feed, titled in the first locale.
    let languages: Vec<silkwire_feeds::OpmlLanguage<'_>> = states
        .iter()
        .map(|s| silkwire_feeds::OpmlLanguage {
            locale: &s.locale,
            name: &s.text.language_name,
            channels: &s.text.channels,
        })
        .collect();
    if let Some(first) = states.first().filter(|_| p.outputs.opml) {
        let opml = silkwire_feeds::opml(p, &first.text.publisher, &languages)
            .map_err(render_err(silkwire_core::site::OPML_PATH))?;
        emit(
            &owner,
            Batch::Files(vec![(silkwire_core::site::OPML_PATH.to_string(), opml)]),
        )?;
    }

    // Embargoed copy for partners only: NewsML items marked `embargoed`, with an editorial note.
    let held_releases: Vec<&silkwire_core::Release> = project
        .releases
        .iter()
        .filter(|r| r.is_held(&now))
        .collect();
    let held: Vec<Held> = held_releases
        .iter()
        .filter_map(|r| {
            r.embargo.map(|until| Held {
                release: r.id.clone(),
                until,
            })
        })
        .collect();
    let p = &project.publication;
    let mut partner_files = Vec::new();
    if let Some(held_localized) = &held_localized {
        for w in &held_localized.warnings {
            if !warnings.contains(w) {
                warnings.push(w.clone());
            }
        }
        for s in &held_localized.skipped {
            warnings.push(Warning::locale(&s.locale, format!(
                "the embargoed {} edition of {} is not sent to partners: its translation is incomplete or broken",
                s.locale, s.release
            )));
        }
        for build in held_localized.locales.iter().filter(|_| p.outputs.newsml) {
            for e in &build.editions {
                let Some(until) = e.release.embargo else {
                    continue;
                };
                let path = p.newsml_path(&build.locale, &e.release.id);
                let note = e.embargo_note.clone().unwrap_or_default();
                let item = silkwire_newsml::embargoed_news_item(p, &build.text, e, &until, &note)
                    .map_err(render_err(&path))?;
                partner_files.push((path, item));
            }
        }
        if p.outputs.pictures {
            partner_files.extend(picture_items(
                p,
                &held_releases,
                &held_localized.locales,
                true,
            )?);
        }
        partner_files.sort_by(|a, b| a.0.cmp(&b.0));
    }
    for row in &mut summary {
        let here = |l: &String| *l == row.locale;
        row.skipped = skipped.iter().filter(|(l, _, _)| here(l)).count();
        row.warnings = warnings
            .iter()
            .filter(|w| w.locale.as_ref().is_some_and(here))
            .count();
        row.held = held_localized
            .iter()
            .flat_map(|h| &h.locales)
            .filter(|b| here(&b.locale))
            .map(|b| b.editions.len())
            .sum();
    }
    Ok(Rendered {
        files: Vec::new(),
        locales: summary,
        warnings,
        owner,
        skipped,
        held,
        partner_files,
        events,
        index,
        kept: plan.map_or_else(Vec::new, |plan| {
            plan.increment
                .outputs
                .iter()
                // What the last build wrote for a changed (or deleted) release alone goes, unless
                // this build wrote it again (a photo or a translation may be gone, or the release).
                .filter(|(f, _, _)| {
                    !p.output_release(f)
                        .is_some_and(|id| plan.increment.releases.contains(id))
                })
                .map(|(f, _, _)| f.clone())
                .collect()
        }),
    })
}

/// What a chunk's worker sends on as it renders.
enum Side {
    /// Files about to come.
    Announce(Vec<String>),
    /// A rendered file.
    File(String, Vec<u8>),
}

/// What a worker does with each localized chunk of public releases: judges its editions against
/// the review lock, renders their own files (pages, NewsML, picture items), and keeps what the
/// feeds and home pages need.
struct ChunkWork<'a> {
    p: &'a silkwire_core::Publication,
    review: &'a silkwire_check::ReviewState,
    strict: bool,
    /// In an incremental build, the releases whose own files are rendered (the others' are kept).
    changed: Option<&'a BTreeSet<String>>,
}

/// What the rest of the build keeps of a chunk.
#[derive(Default)]
struct ChunkOut {
    /// Per target locale, in the publication's order.
    locales: Vec<ChunkLocale>,
    /// The localization's warnings.
    warnings: Vec<Warning>,
    /// Editions left out for translation gaps.
    skipped: Vec<silkwire_l10n::Skipped>,
    /// Outdated editions refused (with `--strict`).
    refused: Diagnostics,
    /// A held chunk's localization, whole (for partners).
    held: Option<silkwire_l10n::Localized>,
}

/// What a target locale's feeds, home page and summary need, gathered chunk by chunk: a chunk's
/// ([`ChunkLocale`], its uncapped feeds' items in memory) and the build's (`LocaleState<FeedStream>`,
/// those items so far in files).
struct LocaleState<S> {
    locale: String,
    text: silkwire_l10n::PublicationText,
    /// Editions (withdrawn ones included).
    editions: usize,
    /// Editions of the changed releases (in an incremental build).
    changed: usize,
    /// (release, headline, dateline) of every edition that is not withdrawn, newest first.
    entries: Vec<[String; 3]>,
    /// Per channel of the publication: its newest editions that are not withdrawn, as many as a
    /// feed may carry.
    feeds: Vec<Vec<Edition>>,
    /// Per channel, when feeds have no cap: the feed's items.
    streams: Vec<S>,
    /// Warnings about editions published with outdated translations.
    outdated: Vec<Warning>,
}

/// A chunk's state of a locale.
type ChunkLocale = LocaleState<ChunkStream>;

/// A chunk's items of an uncapped feed, rendered.
struct ChunkStream {
    items: usize,
    /// The newest `modified` of the items.
    updated: Option<silkwire_core::time::Timestamp>,
    /// Per format of the publication, the items' text.
    text: Vec<Vec<u8>>,
}

/// An uncapped feed's items so far, in a temporary file per format (removed when dropped): a
/// full-archive feed is not held in memory.
struct FeedStream {
    items: usize,
    updated: Option<silkwire_core::time::Timestamp>,
    bodies: Vec<(std::path::PathBuf, std::io::BufWriter<std::fs::File>)>,
}

impl FeedStream {
    fn new(formats: usize) -> std::io::Result<Self> {
        static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let mut bodies = Vec::new();
        for _ in 0..formats {
            let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let path =
                std::env::temp_dir().join(format!("silkwire-{}-feed-{n}.tmp", std::process::id()));
            let file = std::fs::File::create(&path)?;
            bodies.push((path, std::io::BufWriter::new(file)));
        }
        Ok(FeedStream {
            items: 0,
            updated: None,
            bodies,
        })
    }

    /// Appends a chunk's items (all older than those so far).
    fn append(&mut self, more: ChunkStream, formats: &[FeedFormat]) -> std::io::Result<()> {
        use std::io::Write;
        if more.items == 0 {
            return Ok(());
        }
        for ((_, body), (text, format)) in self.bodies.iter_mut().zip(more.text.iter().zip(formats))
        {
            if self.items > 0 {
                body.write_all(silkwire_feeds::separator(*format))?;
            }
            body.write_all(text)?;
        }
        self.items += more.items;
        self.updated = self.updated.max(more.updated);
        Ok(())
    }
}

impl Drop for FeedStream {
    fn drop(&mut self) {
        for (path, _) in &self.bodies {
            let _ = std::fs::remove_file(path);
        }
    }
}

impl LocaleState<FeedStream> {
    /// The build's state from the first chunk's: an uncapped feed's items go to a file.
    fn start(first: ChunkLocale, formats: &[FeedFormat]) -> std::io::Result<Self> {
        let LocaleState {
            locale,
            text,
            editions,
            changed,
            entries,
            feeds,
            streams,
            outdated,
        } = first;
        let streams = streams
            .into_iter()
            .map(|items| {
                let mut stream = FeedStream::new(formats.len())?;
                stream.append(items, formats)?;
                Ok(stream)
            })
            .collect::<std::io::Result<Vec<_>>>()?;
        Ok(LocaleState {
            locale,
            text,
            editions,
            changed,
            entries,
            feeds,
            streams,
            outdated,
        })
    }

    /// Adds the next chunk's state (its editions are all older).
    fn absorb(
        &mut self,
        more: ChunkLocale,
        cap: Option<usize>,
        formats: &[FeedFormat],
    ) -> std::io::Result<()> {
        for (stream, items) in self.streams.iter_mut().zip(more.streams) {
            stream.append(items, formats)?;
        }
        self.editions += more.editions;
        self.changed += more.changed;
        self.entries.extend(more.entries);
        for (feed, more) in self.feeds.iter_mut().zip(more.feeds) {
            let room = cap.map_or(usize::MAX, |c| c.saturating_sub(feed.len()));
            feed.extend(more.into_iter().take(room));
        }
        self.outdated.extend(more.outdated);
        Ok(())
    }
}

impl ChunkWork<'_> {
    fn renders(&self, release: &str) -> bool {
        self.changed.is_none_or(|c| c.contains(release))
    }

    fn run(
        &self,
        part: silkwire_l10n::Localized,
        held: bool,
        send: &dyn Fn(Side),
    ) -> Result<ChunkOut, BuildError> {
        if held {
            // Its warnings come with the held localization, after everything public.
            return Ok(ChunkOut {
                held: Some(part),
                ..ChunkOut::default()
            });
        }
        let p = self.p;
        let render_err = |path: &str| {
            let path = path.to_string();
            move |source| BuildError::Render { path, source }
        };
        let mut out = ChunkOut {
            warnings: part.warnings,
            skipped: part.skipped,
            ..ChunkOut::default()
        };
        let mut outdated: Vec<Vec<Warning>> = Vec::new();
        for build in &part.locales {
            outdated.push(self.judge(build, &mut out.refused));
        }
        if !out.refused.is_empty() {
            return Ok(out);
        }
        // The editions' own files: announced, then rendered and sent one by one.
        let own: Vec<(&silkwire_l10n::LocaleBuild, &Edition)> = part
            .locales
            .iter()
            .flat_map(|b| b.editions.iter().map(move |e| (b, e)))
            .filter(|(_, e)| self.renders(&e.release.id))
            .collect();
        let mut paths = Vec::new();
        for (build, e) in &own {
            if p.outputs.pages {
                paths.push(p.edition_path(&build.locale, &e.release.id));
            }
            if p.outputs.newsml {
                paths.push(p.newsml_path(&build.locale, &e.release.id));
            }
        }
        send(Side::Announce(paths));
        for (build, e) in own {
            if p.outputs.pages {
                let path = p.edition_path(&build.locale, &e.release.id);
                let page = silkwire_pages::edition_page(p, build, e).map_err(render_err(&path))?;
                send(Side::File(path, page));
            }
            if p.outputs.newsml {
                let path = p.newsml_path(&build.locale, &e.release.id);
                let item =
                    silkwire_newsml::news_item(p, &build.text, e).map_err(render_err(&path))?;
                send(Side::File(path, item));
            }
        }
        // Each photo as its own picture item, with its caption in every language that has the
        // release.
        if p.outputs.pictures {
            let mut releases: Vec<&silkwire_core::Release> = Vec::new();
            let mut seen = std::collections::HashSet::new();
            for build in &part.locales {
                for e in &build.editions {
                    if self.renders(&e.release.id) && seen.insert(e.release.id.as_str()) {
                        releases.push(&e.release);
                    }
                }
            }
            for (path, item) in picture_items(p, &releases, &part.locales, false)? {
                send(Side::File(path, item));
            }
        }
        // What the feeds and home pages need: a capped feed's newest editions; an uncapped one's
        // items, rendered here.
        let cap = p.feed_max_items;
        let streamed = p.feed_max_items.is_none() && p.feed_max_bytes.is_none();
        for (build, outdated) in part.locales.into_iter().zip(outdated) {
            let mut streams = Vec::new();
            if streamed {
                for (channel, channel_text) in p.channels.iter().zip(&build.text.channels) {
                    let feed = Feed {
                        publication: p,
                        build: &build,
                        channel: channel_text,
                        editions: &[],
                        others: &[],
                    };
                    let mut stream = ChunkStream {
                        items: 0,
                        updated: None,
                        text: vec![Vec::new(); p.feed_formats().len()],
                    };
                    for e in build
                        .editions
                        .iter()
                        .filter(|e| !e.withdrawn && channel.matches(&e.release))
                    {
                        for (text, format) in stream.text.iter_mut().zip(p.feed_formats()) {
                            if stream.items > 0 {
                                text.extend_from_slice(silkwire_feeds::separator(format));
                            }
                            let path = p.feed_path(&build.locale, &channel.id, format);
                            text.extend(
                                silkwire_feeds::item(&feed, format, e)
                                    .map_err(render_err(&path))?,
                            );
                        }
                        stream.items += 1;
                        stream.updated = stream.updated.max(Some(e.modified));
                    }
                    streams.push(stream);
                }
            }
            let mut feeds: Vec<Vec<Edition>> = vec![Vec::new(); p.channels.len()];
            let mut entries = Vec::new();
            let changed = build
                .editions
                .iter()
                .filter(|e| self.changed.is_some_and(|c| c.contains(&e.release.id)))
                .count();
            let editions = build.editions.len();
            for e in build.editions {
                // A withdrawn release leaves the feeds and the home page.
                if e.withdrawn {
                    continue;
                }
                entries.push([e.release.id.clone(), e.headline.clone(), e.dateline.clone()]);
                for (feed, channel) in feeds.iter_mut().zip(&p.channels) {
                    if !streamed
                        && channel.matches(&e.release)
                        && cap.is_none_or(|c| feed.len() < c)
                    {
                        feed.push(e.clone());
                    }
                }
            }
            out.locales.push(ChunkLocale {
                locale: build.locale,
                text: build.text,
                editions,
                changed,
                entries,
                feeds,
                streams,
                outdated,
            });
        }
        Ok(out)
    }

    /// The warnings about `build`'s editions whose translation changed source since its review;
    /// with `--strict`, each is a refusal instead.
    fn judge(&self, build: &silkwire_l10n::LocaleBuild, refused: &mut Diagnostics) -> Vec<Warning> {
        let mut warnings = Vec::new();
        if self.review.outdated.is_empty() {
            return warnings;
        }
        let layers = silkwire_l10n::locale::release_chain(&build.locale);
        for e in &build.editions {
            let file = format!("releases/{}.ftl", e.release.id);
            let stale: Vec<_> = self
                .review
                .outdated
                .iter()
                .filter(|o| layers.contains(&o.locale) && o.file == file)
                .collect();
            if stale.is_empty() {
                continue;
            }
            let ids: Vec<String> = stale.iter().map(|o| format!("`{}`", o.id)).collect();
            if self.strict {
                for o in &stale {
                    refused.push(Diagnostic {
                        path: o.path.clone(),
                        line: o.line,
                        column: o.column,
                        field: o.id.clone(),
                        message: format!(
                            "the {} edition of {} is outdated: the source of `{}` changed after its review",
                            build.locale, e.release.id, o.id
                        ),
                        fix: format!(
                            "update the translation, then run `silkwire status --accept {}`",
                            o.locale
                        ),
                    });
                }
            } else {
                warnings.push(Warning::locale(&build.locale, format!(
                    "the {} edition of {} is published with {} outdated translation(s) (their source changed after review) in {}: {}\n  = fix: review them, then run `silkwire status --accept {}` (--strict refuses outdated editions)",
                    build.locale,
                    e.release.id,
                    stale.len(),
                    stale[0].path.display(),
                    ids.join(", "),
                    stale[0].locale
                )));
            }
        }
        warnings
    }
}

/// What rendering one locale's feeds and home page gives.
#[derive(Debug, Clone)]
struct Rendering {
    files: Vec<(String, Vec<u8>)>,
    /// Feeds written from their parts.
    joined: Vec<(String, Vec<Piece>)>,
    warnings: Vec<Warning>,
    summary: LocaleSummary,
}

/// The feeds and home page of one locale.
fn render_locale(
    p: &silkwire_core::Publication,
    all: &[LocaleState<FeedStream>],
    state: &LocaleState<FeedStream>,
    entries: &[[String; 3]],
) -> Result<Rendering, BuildError> {
    let mut warnings = Vec::new();
    let mut files = Vec::new();
    let mut joined = Vec::new();
    let render_err = |path: &str| {
        let path = path.to_string();
        move |source| BuildError::Render { path, source }
    };
    let build = silkwire_l10n::LocaleBuild {
        locale: state.locale.clone(),
        text: state.text.clone(),
        editions: Vec::new(),
    };
    let others: Vec<OtherLanguage> = all
        .iter()
        .filter(|s| s.locale != state.locale)
        .map(|s| OtherLanguage {
            locale: s.locale.clone(),
        })
        .collect();
    // An uncapped feed: its frame around the items in its temporary files.
    for ((channel, channel_text), stream) in p
        .channels
        .iter()
        .zip(&build.text.channels)
        .zip(&state.streams)
    {
        let feed = Feed {
            publication: p,
            build: &build,
            channel: channel_text,
            editions: &[],
            others: &others,
        };
        for (format, (body, _)) in p.feed_formats().into_iter().zip(&stream.bodies) {
            let path = p.feed_path(&build.locale, &channel.id, format);
            let parts = silkwire_feeds::frame(&feed, format, stream.updated.as_ref())
                .map_err(render_err(&path))?;
            let mut head = parts.head;
            let mut tail = parts.tail;
            if stream.items > 0 {
                head.extend_from_slice(parts.open);
                tail.splice(0..0, parts.close.iter().copied());
            }
            joined.push((
                path,
                vec![
                    Piece::Bytes(head),
                    Piece::File(body.clone()),
                    Piece::Bytes(tail),
                ],
            ));
        }
    }
    for ((channel, channel_text), editions) in p
        .channels
        .iter()
        .zip(&build.text.channels)
        .zip(&state.feeds)
        .filter(|_| state.streams.is_empty())
    {
        // Newest first (localize sorted them, ties by id), at most `feed_max_items`.
        let editions: Vec<&Edition> = editions.iter().collect();
        let feed = |editions: &[&Edition], format: FeedFormat| {
            let feed = Feed {
                publication: p,
                build: &build,
                channel: channel_text,
                editions,
                others: &others,
            };
            match format {
                FeedFormat::Rss => silkwire_feeds::rss(&feed),
                FeedFormat::Atom => silkwire_feeds::atom(&feed),
                FeedFormat::Json => silkwire_feeds::json_feed(&feed),
            }
        };
        // Every format carries the same items: as many as the largest of them can hold.
        let mut count = editions.len();
        for format in p.feed_formats() {
            let path = p.feed_path(&build.locale, &channel.id, format);
            let (n, over) = fitting(&editions, p.feed_max_bytes, |e| feed(e, format))
                .map_err(render_err(&path))?;
            if over {
                warnings.push(Warning::locale(&build.locale, format!(
                    "{path}: its newest item alone is over feed_max_bytes ({} bytes): the feed carries it all the same",
                    p.feed_max_bytes.unwrap_or_default()
                )));
            }
            count = count.min(n);
        }
        for format in p.feed_formats() {
            let path = p.feed_path(&build.locale, &channel.id, format);
            let bytes = feed(&editions[..count], format).map_err(render_err(&path))?;
            files.push((path, bytes));
        }
    }
    let languages: Vec<Language> = all
        .iter()
        .filter(|s| s.locale != state.locale)
        .map(|s| Language {
            locale: s.locale.clone(),
            name: s.text.language_name.clone(),
        })
        .collect();
    if p.outputs.pages {
        let home_path = format!("{}/index.html", build.locale);
        let entries: Vec<silkwire_pages::HomeEntry<'_>> = entries
            .iter()
            .map(|[release, headline, dateline]| silkwire_pages::HomeEntry {
                release,
                headline,
                dateline,
            })
            .collect();
        let home = silkwire_pages::home_page_with(p, &build, &entries, &languages)
            .map_err(render_err(&home_path))?;
        files.push((home_path, home));
    }
    Ok(Rendering {
        files,
        joined,
        warnings,
        summary: LocaleSummary {
            locale: build.locale.clone(),
            editions: state.editions,
            ..LocaleSummary::default()
        },
    })
}

/// Every photo of `releases` as its own NewsML picture item, captioned in each locale that has the
/// release; `embargoed` marks them for partners.
fn picture_items(
    p: &silkwire_core::Publication,
    releases: &[&silkwire_core::Release],
    locales: &[silkwire_l10n::LocaleBuild],
    embargoed: bool,
) -> Result<Vec<(String, Vec<u8>)>, BuildError> {
    let mut files = Vec::new();
    // Every edition by release, in locale order (one pass, not one per release).
    let mut by_release: std::collections::HashMap<&str, Vec<(&str, &Edition, &str)>> =
        std::collections::HashMap::new();
    for b in locales {
        for e in &b.editions {
            by_release.entry(e.release.id.as_str()).or_default().push((
                b.locale.as_str(),
                e,
                b.text.provider.as_str(),
            ));
        }
    }
    for r in releases {
        let editions = by_release.remove(r.id.as_str()).unwrap_or_default();
        let source =
            silkwire_l10n::locale::canonicalize(&r.source_locale.value).unwrap_or_default();
        let Some((_, main, provider)) = editions
            .iter()
            .find(|(l, _, _)| {
                silkwire_l10n::locale::base(l) == silkwire_l10n::locale::base(&source)
            })
            .or(editions.first())
            .copied()
        else {
            continue;
        };
        let embargo = r.embargo.filter(|_| embargoed);
        for (i, photo) in r.photos.iter().enumerate() {
            let captions: Vec<silkwire_newsml::Caption<'_>> = editions
                .iter()
                .filter_map(|(l, e, _)| {
                    e.photos.get(i).map(|t| silkwire_newsml::Caption {
                        locale: l,
                        caption: &t.caption,
                    })
                })
                .collect();
            let credit = main.photos.get(i).map_or("", |t| t.credit.as_str());
            let path = p.picture_path(&r.id, &photo.id);
            let item = silkwire_newsml::picture_item(
                p,
                provider,
                main,
                photo,
                credit,
                &captions,
                embargo.as_ref(),
            )
            .map_err(|source| BuildError::Render {
                path: path.clone(),
                source,
            })?;
            files.push((path, item));
        }
    }
    Ok(files)
}

/// How many of the newest `editions` a feed may carry so that `render` stays under `max_bytes`:
/// all of them if they fit, else the largest count that does (found by bisection); never fewer than
/// one. Returns the count and whether even one item exceeds the limit.
fn fitting(
    editions: &[&Edition],
    max_bytes: Option<usize>,
    render: impl Fn(&[&Edition]) -> std::io::Result<Vec<u8>>,
) -> std::io::Result<(usize, bool)> {
    let Some(max) = max_bytes else {
        return Ok((editions.len(), false));
    };
    if editions.is_empty() || render(editions)?.len() < max {
        return Ok((editions.len(), false));
    }
    if render(&editions[..1])?.len() >= max {
        return Ok((1, true));
    }
    // `lo` items fit, `hi` items do not.
    let (mut lo, mut hi) = (1usize, editions.len());
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if render(&editions[..mid])?.len() < max {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    Ok((lo, false))
}

/// Builds the project at `root` into `out`. No output file changes unless every input is valid
/// (the build cache is dropped, and the manifest may list files to come that never did).
pub fn build(root: &Path, out: &Path) -> Result<BuildReport, BuildError> {
    build_with(root, out, None, &Options::default())
}

/// [`build`] with options; embargoed items for partners go to `partner` (never under `out`).
pub fn build_with(
    root: &Path,
    out: &Path,
    partner: Option<&Path>,
    options: &Options,
) -> Result<BuildReport, BuildError> {
    build_with_progress(root, out, partner, options, &mut |_| {})
}

/// [`build_with`], calling `progress` as each step starts.
pub fn build_with_progress(
    root: &Path,
    out: &Path,
    partner: Option<&Path>,
    options: &Options,
    progress: &mut dyn FnMut(Step<'_>),
) -> Result<BuildReport, BuildError> {
    // One clock for the whole build, and the cache's verdict first: an unchanged project with
    // untouched outputs is not built again.
    let now = options.now.unwrap_or_else(silkwire_core::time::system_now);
    let options = &Options {
        now: Some(now),
        ..options.clone()
    };
    // The inputs as they are before any is read: what the cache records of this build (none with
    // partner copy, which the cache never vouches for).
    let snapshot = partner
        .is_none()
        .then(|| crate::cache::snapshot(root))
        .flatten();
    let mut increment = None;
    if let Some(snapshot) = &snapshot {
        match crate::cache::verdict(root, out, options, &now, snapshot) {
            crate::cache::Verdict::Fresh(report) => return Ok(*report),
            crate::cache::Verdict::Partial(i) => increment = Some(i),
            crate::cache::Verdict::Full => {}
        }
    }
    // Every file is written (to its temporary name) as soon as it is rendered: the whole archive's
    // output is never in memory at once. Nothing is renamed into place before every input was
    // checked.
    let mut tree: Option<crate::output::TreeWriter> = None;
    let mut produced: Vec<String> = Vec::new();
    let mut rendered = render_inner(
        root,
        options,
        increment.as_ref(),
        progress,
        &mut |owner, batch| {
            if tree.is_none() {
                // No cache may vouch for a folder while it is being written.
                crate::cache::clear(out);
                tree = Some(crate::output::TreeWriter::begin(out, owner)?);
            }
            if let Some(tree) = tree.as_mut() {
                match batch {
                    Batch::Announce(paths) => tree.announce(&paths)?,
                    Batch::Files(files) => {
                        produced.extend(files.iter().map(|(p, _)| p.clone()));
                        tree.write(&files)?;
                    }
                    Batch::Joined(path, pieces) => {
                        tree.write_joined(&path, &pieces)?;
                        produced.push(path);
                    }
                }
            }
            Ok(())
        },
    )?;
    // An edition an earlier build published and this one drops disappears from partners' feeds:
    // say so loudly. (This build wrote no page for it: a page there is the earlier build's.)
    for (locale, release, page) in &rendered.skipped {
        if out.join(page).is_file() {
            rendered.warnings.push(Warning::locale(locale, format!(
                "WITHDRAWN: the {locale} edition of {release} was published by an earlier build ({}) and this build drops it, so it disappears from the {locale} feeds and wire; complete its translation, or build with --strict to stop instead",
                out.join(page).display()
            )));
            if let Some(row) = rendered.locales.iter_mut().find(|r| r.locale == *locale) {
                row.warnings += 1;
            }
        }
    }
    progress(Step::Writing {
        files: rendered.partner_files.len(),
    });
    let mut tree = match tree {
        Some(t) => t,
        None => {
            crate::cache::clear(out);
            crate::output::TreeWriter::begin(out, &rendered.owner)?
        }
    };
    tree.keep(&rendered.kept);
    produced.extend(rendered.kept.iter().cloned());
    let report = tree.finish()?;
    let partner_report = match partner {
        Some(dir) => Some(write_tree(dir, &rendered.owner, &rendered.partner_files)?),
        None => None,
    };
    let build_report = BuildReport {
        cached: false,
        rebuilt: increment
            .as_ref()
            .map(|i| i.releases.iter().cloned().collect())
            .unwrap_or_default(),
        held: rendered.held,
        partner: partner_report,
        locales: rendered.locales,
        files: report,
        warnings: rendered.warnings,
        skipped: rendered
            .skipped
            .iter()
            .map(|(l, r, _)| (l.clone(), r.clone()))
            .collect(),
    };
    // The cache vouches for this build only when a rebuild would report the same: not with
    // partner copy, nor when this build's report depends on what the folder held before.
    let depends_on_before = build_report
        .warnings
        .iter()
        .any(|w| w.message.starts_with("WITHDRAWN"))
        || !build_report.files.kept.is_empty()
        || build_report.files.other_owner.is_some();
    if partner.is_none() && !depends_on_before {
        produced.sort();
        produced.dedup();
        // A cache that cannot be written only costs the next build its shortcut.
        if let Some(snapshot) = &snapshot {
            let record = crate::cache::Record {
                snapshot,
                events: &rendered.events,
                produced: &produced,
                kept: increment.as_ref(),
                index: &rendered.index,
            };
            let _ = crate::cache::save(root, out, options, &now, &build_report, &record);
        }
    }
    Ok(build_report)
}
