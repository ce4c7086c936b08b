package extract

import (
	"slices"
	"testing"
)

// TestAppendOpeners checks the byte test of appendOpeners against
// closersOf on every rune.
func TestAppendOpeners(t *testing.T) {
	for _, text := range []string{
		"", `"`, `a "b" c`, "«x» »y« „z“ “w” ‘v’ ‹u› 「t」 — – … é ü 𝄞 ’s",
		"\xc2", "\xe2\x80", "\xe2\"x", "\xc2\xe2\x80\x9c", "\x80\xc2\xab\xbb", "\xe2\x80\x9c", "ab\xe2\x80\x9d\xe3\x80\x8c\xe3\x80\x8d",
		"plain ascii text with no marks at all, long enough for eight-byte steps",
		"Lavrov said: «Nous sommes prêts » and „Das“ — ‹ok› 「はい」",
	} {
		var want []int32
		for i, r := range text {
			if closersOf(r) != "" {
				want = append(want, int32(i))
			}
		}
		if got := appendOpeners(nil, text); !slices.Equal(got, want) {
			t.Errorf("appendOpeners(%q) = %v, want %v", text, got, want)
		}
	}
}
