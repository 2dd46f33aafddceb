//! Cutting text to a length for derived summaries: never inside a grapheme cluster, and at a word
//! boundary found by a real segmenter (ICU4X), which Thai, Lao, Khmer and Burmese need since they
//! write no spaces between words.

use icu::segmenter::options::WordBreakInvariantOptions;
use icu::segmenter::{GraphemeClusterSegmenter, WordSegmenter};

/// `text` if it has at most `max` characters, else its longest prefix of fewer characters that ends
/// at a word boundary (or, for one overlong word, at a grapheme boundary), trimmed, with `…` added.
///
/// ```
/// use silkwire_l10n::cut::cut;
/// assert_eq!(cut("Short enough.", 20), "Short enough.");
/// assert_eq!(cut("Qingxiu District is building a cluster", 20), "Qingxiu District is…");
/// // Thai: "every two weeks", cut between words, not inside one.
/// assert_eq!(cut("ทุกสองสัปดาห์", 8), "ทุกสอง…");
/// ```
pub fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max || max == 0 {
        return text.to_string();
    }
    let budget = max - 1; // room for the ellipsis
    let fits = |end: usize| text[..end].chars().count() <= budget;
    let words = WordSegmenter::new_auto(WordBreakInvariantOptions::default());
    let mut end = words
        .segment_str(text)
        .take_while(|&b| fits(b))
        .filter(|&b| b > 0 && !text[..b].trim_end().is_empty())
        .last();
    if end.is_none() {
        end = GraphemeClusterSegmenter::new()
            .segment_str(text)
            .take_while(|&b| fits(b))
            .filter(|&b| b > 0)
            .last();
    }
    let prefix = text[..end.unwrap_or(0)].trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | ':' | '、' | '，' | '၊')
    });
    format!("{prefix}…")
}

/// `text` broken into lines of at most `width` terminal columns, at the line-break opportunities
/// of Unicode's line breaking rules (ICU4X, with dictionaries for Thai, Lao, Khmer and Burmese);
/// a word wider than `width` gets a line of its own. Spaces at the end of a line are dropped.
///
/// ```
/// use silkwire_l10n::cut::wrap;
/// assert_eq!(wrap("Qingxiu District is building a cluster", 20), ["Qingxiu District is", "building a cluster"]);
/// // Chinese breaks between characters; each is two columns wide.
/// assert_eq!(wrap("青秀区正在打造产业集群", 10), ["青秀区正在", "打造产业集", "群"]);
/// ```
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    use icu::segmenter::options::LineBreakOptions;
    use icu::segmenter::LineSegmenter;
    let segmenter = LineSegmenter::new_auto(LineBreakOptions::default());
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut start = 0;
    for end in segmenter.segment_str(text).filter(|&b| b > 0) {
        let piece = &text[start..end];
        start = end;
        let candidate = format!("{line}{piece}");
        if crate::width::display_width(candidate.trim_end()) <= width || line.is_empty() {
            line = candidate;
        } else {
            lines.push(line.trim_end().to_string());
            line = piece.to_string();
        }
    }
    if !line.trim_end().is_empty() || lines.is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::cut;
    use icu::segmenter::options::WordBreakInvariantOptions;
    use icu::segmenter::{GraphemeClusterSegmenter, WordSegmenter};

    /// The cut text (without its ellipsis) ends where the segmenters say words and clusters end.
    fn on_boundaries(text: &str, max: usize) {
        let out = cut(text, max);
        let prefix = out.strip_suffix('…').unwrap_or(&out);
        assert!(
            text.starts_with(prefix),
            "{out:?} is not a prefix of {text:?}"
        );
        assert!(out.chars().count() <= max, "{out:?} is longer than {max}");
        let graphemes: Vec<usize> = GraphemeClusterSegmenter::new().segment_str(text).collect();
        assert!(
            graphemes.contains(&prefix.len()),
            "{prefix:?} ends inside a cluster"
        );
        let words: Vec<usize> = WordSegmenter::new_auto(WordBreakInvariantOptions::default())
            .segment_str(text)
            .collect();
        let first_word = words.iter().copied().find(|&b| b > 0).unwrap_or(text.len());
        let overlong = text[..first_word].chars().count() > max - 1;
        let between = text[prefix.len()..]
            .chars()
            .next()
            .is_some_and(char::is_whitespace)
            || words.contains(&prefix.len());
        // Only a first word longer than the whole budget is cut inside (at a cluster boundary).
        assert!(between || overlong, "{prefix:?} ends inside a word");
    }

    #[test]
    fn every_script_is_cut_between_words() {
        let texts = [
            "เขตชิงซิ่วในนครหนานหนิง กว่างซี กำลังสร้างคลัสเตอร์อุตสาหกรรมยานยนต์พลังงานใหม่ที่มุ่งเจาะตลาดอาเซียน",
            "ເຂດຊິງຊິ່ວ ນະຄອນໜານໜິງ ກຳລັງສ້າງກຸ່ມອຸດສາຫະກຳລົດພະລັງງານໃໝ່ທີ່ມຸ່ງສູ່ຕະຫຼາດອາຊຽນ",
            "ខណ្ឌឈីងស៊ីវក្នុងទីក្រុងណាននីងកំពុងកសាងចង្កោមឧស្សាហកម្មយានយន្តថាមពលថ្មី",
            "နန်နင်းမြို့ရှိ ချင်ရှိုးခရိုင်သည် အာဆီယံဈေးကွက်ကို ဦးတည်သော စွမ်းအင်သစ်သုံးယာဉ်လုပ်ငန်းအစုအဝေးကို တည်ဆောက်လျက်ရှိသည်",
            "广西南宁市青秀区正在打造面向东盟市场的新能源汽车产业集群",
            "Quận Thanh Tú, thành phố Nam Ninh đang xây dựng cụm công nghiệp xe năng lượng mới",
            "சிங்சியு மாவட்டம் புதிய எரிசக்தி வாகனத் தொழில் தொகுப்பை உருவாக்கி வருகிறது",
            "👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦 family emoji",
        ];
        for text in texts {
            for max in [5, 10, 17, 30, 50] {
                on_boundaries(text, max);
            }
        }
    }
}
