//! A small, strict JSON reader (RFC 8259) that remembers where every value starts.
//!
//! Why not serde_json: the widget only reads one document shape, by hand (see [`crate::validate`]),
//! so it needs a value tree, not a serialisation framework; this reader is a fraction of the code
//! serde_json and its map add to the WebAssembly bundle, and its positions let every dataset
//! problem name its line.
//!
//! Invariants: [`parse`] never panics and never recurses deeper than [`MAX_DEPTH`], whatever the
//! input; it accepts exactly the JSON grammar (no comments, no trailing commas, no leading zeros,
//! no lone surrogates, no control characters in strings); numbers keep their exact integer value
//! when they are whole and in `i64` range; duplicate keys in one object are an error rather than
//! one silently winning, and the error reported is always the first one in the document.
//!
//! Cost: time is linear in the input, apart from sorting each object's keys once to find repeats
//! (n log n), also for one object with a million keys; every array and object is allocated once at
//! its exact size, so memory stays a small multiple of the input. [`line_cols`] finds the places of
//! any number of offsets in one pass over the text.

/// Deeper nesting than this is refused (the dataset format needs 7 levels).
pub const MAX_DEPTH: usize = 64;

#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub value: Value,
    /// Byte offset of the value's first character in the input.
    pub offset: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Node>),
    /// Members in document order; keys are unique.
    Object(Vec<(String, Node)>),
}

/// A JSON number: exact when it is a whole number that fits `i64`, otherwise approximate; whether
/// it is whole is always known exactly, from its digits.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Number {
    /// The exact value for whole numbers in `i64` range (`3`, `-1`, `3.0`, `3e2`).
    pub int: Option<i64>,
    /// Whether the number is whole, decided on the decimal digits as written, not on a float:
    /// `4.0000000000000000001` and `1e-400` are not, `1e400` and `3.0` are.
    pub whole: bool,
    /// A close approximation, good for range checks (not for arithmetic that must be exact).
    pub approx: f64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxKind {
    UnexpectedEnd,
    UnexpectedChar,
    BadEscape,
    ControlInString,
    BadNumber,
    TooDeep,
    DuplicateKey,
    TrailingChars,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxKind,
    /// Byte offset where the problem was found.
    pub offset: usize,
}

impl Value {
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Node]> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&[(String, Node)]> {
        match self {
            Value::Object(members) => Some(members),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }
}

impl Node {
    /// The member `key` of an object (`None` for other values or a missing key).
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.value
            .as_object()?
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, n)| n)
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(input: &str, offset: usize) -> (usize, usize) {
    line_cols(input, &[offset])
        .first()
        .copied()
        .unwrap_or((1, 1))
}

/// The 1-based line and column (in characters) of each byte offset, in the order given. One pass
/// over the text for all of them: a hundred problems at the end of a 16 MB line cost one read of
/// the line, not a hundred. An offset inside a character counts as that character's start; one
/// past the end, as the end.
pub fn line_cols(input: &str, offsets: &[usize]) -> Vec<(usize, usize)> {
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    sort_indices(&mut order, &|a, b| offsets[a].cmp(&offsets[b]));
    let bytes = input.as_bytes();
    let mut out = vec![(1, 1); offsets.len()];
    let (mut line, mut column, mut pos) = (1, 1, 0);
    for i in order {
        let mut end = offsets[i].min(input.len());
        while !input.is_char_boundary(end) {
            end -= 1;
        }
        for &b in bytes.get(pos..end).unwrap_or_default() {
            if b == b'\n' {
                line += 1;
                column = 1;
            } else if b & 0xC0 != 0x80 {
                // Not a UTF-8 continuation byte: a character starts here.
                column += 1;
            }
        }
        pos = pos.max(end);
        out[i] = (line, column);
    }
    out
}

