//! End-to-end tests of Silkwire: the shipped sample built and compared with reviewed golden files,
//! validated against the IPTC and Atom schemas and the feed rules, and the CLI's handling of bad input.

mod check;
mod chunks;
mod cli;
mod cli_snapshots;
mod consumers;
mod desk;
mod escaping;
mod feed_rules;
mod golden;
mod incremental;
mod lifecycle;
mod locales;
mod properties;
mod seed;
mod support;
mod validate;
mod validate_cmd;
