package extract

import (
	"strings"
	"testing"
)

// TestIndexTerminator compares indexTerminator with a plain byte loop on
// every substring of a text holding each terminator and near misses.
func TestIndexTerminator(t *testing.T) {
	text := "abc defgh … ijk\u201c lm. nop! q? rstuvwxyz\u2026 0123456789 ab\xe2\x80 \xe2 tail"
	plain := func(s string) int {
		for j := 0; j < len(s); j++ {
			if s[j] == '.' || s[j] == '!' || s[j] == '?' || strings.HasPrefix(s[j:], "…") {
				return j
			}
		}
		return -1
	}
	for i := range len(text) {
		for j := i; j <= len(text); j++ {
			if got, want := indexTerminator(text[i:j]), plain(text[i:j]); got != want {
				t.Fatalf("indexTerminator(%q) = %d, want %d", text[i:j], got, want)
			}
		}
	}
}
