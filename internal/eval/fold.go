package eval

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// isSpace is Python's str.isspace, which re's \s also uses: Go's
// unicode.IsSpace plus the ASCII separators U+001C..U+001F.
func isSpace(r rune) bool { return unicode.IsSpace(r) || r >= 0x1c && r <= 0x1f }

// isWord is Python's \w for str patterns: letters, numbers and underscore.
func isWord(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r) }

var apostrophes = strings.NewReplacer("’", "'", "‘", "'")

// fold is the referee's fold: NFC, curly single quotes straightened, runs of
// white space collapsed to one space, trimmed, lower-cased (with Python's
// full mapping of U+0130 to "i̇"; the final-sigma rule is not reproduced).
func fold(s string) string {
	s = apostrophes.Replace(norm.NFC.String(s))
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if isSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		switch {
		case r == 0x130:
			b.WriteString("i\u0307")
		case r < 0x80:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// Fold is the referee's fold (see fold), for matching texts as it does.
func Fold(s string) string { return fold(s) }

// foldAny folds a JSON value the way the referee's fold(x or "") does for
// the values it meets: strings fold, anything else (null, missing) is "".
func foldAny(v any) string {
	s, _ := v.(string)
	return fold(s)
}

// words are the \w+ runs of fold(s).
func words(s string) []string {
	return strings.FieldsFunc(fold(s), func(r rune) bool { return !isWord(r) })
}

// dice is the Dice coefficient of the word multisets of a and b; 1 when
// both are empty.
func dice(a, b string) float64 {
	ca, cb := map[string]int{}, map[string]int{}
	wa, wb := words(a), words(b)
	for _, w := range wa {
		ca[w]++
	}
	for _, w := range wb {
		cb[w]++
	}
	n := len(wa) + len(wb)
	if n == 0 {
		return 1.0
	}
	common := 0
	for w, x := range ca {
		common += min(x, cb[w])
	}
	return 2 * float64(common) / float64(n)
}
