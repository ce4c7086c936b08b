package text

// The scanners below read a text eight bytes at a time, as one uint64,
// and rule a whole word out with a few arithmetic operations when none
// of its bytes is one looked for.

const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// Word8 returns the eight bytes of s as a little-endian uint64: one load.
func Word8(s string) uint64 {
	_ = s[7] // one bounds check (none when s is text[i:i+8]): the loads below merge into one
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// zeroBytes has the high bit set of each zero byte of v, and maybe of
// bytes above one (a zero byte's borrow runs on); masked with highs, it
// is zero only when no byte of v is. v ^ (ones * c) has a zero byte where
// v has the byte c.
func zeroBytes(v uint64) uint64 { return (v - ones) &^ v }

// IndexTerminator returns the index of the first full stop, "!", "?" or
// "…" in s, or -1.
func IndexTerminator(s string) int {
	for j := 0; j < len(s); {
		// Eight bytes at a time past those holding no terminator byte.
		if j+8 <= len(s) {
			x := Word8(s[j : j+8])
			if (zeroBytes(x^(ones*'.'))|zeroBytes(x^(ones*'!'))|zeroBytes(x^(ones*'?'))|zeroBytes(x^(ones*0xE2)))&highs == 0 {
				j += 8
				continue
			}
		}
		for end := min(j+8, len(s)); j < end; j++ {
			switch s[j] {
			case '.', '!', '?':
				return j
			case 0xE2: // … is E2 80 A6
				if j+2 < len(s) && s[j+1] == 0x80 && s[j+2] == 0xA6 {
					return j
				}
			}
		}
	}
	return -1
}

// SkipPlain returns the first offset from i on (end if none) where a
// quotation mark of the table may start: a straight quote or apostrophe,
// or the first byte of a typographic mark (C2 for « », E2 80 for “ ” „ ‘ ’
// ‚ ‹ ›, E3 80 for 「 」 『 』). Other text, ASCII or not, is passed over, and
// so is an apostrophe between ASCII letters (Russia's, Russia’s, don't),
// which opens and closes nothing.
func SkipPlain(text string, i, end int) int {
	for {
		for ; i+8 <= end; i += 8 {
			if x := Word8(text[i : i+8]); (x|zeroBytes(x^(ones*'"'))|zeroBytes(x^(ones*'\'')))&highs != 0 {
				break
			}
		}
		for i < end && text[i] < 0x80 && text[i] != '"' && text[i] != '\'' {
			i++
		}
		if i >= end {
			return end
		}
		switch n := markBytes(text, i, end); {
		case n == 0: // a rune that is no mark
			for i++; i < end && text[i]&0xC0 == 0x80; i++ {
			}
		case (text[i] == '\'' || n == 3 && text[i+2] == 0x99) && i > 0 && i+n < end && isASCIILetter(text[i-1]) && isASCIILetter(text[i+n]):
			i += n // an apostrophe between letters
		default:
			return i
		}
	}
}

// markBytes returns the length of the quotation mark of the table that
// starts at text[i] (a straight quote or apostrophe, or a typographic
// mark), 0 if none: typographic marks are told by their UTF-8 bytes.
func markBytes(text string, i, end int) int {
	switch text[i] {
	case '"', '\'':
		return 1
	case 0xC2:
		if i+1 < end && (text[i+1] == 0xAB || text[i+1] == 0xBB) {
			return 2
		}
	case 0xE2:
		if i+2 < end && text[i+1] == 0x80 {
			switch text[i+2] {
			case 0x98, 0x99, 0x9A, 0x9C, 0x9D, 0x9E, 0xB9, 0xBA:
				return 3
			}
		}
	case 0xE3:
		if i+2 < end && text[i+1] == 0x80 && 0x8C <= text[i+2] && text[i+2] <= 0x8F {
			return 3
		}
	}
	return 0
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
