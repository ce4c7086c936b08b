package text

// The scanners below read a text eight bytes at a time, as one uint64,
// and rule a whole word out with a few arithmetic operations when none
// of its bytes is one looked for.

const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// word8 returns the eight bytes of s as a little-endian uint64: one load.
func word8(s string) uint64 {
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
			x := word8(s[j : j+8])
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

// SkipPlain returns the first offset from i on (end if none) whose byte
// may start a quotation mark: a straight quote or apostrophe, or a
// non-ASCII byte.
func SkipPlain(text string, i, end int) int {
	for ; i+8 <= end; i += 8 {
		if x := word8(text[i : i+8]); (x|zeroBytes(x^(ones*'"'))|zeroBytes(x^(ones*'\'')))&highs != 0 {
			break
		}
	}
	for i < end && text[i] < 0x80 && text[i] != '"' && text[i] != '\'' {
		i++
	}
	return i
}