/// Parses one JSON document (surrounding whitespace allowed, nothing else).
pub fn parse(input: &str) -> Result<Node, SyntaxError> {
    let mut p = Parser {
        bytes: input.as_bytes(),
        pos: 0,
        items: Vec::new(),
        members: Vec::new(),
        key_offsets: Vec::new(),
    };
    p.skip_ws();
    let node = p.value(0)?;
    p.skip_ws();
    if p.pos < p.bytes.len() {
        return Err(p.error(SyntaxKind::TrailingChars));
    }
    Ok(node)
}

struct Parser<'a> {
    bytes: &'a [u8],
    pos: usize,
    /// The items of the arrays being read, innermost last: an array takes its own off the top
    /// when it closes, into a `Vec` of exactly its length.
    items: Vec<Node>,
    /// The same for the members of the objects being read, and where each member's key starts.
    members: Vec<(String, Node)>,
    key_offsets: Vec<usize>,
}

impl Parser<'_> {
    fn error(&self, kind: SyntaxKind) -> SyntaxError {
        SyntaxError {
            kind,
            offset: self.pos,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn expect(&mut self, byte: u8) -> Result<(), SyntaxError> {
        match self.peek() {
            Some(b) if b == byte => {
                self.pos += 1;
                Ok(())
            }
            Some(_) => Err(self.error(SyntaxKind::UnexpectedChar)),
            None => Err(self.error(SyntaxKind::UnexpectedEnd)),
        }
    }

    fn literal(&mut self, word: &[u8], value: Value) -> Result<Value, SyntaxError> {
        for &b in word {
            self.expect(b)?;
        }
        Ok(value)
    }

    fn value(&mut self, depth: usize) -> Result<Node, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(self.error(SyntaxKind::TooDeep));
        }
        let offset = self.pos;
        let value = match self.peek() {
            None => return Err(self.error(SyntaxKind::UnexpectedEnd)),
            Some(b'{') => self.object(depth)?,
            Some(b'[') => self.array(depth)?,
            Some(b'"') => Value::String(self.string()?),
            Some(b't') => self.literal(b"true", Value::Bool(true))?,
            Some(b'f') => self.literal(b"false", Value::Bool(false))?,
            Some(b'n') => self.literal(b"null", Value::Null)?,
            Some(b'-' | b'0'..=b'9') => Value::Number(self.number()?),
            Some(_) => return Err(self.error(SyntaxKind::UnexpectedChar)),
        };
        Ok(Node { value, offset })
    }

    fn array(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        self.pos += 1;
        let start = self.items.len();
        let result = self.array_items(depth);
        // Taken off the stack in every case; on success, allocated once at its exact length.
        let items = self.items.split_off(start);
        result.map(|()| Value::Array(items))
    }

    fn array_items(&mut self, depth: usize) -> Result<(), SyntaxError> {
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(());
        }
        loop {
            self.skip_ws();
            let item = self.value(depth + 1)?;
            self.items.push(item);
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(());
                }
                Some(_) => return Err(self.error(SyntaxKind::UnexpectedChar)),
                None => return Err(self.error(SyntaxKind::UnexpectedEnd)),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        self.pos += 1;
        let start = self.members.len();
        let result = self.object_members(depth);
        // A repeated key is reported where it repeats, unless an error comes earlier in the
        // document (inside a value before the repeat); an error after it never hides it.
        let repeat = first_repeat(&self.members[start..], &self.key_offsets[start..]);
        let members = self.members.split_off(start);
        self.key_offsets.truncate(start);
        match (result, repeat) {
            (Err(e), Some(at)) if e.offset < at => Err(e),
            (_, Some(at)) => Err(SyntaxError {
                kind: SyntaxKind::DuplicateKey,
                offset: at,
            }),
            (Err(e), None) => Err(e),
            (Ok(()), None) => Ok(Value::Object(members)),
        }
    }

    fn object_members(&mut self, depth: usize) -> Result<(), SyntaxError> {
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(());
        }
        loop {
            self.skip_ws();
            let key_at = self.pos;
            if self.peek() != Some(b'"') {
                return Err(self.error(if self.peek().is_none() {
                    SyntaxKind::UnexpectedEnd
                } else {
                    SyntaxKind::UnexpectedChar
                }));
            }
            let key = self.string()?;
            // The key counts from here on (for repeats), its value is filled in once read.
            self.members.push((
                key,
                Node {
                    value: Value::Null,
                    offset: 0,
                },
            ));
            self.key_offsets.push(key_at);
            self.skip_ws();
            self.expect(b':')?;
            self.skip_ws();
            let value = self.value(depth + 1)?;
            if let Some(last) = self.members.last_mut() {
                last.1 = value;
            }
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(());
                }
                Some(_) => return Err(self.error(SyntaxKind::UnexpectedChar)),
                None => return Err(self.error(SyntaxKind::UnexpectedEnd)),
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let mut n = 0u32;
        for _ in 0..4 {
            let digit = match self.peek() {
                Some(b @ b'0'..=b'9') => u32::from(b - b'0'),
                Some(b @ b'a'..=b'f') => u32::from(b - b'a' + 10),
                Some(b @ b'A'..=b'F') => u32::from(b - b'A' + 10),
                Some(_) => return Err(self.error(SyntaxKind::BadEscape)),
                None => return Err(self.error(SyntaxKind::UnexpectedEnd)),
            };
            n = n * 16 + digit;
            self.pos += 1;
        }
        Ok(n)
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.pos += 1; // the opening quote
        let mut out = String::new();
        loop {
            // Copy the run up to the next quote, backslash or control character in one go.
            let start = self.pos;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            // The input is a &str and the run stops only at ASCII bytes, so it is valid UTF-8.
            out.push_str(std::str::from_utf8(&self.bytes[start..self.pos]).unwrap_or_default());
            match self.peek() {
                None => return Err(self.error(SyntaxKind::UnexpectedEnd)),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let escaped = match self.peek() {
                        None => return Err(self.error(SyntaxKind::UnexpectedEnd)),
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.pos += 1;
                            let c = self.unicode_escape()?;
                            out.push(c);
                            continue;
                        }
                        Some(_) => return Err(self.error(SyntaxKind::BadEscape)),
                    };
                    self.pos += 1;
                    out.push(escaped);
                }
                Some(_) => return Err(self.error(SyntaxKind::ControlInString)),
            }
        }
    }

    /// After `\u`: one code point, or a surrogate pair written as two escapes.
    fn unicode_escape(&mut self) -> Result<char, SyntaxError> {
        let at = self.pos;
        let bad = SyntaxError {
            kind: SyntaxKind::BadEscape,
            offset: at,
        };
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if self.bytes.get(self.pos..self.pos + 2) != Some(b"\\u") {
                    return Err(bad);
                }
                self.pos += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(bad);
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(bad),
            c => c,
        };
        char::from_u32(code).ok_or(bad)
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
        self.pos - start
    }

    fn number(&mut self) -> Result<Number, SyntaxError> {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.pos += 1;
        }
        let int_start = self.pos;
        let int_len = self.digits();
        if int_len == 0 || (int_len > 1 && self.bytes.get(int_start) == Some(&b'0')) {
            return Err(self.error(SyntaxKind::BadNumber));
        }
        let int_digits = &self.bytes[int_start..int_start + int_len];
        let mut frac_digits: &[u8] = &[];
        if self.peek() == Some(b'.') {
            self.pos += 1;
            let frac_start = self.pos;
            if self.digits() == 0 {
                return Err(self.error(SyntaxKind::BadNumber));
            }
            frac_digits = &self.bytes[frac_start..self.pos];
        }
        let mut exponent: i64 = 0;
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            let exp_negative = match self.peek() {
                Some(b'-') => {
                    self.pos += 1;
                    true
                }
                Some(b'+') => {
                    self.pos += 1;
                    false
                }
                _ => false,
            };
            let exp_start = self.pos;
            if self.digits() == 0 {
                return Err(self.error(SyntaxKind::BadNumber));
            }
            for &d in &self.bytes[exp_start..self.pos] {
                // Saturates, far beyond the number of digits a number can have (the input is at
                // most a few MB), so that 1e999999999999999 is just "huge", never an overflow,
                // and whether a number is whole stays exact.
                exponent = (exponent * 10 + i64::from(d - b'0')).min(1_000_000_000_000);
            }
            if exp_negative {
                exponent = -exponent;
            }
        }
        Ok(number_value(negative, int_digits, frac_digits, exponent))
    }
}

