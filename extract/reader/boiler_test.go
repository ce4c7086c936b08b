package reader

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The definitions that matchNotice and matchStartDisc implement.
var (
	noticeRE    = regexp.MustCompile(`(?i)^this (?:article|page|text) (?:was|has been|is) (?:automatically |machine[- ])?translated (?:automatically )?from (?:the )?(?:original )?(\p{L}+)(?: original)?(?: version| language| text)?\.?$`)
	startDiscRE = regexp.MustCompile(`(?i)^start (?:a )?discussion (?:for|about|on) ["“«„'‘]?(.*?)["”»“'’]? article\.?$`)
)

// sameAsRE requires match(s) to answer as re's FindStringSubmatch does.
func sameAsRE(t *testing.T, re *regexp.Regexp, match func(string) (string, bool), s string) {
	t.Helper()
	got, ok := match(s)
	if m := re.FindStringSubmatch(s); m == nil {
		assert.False(t, ok, "%q: matched %q, the regexp does not match", s, got)
	} else {
		assert.True(t, ok, "%q: no match, the regexp captures %q", s, m[1])
		assert.Equal(t, m[1], got, "%q", s)
	}
}

func TestMatchNotice(t *testing.T) {
	tests := []struct{ in, lang string }{
		{"This article was automatically translated from the original Turkish version.", "Turkish"},
		{"This page has been machine-translated from Arabic.", "Arabic"},
		{"this text is translated automatically from original text", "text"},
		{"This article was translated from the original", "original"},
		{"THIS ARTICLE WAS TRANSLATED FROM GERMAN LANGUAGE", "GERMAN"},
		{"Thiſ article waſ tranſlated from Ruſſian", "Ruſſian"},
		{"This article was translated from the Ancient Greek version", ""},
		{"This article was translated from Turkish.\n", ""},
		{"This article was translated from ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			lang, ok := matchNotice(tt.in)
			assert.Equal(t, tt.lang != "", ok)
			assert.Equal(t, tt.lang, lang)
			sameAsRE(t, noticeRE, matchNotice, tt.in)
		})
	}
}

func TestMatchStartDisc(t *testing.T) {
	tests := []struct {
		in, title string
		ok        bool
	}{
		{`Start discussion for "T (2025)" article`, "T (2025)", true},
		{"Start a discussion about “Talks in Riyadh” article.", "Talks in Riyadh", true},
		{`start discussion on " article`, "", true},
		{`Start discussion for "A" article" article`, `A" article`, true},
		{"Start discussion for «A» ARTICLE", "A", true},
		{"Start discussion for A article", "A", true},
		{"Start discussion for A\nB article", "", false},
		{"Start discussion for A articles", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			title, ok := matchStartDisc(tt.in)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.title, title)
			sameAsRE(t, startDiscRE, matchStartDisc, tt.in)
		})
	}
}

// boilerPieces are the words, marks and odd runes lines are built of:
// the literals of both expressions in several cases, the runes (?i)
// folds to ASCII letters, quotation marks, a letter-like non-letter
// (U+0345, which folds to a Greek letter), digits, invalid UTF-8 and a
// line feed.
var boilerPieces = []string{
	"this", "This", "THIS", "thiſ", "article", "Article", "page", "text", "TEXT",
	"was", "waſ", "has been", "is", "automatically", "machine", "machine-", "-",
	"translated", "Translated", "from", "the", "The", "original", "Original",
	"version", "language", "Turkish", "Ruſſian", "Ελληνικά", "\u0345", "K",
	"start", "Start", "ſtart", "a", "A", "discussion", "Discussion", "for", "about", "on",
	`"`, "“", "”", "«", "»", "„", "'", "‘", "’", ".", "..", " ", " ", "  ", "2025", "(", ")",
	"\xff", "\xe2\x80", "\n", "\r", "x", "articles", "article.",
}

// genLine builds a line: most often a well-formed notice or discussion
// line with some pieces changed, else pieces at random.
func genLine(r *rand.Rand, base []string) string {
	var b strings.Builder
	if r.IntN(4) > 0 {
		for _, w := range base {
			switch r.IntN(12) {
			case 0:
				continue // dropped
			case 1:
				b.WriteString(boilerPieces[r.IntN(len(boilerPieces))]) // replaced
			case 2:
				b.WriteString(w)
				b.WriteString(boilerPieces[r.IntN(len(boilerPieces))]) // one added
			default:
				b.WriteString(w)
			}
		}
		return b.String()
	}
	for range r.IntN(16) {
		b.WriteString(boilerPieces[r.IntN(len(boilerPieces))])
		if r.IntN(2) == 0 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// TestBoilerMatchesRegexp runs the hand matchers and their regular
// expressions on generated lines.
func TestBoilerMatchesRegexp(t *testing.T) {
	notice := strings.SplitAfter("This article was automatically translated from the original Turkish version.", " ")
	notice2 := strings.SplitAfter("This page has been machine-translated from original Arabic text", " ")
	disc := strings.SplitAfter(`Start a discussion for "T (2025)" article.`, " ")
	disc2 := strings.SplitAfter("Start discussion about «Talks» article", " ")
	r := rand.New(rand.NewPCG(1, 2))
	matched := [2]int{}
	for range 100000 {
		var s string
		switch r.IntN(4) {
		case 0:
			s = genLine(r, notice)
		case 1:
			s = genLine(r, notice2)
		case 2:
			s = genLine(r, disc)
		default:
			s = genLine(r, disc2)
		}
		if noticeRE.MatchString(s) {
			matched[0]++
		}
		if startDiscRE.MatchString(s) {
			matched[1]++
		}
		sameAsRE(t, noticeRE, matchNotice, s)
		sameAsRE(t, startDiscRE, matchStartDisc, s)
		if t.Failed() {
			return
		}
	}
	// the lines reach both answers of both expressions
	require.Greater(t, matched[0], 1000)
	require.Greater(t, matched[1], 1000)
}

func FuzzMatchNotice(f *testing.F) {
	f.Add("This article was automatically translated from the original Turkish version.")
	f.Add("this page is translated from original text")
	f.Fuzz(func(t *testing.T, s string) { sameAsRE(t, noticeRE, matchNotice, s) })
}

func FuzzMatchStartDisc(f *testing.F) {
	f.Add(`Start discussion for "T (2025)" article`)
	f.Add(`start a discussion on "" article.`)
	f.Fuzz(func(t *testing.T, s string) { sameAsRE(t, startDiscRE, matchStartDisc, s) })
}
