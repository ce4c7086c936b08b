package text

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestIndexTerminator compares IndexTerminator with a plain byte loop on
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
			if got, want := IndexTerminator(text[i:j]), plain(text[i:j]); got != want {
				t.Fatalf("IndexTerminator(%q) = %d, want %d", text[i:j], got, want)
			}
		}
	}
}

// TestSkipPlain: the word-at-a-time scan stops where a byte-by-byte one
// does, at '"' or a non-ASCII byte.
func TestSkipPlain(t *testing.T) {
	parts := []string{"plain words here", "\"", "“", "«", "é", "!", "\x00", "\x7f"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 2000 {
		text := randomText(rng, parts, 10)
		from := rng.IntN(len(text) + 1)
		end := from + rng.IntN(len(text)-from+1)
		want := from
		for want < end && text[want] < 0x80 && text[want] != '"' {
			want++
		}
		require.Equal(t, want, SkipPlain(text, from, end), "%q [%d:%d]", text, from, end)
	}
}