/// Where the first key that repeats an earlier key of the same object starts, if any. Small
/// objects compare every pair; larger ones sort their keys once ([`repeats`]).
fn first_repeat(members: &[(String, Node)], key_offsets: &[usize]) -> Option<usize> {
    const SMALL: usize = 12;
    let n = members.len().min(key_offsets.len());
    if n <= SMALL {
        return (1..n)
            .find(|&j| members[..j].iter().any(|(k, _)| *k == members[j].0))
            .map(|j| key_offsets[j]);
    }
    repeats(n, &|i| Some(members[i].0.as_str()))
        .iter()
        .position(|&r| r)
        .map(|j| key_offsets[j])
}

/// For each of `n` items, whether its key (where it has one) equals the key of an earlier item:
/// the indices sorted once by key and position (n log n, no hash map), so that the second of
/// each run of equal keys is a repeat. Used for the keys of an object and the ids of a list.
pub fn repeats<'a>(n: usize, key: &dyn Fn(usize) -> Option<&'a str>) -> Vec<bool> {
    let mut order: Vec<usize> = (0..n).filter(|&i| key(i).is_some()).collect();
    sort_indices(&mut order, &|a, b| key(a).cmp(&key(b)).then(a.cmp(&b)));
    let mut repeated = vec![false; n];
    for pair in order.windows(2) {
        if key(pair[0]) == key(pair[1]) {
            repeated[pair[1]] = true;
        }
    }
    repeated
}

