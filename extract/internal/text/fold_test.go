package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// refFold and refFoldFields are the straightforward definitions that Fold
// and AppendFoldFields must match byte for byte.
var refFolder = strings.NewReplacer("’", "'", "‘", "'", "‑", "-", "–", "-", "—", "-", "\u00a0", " ")

func refFold(s string) string { return refFolder.Replace(strings.ToLower(s)) }

func refFoldFields(s string) string { return refFold(strings.Join(strings.Fields(s), " ")) }

func foldInputs(t *testing.T) []string {
	in := []string{"", "a", "Ab", "UN", "Russia’s", "Russia-Ukraine", "Russia‑Ukraine", "1–2", "a — b",
		"New\u00a0York", " lead ", "a \u200b b", "İstanbul", "ÉTAT", "\u212a", "x\xffy", "a\tb\n c", "ǅ",
		"Σ", "ΟΔΥΣΣΕΥΣ", "  ", "\u00a0", "‘quoted’"}
	paths, err := filepath.Glob("../../../testdata/articles/*.txt")
	require.NoError(t, err)
	for _, p := range paths {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		words := strings.Fields(string(data))
		for i := range words {
			in = append(in, words[i])
			if i+3 <= len(words) {
				in = append(in, strings.Join(words[i:i+3], " \u00a0"))
			}
		}
		in = append(in, strings.Split(string(data), "\n")...)
	}
	return in
}

func TestFoldMatchesReference(t *testing.T) {
	for _, s := range foldInputs(t) {
		if !assert.Equal(t, refFold(s), Fold(s), "Fold(%q)", s) {
			return
		}
		if !assert.Equal(t, "pre"+refFold(s), string(AppendFold([]byte("pre"), s)), "AppendFold after a prefix, %q", s) {
			return
		}
		if !assert.Equal(t, refFoldFields(s), string(AppendFoldFields(nil, s)), "AppendFoldFields(%q)", s) {
			return
		}
	}
}

func TestFieldsFolderByPieces(t *testing.T) {
	for _, s := range foldInputs(t) {
		var f FieldsFolder
		for k := 0; k < len(s); {
			n := min(3, len(s)-k)
			for n < len(s)-k && !isRuneStart(s[k+n]) {
				n++
			}
			f = f.Add(s[k : k+n])
			k += n
		}
		if !assert.Equal(t, refFoldFields(s), string(f.Buf), "%q", s) {
			return
		}
	}
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// TestAppendFoldFields agrees with FoldFields, after earlier names.
func TestAppendFoldFields(t *testing.T) {
	for _, n := range []string{"", " ", "John Kerry", "  Abdullatif  Al Zayani ", "Recep Tayyip Erdoğan", "\tA\nB\r", "Ş", " É x", "MID-EAST  ’s", "a\u00a0b", "x\u2003"} {
		got := AppendFoldFields([]byte("prev"), n)
		assert.Equal(t, "prev"+refFoldFields(n), string(got), "%q", n)
	}
}

// TestFoldBytes: every byte at every place of the word, next to bytes
// that test the lanes beside it for carries; the fold of an ASCII word is
// x + FoldBytes(x)>>2.
func TestFoldBytes(t *testing.T) {
	for _, fill := range []byte{0, 'a', 'Z', '@', '[', 0x7f, 0x80, 0xff} {
		for c := 0; c < 256; c++ {
			for at := 0; at < 8; at++ {
				w := []byte(strings.Repeat(string([]byte{fill}), 8))
				w[at] = byte(c)
				x := Word8(string(w))
				f := FoldBytes(x)
				for k, b := range w {
					want := b >= 0x80 || 'A' <= b && b <= 'Z'
					require.Equal(t, want, f>>(8*k)&0xff == 0x80, "byte %#x at %d among %#x: byte %d", c, at, fill, k)
					require.Zero(t, f>>(8*k)&0x7f, "only high bits")
				}
				if x&highs == 0 {
					got := x + f>>2
					for k := range w {
						require.Equal(t, strings.ToLower(string(w[k])), string(byte(got>>(8*k))))
					}
				}
			}
		}
	}
	require.Equal(t, uint64(0xffffff), LowBytes(3))
	require.Equal(t, ^uint64(0), LowBytes(8))
}
