package extract

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-nlp/parley/pipeline"
)

// Tokenizer splits sentences into word and punctuation tokens. Input:
// Sentences. Output: Tokens, sorted, each inside one sentence. Words keep
// inner hyphens, apostrophes and dots ("Russia-Ukraine", "U.S.");
// a possessive ’s / 's is a token of its own.
type Tokenizer struct{}

// NewTokenizer returns the tokenizer stage.
func NewTokenizer() *Tokenizer { return &Tokenizer{} }

// Name implements pipeline.Stage.
func (*Tokenizer) Name() string { return "tokenize" }

// Run implements pipeline.Stage.
func (t *Tokenizer) Run(_ context.Context, d *pipeline.Document) error {
	d.Tokens = make([]pipeline.Token, 0, len(d.Text)/5)
	var spans []pipeline.Span // reused across sentences
	for si, s := range d.Sentences {
		spans = appendTokens(spans[:0], d.Text, s.Span)
		for _, sp := range spans {
			d.Tokens = append(d.Tokens, pipeline.Token{Span: sp, Sentence: si})
		}
	}
	return nil
}

// Tokenize returns the token spans of text[s.Start:s.End].
func Tokenize(text string, s pipeline.Span) []pipeline.Span {
	return appendTokens(nil, text, s)
}

// appendTokens appends the token spans of text[s.Start:s.End] to out.
func appendTokens(out []pipeline.Span, text string, s pipeline.Span) []pipeline.Span {
	i := s.Start
	for i < s.End {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) || isBlank(r) {
			i += n
			continue
		}
		if !isWordRune(r) {
			out = append(out, pipeline.Span{Start: i, End: i + n})
			i += n
			continue
		}
		j := i + n
		for j < s.End {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r2) {
				j += n2
				continue
			}
			// Joiners stay inside a word when a word character follows.
			if isJoiner(r2) && j+n2 < s.End {
				r3, _ := utf8.DecodeRuneInString(text[j+n2:])
				if r2 == '–' && !(unicode.IsLetter(r3) && unicode.IsUpper(r3)) {
					break // "1999–2002" and "27–28" stay apart; "Gaza–Jericho" joins
				}
				if isWordRune(r3) && !(r2 == '.' && !dottedWord(text[i:j])) {
					j += n2
					continue
				}
			}
			break
		}
		// "U.S." keeps its final dot.
		if j < s.End && text[j] == '.' && isDottedAcronym(text[i:j]) {
			j++
		}
		// Split a possessive off: Russia’s -> Russia + ’s.
		w := text[i:j]
		if k := possessive(w); k > 0 {
			out = append(out, pipeline.Span{Start: i, End: i + k}, pipeline.Span{Start: i + k, End: j})
		} else {
			out = append(out, pipeline.Span{Start: i, End: j})
		}
		i = j
	}
	return out
}

// dottedWord: a dot joins "U.S" style letters and "2.5" style numbers only.
func dottedWord(w string) bool {
	last := w[strings.LastIndexAny(w, ".")+1:]
	if utf8.RuneCountInString(last) == 1 {
		return true
	}
	for _, r := range last {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// possessive returns the offset of a trailing ’s / 's, or 0.
func possessive(w string) int {
	n := len(w)
	if n < 3 || w[n-1] != 's' && w[n-1] != 'S' {
		return 0
	}
	switch {
	case w[n-2] == '\'':
		return n - 2
	case n > 4 && w[n-4:n-1] == "’":
		return n - 4
	}
	return 0
}

// isJoiner reports whether r may join two parts of a word: - ' ’ . & ‑ –.
func isJoiner(r rune) bool {
	switch r {
	case '-', '\'', '’', '.', '&', '‑', '–':
		return true
	}
	return false
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()
