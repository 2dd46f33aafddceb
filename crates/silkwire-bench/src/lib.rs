//! Silkwire's archive-scale benchmark.
//!
//! [`corpus::generate`] writes a synthetic archive in Silkwire's own input format: `N` releases, each
//! translated into a list of locales, deterministic from a seed. The text of every language is real:
//! sentences of the shipped reference release in that language, recombined into 6–10 paragraphs of
//! about 500 English words' worth (so Chinese, Thai, Burmese, Khmer and Lao have their true byte
//! length), with a photo, 3–6 subjects and dates spread over five years.
//!
//! The `silkwire-bench` binary times `silkwire build` on it as a whole process (wall, CPU, peak
//! memory) and writes `BENCHMARKS.md`; see its `--help`.
//!
//! ```
//! let rng = &mut silkwire_bench::Rng::new(7);
//! let a: Vec<u64> = (0..3).map(|_| rng.below(100)).collect();
//! let rng = &mut silkwire_bench::Rng::new(7);
//! let b: Vec<u64> = (0..3).map(|_| rng.below(100)).collect();
//! assert_eq!(a, b, "the same seed gives the same corpus");
//! ```
#![deny(missing_docs)]

pub mod corpus;

/// A small deterministic generator (xorshift64*): the same seed gives the same corpus on every
/// machine.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from `seed`.
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
}
