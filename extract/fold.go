package extract

import "unicode/utf8"

// inLowerASCII is set[strings.ToLower(s)] without allocating, for sets
// whose keys are short lower-case ASCII words without a "k": a word with
// a non-ASCII letter then never matches, since only the Kelvin sign
// lower-cases to ASCII ("k").
func inLowerASCII(set map[string]bool, s string) bool {
	var buf [16]byte
	if len(s) > len(buf) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(s)])]
}
