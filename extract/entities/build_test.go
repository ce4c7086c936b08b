package entities

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

func TestCountFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a b ", "a\u00a0b", "a\u0085b\u2003c", "\xffa b\xfe", "x\ty\nz"} {
		require.Equal(t, len(strings.Fields(s)), countFields(s), "%q", s)
	}
}

func TestFoldSet(t *testing.T) {
	var f foldSet
	for round := 0; round < 2; round++ {
		f.reset()
		for i := range 40 {
			w := "Name" + strings.Repeat("x", i)
			require.True(t, f.add(w))
			require.False(t, f.add(strings.ToUpper(w)))
			require.True(t, f.has(strings.ToLower(w)))
		}
		require.False(t, f.has("other"))
	}
}

// TestASCIISpace: the byte table is unicode.IsSpace.
func TestASCIISpace(t *testing.T) {
	for c := range utf8.RuneSelf {
		require.Equal(t, unicode.IsSpace(rune(c)), asciiSpace[c] != 0, "%#x", c)
	}
}
