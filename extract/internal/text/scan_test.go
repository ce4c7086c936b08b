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

// TestSkipPlain: the word-at-a-time scan stops where a rune-by-rune one
// does, at the first quotation mark of the table that is not an
// apostrophe between ASCII letters.
func TestSkipPlain(t *testing.T) {
	parts := []string{"plain words here", "\"", "“", "«", "»", "é", "!", "\x00", "\x7f", "'", "''", "’", "a’s", "o'c", "—", "「", "『", "\xe2\x80", "\x80"}
	marks := []string{"\"", "'", "«", "»", "“", "”", "„", "‘", "’", "‚", "‹", "›", "「", "」", "『", "』"}
	table := map[string]bool{}
	for r := rune(0); r <= 0x3100; r++ {
		if cl := ClosersOf(r); cl != "" {
			table[string(r)] = true
			for _, c := range cl {
				table[string(c)] = true
			}
		}
	}
	for _, m := range marks {
		require.True(t, table[m], "%q is no mark of the table", m)
		delete(table, m)
	}
	require.Empty(t, table, "marks of the table SkipPlain does not stop at")
	letter := func(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
	ref := func(text string, i, end int) int {
		for i < end {
			for _, m := range marks {
				if strings.HasPrefix(text[i:end], m) {
					if (m == "'" || m == "’") && i > 0 && i+len(m) < end && letter(text[i-1]) && letter(text[i+len(m)]) {
						break
					}
					return i
				}
			}
			if strings.HasPrefix(text[i:end], "'") {
				i++ // an apostrophe passed over
				continue
			}
			if strings.HasPrefix(text[i:end], "’") {
				i += len("’")
				continue
			}
			for i++; i < end && text[i]&0xC0 == 0x80; i++ {
			}
		}
		return end
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 5000 {
		text := randomText(rng, parts, 10)
		from := rng.IntN(len(text) + 1)
		end := from + rng.IntN(len(text)-from+1)
		require.Equal(t, ref(text, from, end), SkipPlain(text, from, end), "%q [%d:%d]", text, from, end)
	}
}