/// Sorts indices by a comparison of what they point to. Every sort of the reader and the
/// validator goes through this one instantiation (a `dyn` comparator), which keeps the
/// WebAssembly bundle small; comparators end in a total tie-break where order matters.
pub fn sort_indices(indices: &mut [usize], cmp: &dyn Fn(usize, usize) -> std::cmp::Ordering) {
    indices.sort_unstable_by(|&a, &b| cmp(a, b));
}

/// Sorts `items` by `cmp` through [`sort_indices`] (unstable; end `cmp` in a tie-break where
/// order matters): generic only in the small permutation, so a sort of another element type
/// costs no second copy of the sorting code.
pub fn sort_by<T: Clone>(items: &mut Vec<T>, cmp: &dyn Fn(&T, &T) -> std::cmp::Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_indices(&mut order, &|a, b| match (items.get(a), items.get(b)) {
        (Some(x), Some(y)) => cmp(x, y),
        _ => a.cmp(&b),
    });
    let sorted: Vec<T> = order
        .iter()
        .filter_map(|&i| items.get(i).cloned())
        .collect();
    *items = sorted;
}

/// The value of a number token from its parts, exact for whole `i64` values.
fn number_value(negative: bool, int_digits: &[u8], frac_digits: &[u8], exponent: i64) -> Number {
    // Significant digits without the decimal point, and the power of ten that scales them.
    let all = int_digits.iter().chain(frac_digits);
    let scale = exponent - frac_digits.len() as i64;
    // Whole exactly when the digits, without their trailing zeros, end at or before the point
    // (or are all zero).
    let significant = int_digits.len() + frac_digits.len();
    let trailing_zeros = all.clone().rev().take_while(|&&d| d == b'0').count();
    let whole = trailing_zeros == significant || scale + trailing_zeros as i64 >= 0;
    let mut mantissa: u128 = 0;
    let mut dropped: i64 = 0; // digits beyond u128 precision
    let mut approx_mantissa = 0.0_f64;
    for &d in all {
        approx_mantissa = approx_mantissa * 10.0 + f64::from(d - b'0');
        match mantissa
            .checked_mul(10)
            .and_then(|m| m.checked_add(u128::from(d - b'0')))
        {
            Some(m) if dropped == 0 => mantissa = m,
            _ => dropped += 1,
        }
    }
    let approx = approx_mantissa * 10f64.powi(scale.clamp(-400, 400) as i32);
    let approx = if negative { -approx } else { approx };
    let int = if dropped > 0 {
        None
    } else if scale >= 0 {
        (0..scale)
            .try_fold(mantissa, |m, _| m.checked_mul(10))
            .and_then(|m| signed(negative, m))
    } else {
        let divisor = (0..-scale).try_fold(1u128, |m, _| m.checked_mul(10));
        match divisor {
            Some(div) if mantissa.is_multiple_of(div) => signed(negative, mantissa / div),
            // 1e-40000 and friends: only zero is whole.
            None if mantissa == 0 => Some(0),
            _ => None,
        }
    };
    Number { int, approx, whole }
}

fn signed(negative: bool, magnitude: u128) -> Option<i64> {
    if negative {
        i64::try_from(magnitude)
            .ok()
            .map(|m| -m)
            .or_else(|| (magnitude == i64::MIN.unsigned_abs() as u128).then_some(i64::MIN))
    } else {
        i64::try_from(magnitude).ok()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn sort_by_equals_the_standard_sort() {
        // A fixed pseudo-random sequence with many repeats, pairs compared on their first half
        // only: the index sort must give what a stable standard sort gives once ties are broken.
        let mut seed = 7_u64;
        let mut items: Vec<(u8, usize)> = (0..500)
            .map(|i| {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                ((seed >> 59) as u8, i)
            })
            .collect();
        let mut expected = items.clone();
        expected.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        sort_by(&mut items, &|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        assert_eq!(items, expected);
        let mut empty: Vec<f64> = Vec::new();
        sort_by(&mut empty, &f64::total_cmp);
        assert!(empty.is_empty());
        let mut floats = vec![2.5, -1.0, f64::NAN, 0.0, -0.0];
        sort_by(&mut floats, &f64::total_cmp);
        assert_eq!(format!("{floats:?}"), "[-1.0, -0.0, 0.0, 2.5, NaN]");
    }

    use super::*;

    fn v(s: &str) -> Value {
        parse(s).unwrap().value
    }

    fn n(s: &str) -> Number {
        match v(s) {
            Value::Number(n) => n,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn reads_every_kind_of_value() {
        assert_eq!(v(" null "), Value::Null);
        assert_eq!(v("true"), Value::Bool(true));
        assert_eq!(v("false"), Value::Bool(false));
        assert_eq!(
            v(r#""a\"b\\c\/\n\u00e4\ud83d\ude00""#),
            Value::String("a\"b\\c/\nä😀".into())
        );
        let obj = parse(r#"{"a": [1, {"b": null}], "c": "d"}"#).unwrap();
        assert_eq!(obj.get("c").map(|n| n.offset), Some(29));
        assert_eq!(
            obj.get("a")
                .and_then(|n| n.value.as_array())
                .map(<[Node]>::len),
            Some(2)
        );
        assert_eq!(v("[]"), Value::Array(vec![]));
        assert_eq!(v("{}"), Value::Object(vec![]));
    }

    #[test]
    fn numbers_are_exact_when_whole() {
        assert_eq!(n("3").int, Some(3));
        assert_eq!(n("-0").int, Some(0));
        assert_eq!(n("3.0").int, Some(3));
        assert_eq!(n("3e2").int, Some(300));
        assert_eq!(n("250e-2").int, None);
        assert_eq!(n("2.5").int, None);
        assert!((n("2.5").approx - 2.5).abs() < 1e-12);
        assert_eq!(n("9223372036854775807").int, Some(i64::MAX));
        assert_eq!(n("-9223372036854775808").int, Some(i64::MIN));
        assert_eq!(n("9223372036854775808").int, None);
        assert_eq!(n("1e300").int, None);
        assert!(n("1e300").approx > 1e299);
        assert_eq!(n("0e-99999").int, Some(0));
        assert!(n("1e999999999999").approx.is_infinite());
        assert_eq!(n("123456789012345678901234567890123456789012345").int, None);
    }

    #[test]
    fn whole_is_decided_on_the_digits() {
        for whole in [
            "3",
            "-0",
            "3.0",
            "3.000000000000000000000000000000",
            "3e2",
            "300e-2",
            "30e-1",
            "0e-99999",
            "0.000",
            "1e400",
            "1.5e400",
            "123456789012345678901234567890123456789012345",
            "120000000000000000000000000000000000000000000e-40",
            "0.0000001e7",
        ] {
            assert!(n(whole).whole, "{whole}");
        }
        for fraction in [
            "2.5",
            "-0.5",
            "1e-400",
            "4.0000000000000000001",
            "4.00000000000000000000000000000000000000001",
            "1234567890123456789012345678901234567890.5",
            "1e-99999999999999",
            "0.0000001e6",
            "25e-2",
            "250e-2",
            "25e-1",
        ] {
            assert!(!n(fraction).whole, "{fraction}");
        }
        // A number whose point is 200,001 digits away from its one significant digit.
        let far = format!("0.{}1e200001", "0".repeat(200_000));
        assert!(n(&far).whole);
        let far = format!("0.{}1e200000", "0".repeat(200_000));
        assert!(!n(&far).whole);
    }

    #[test]
    fn refuses_what_json_does_not_allow() {
        for (bad, kind) in [
            ("", SyntaxKind::UnexpectedEnd),
            ("[1,]", SyntaxKind::UnexpectedChar),
            ("{\"a\":1,}", SyntaxKind::UnexpectedChar),
            ("01", SyntaxKind::BadNumber),
            ("1.", SyntaxKind::BadNumber),
            ("-", SyntaxKind::BadNumber),
            ("1e", SyntaxKind::BadNumber),
            (".5", SyntaxKind::UnexpectedChar),
            ("NaN", SyntaxKind::UnexpectedChar),
            ("'a'", SyntaxKind::UnexpectedChar),
            ("\"a\tb\"", SyntaxKind::ControlInString),
            ("\"\\x\"", SyntaxKind::BadEscape),
            ("\"\\ud800\"", SyntaxKind::BadEscape),
            ("\"\\udc00\"", SyntaxKind::BadEscape),
            ("\"\\u12\"", SyntaxKind::BadEscape),
            ("{\"a\":1,\"a\":2}", SyntaxKind::DuplicateKey),
            ("[1] [2]", SyntaxKind::TrailingChars),
            ("// no comments\n{}", SyntaxKind::UnexpectedChar),
            ("tru", SyntaxKind::UnexpectedEnd),
            ("{\"a\" 1}", SyntaxKind::UnexpectedChar),
            ("\"abc", SyntaxKind::UnexpectedEnd),
        ] {
            assert_eq!(parse(bad).map_err(|e| e.kind), Err(kind), "{bad:?}");
        }
    }

    #[test]
    fn the_first_repeated_key_in_the_document_is_reported() {
        let err = |s: &str| parse(s).map(|_| ()).unwrap_err();
        // Where the repeat is, however large the object.
        for n in [3, 12, 13, 1000] {
            let keys: Vec<String> = (0..n).map(|i| format!("\"k{i}\":{i}")).collect();
            let text = format!("{{{},\"k1\":0}}", keys.join(","));
            let e = err(&text);
            assert_eq!(e.kind, SyntaxKind::DuplicateKey, "{n}");
            assert_eq!(e.offset, text.rfind("\"k1\"").unwrap(), "{n}");
        }
        // Of two repeats, the earlier; an error after a repeat does not hide it, one before does.
        let text = r#"{"a":1,"b":2,"a":3,"b":4}"#;
        assert_eq!(err(text).offset, 13);
        let text = r#"{"a":1,"a":2,"b":tru}"#;
        assert_eq!(err(text).kind, SyntaxKind::DuplicateKey);
        let text = r#"{"a":1,"b":tru,"a":2}"#;
        assert_eq!(err(text).kind, SyntaxKind::UnexpectedChar);
        // Nested objects: whichever repeat comes first in the text.
        let text = r#"{"a":1,"a":{"x":1,"x":2}}"#;
        assert_eq!(err(text).offset, 7);
        let text = r#"{"a":{"x":1,"x":2},"a":1}"#;
        assert_eq!(err(text).offset, 12);
        // A key that repeats before its value could be read.
        let text = r#"{"a":1,"a""#;
        assert_eq!(err(text).kind, SyntaxKind::DuplicateKey);
        // The same key in different objects is fine.
        assert!(parse(r#"[{"a":1},{"a":2},{"b":{"a":3}}]"#).is_ok());
    }

    #[test]
    fn containers_keep_every_item_in_order() {
        let n = parse(r#"[[1,[2,3]],{"a":[4],"b":{"c":5}},6]"#).unwrap();
        let outer = n.value.as_array().unwrap();
        assert_eq!(outer.len(), 3);
        assert_eq!(outer[0].value.as_array().unwrap().len(), 2);
        let obj = outer[1].value.as_object().unwrap();
        assert_eq!(obj.len(), 2);
        assert_eq!(obj[0].0, "a");
        assert_eq!(
            outer[1].get("b").and_then(|b| b.get("c")).map(|c| c.offset),
            Some(29)
        );
        assert_eq!(outer[2].offset, 33);
    }

    #[test]
    fn containers_take_exactly_the_memory_they_need() {
        // A large array first grows the parser's stacks; what comes after must not inherit
        // their capacity, wherever it starts.
        let big: Vec<String> = (0..1000).map(|i| i.to_string()).collect();
        let text = format!(
            r#"{{"a":[{}],"b":[1],"c":{{"d":[2,3]}},"e":{{"f":1}}}}"#,
            big.join(",")
        );
        let root = parse(&text).unwrap();
        let capacity = |key: &str| match &root.get(key).unwrap().value {
            Value::Array(items) => items.capacity(),
            Value::Object(members) => members.capacity(),
            other => panic!("{other:?}"),
        };
        assert_eq!(capacity("a"), 1000);
        assert_eq!(capacity("b"), 1);
        assert_eq!(capacity("c"), 1);
        assert_eq!(capacity("e"), 1);
        match &root.value {
            Value::Object(members) => assert_eq!(members.capacity(), 4),
            other => panic!("{other:?}"),
        }
        match &root.get("c").unwrap().get("d").unwrap().value {
            Value::Array(items) => assert_eq!(items.capacity(), 2),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn deep_nesting_is_refused_not_a_stack_overflow() {
        let deep = "[".repeat(100_000);
        assert_eq!(parse(&deep).map_err(|e| e.kind), Err(SyntaxKind::TooDeep));
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok());
    }

    #[test]
    fn positions_are_lines_and_characters() {
        let text = "{\n  \"ä\": 1,\n  oops\n}";
        let err = parse(text).unwrap_err();
        assert_eq!(line_col(text, err.offset), (3, 3));
        assert_eq!(line_col("äöü", 4), (1, 3));
        assert_eq!(line_col("ab", 99), (1, 3));
        // Many offsets at once, in any order, each as line_col finds it alone.
        let text = "a\nbä\n\nc😀d\n";
        let offsets = [9, 0, 3, 99, 1, 6, 2, 7, 4, 11, 5];
        let expected: Vec<_> = offsets.iter().map(|&o| line_col(text, o)).collect();
        assert_eq!(line_cols(text, &offsets), expected);
        assert_eq!(
            expected,
            [
                (4, 2),
                (1, 1),
                (2, 2),
                (5, 1),
                (1, 2),
                (3, 1),
                (2, 1),
                (4, 1),
                (2, 2),
                (4, 2),
                (2, 3)
            ]
        );
    }
}
