package classify

import (
	"strings"

	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

// sentenceFeatures appends the features of the sentence as a whole, each
// once, at the word that shows it: a condition ("if" or "unless" before a
// modal), a year before the article's, a pluperfect in the sentence's own
// voice ("Israel had signed …"): background, conditions and threats.
func (c *Classifier) sentenceFeatures(sv *sentView, out []CueMatch) []CueMatch {
	var seen [featCue]bool
	add := func(f feature, i int, note string) {
		if !seen[f] {
			seen[f] = true
			sp := sv.span(i, i+1)
			out = append(out, c.match(sp, sv.d.Slice(sp), "", f, 1, note))
		}
	}
	cond := -1
	for i := range sv.toks {
		switch t := sv.tag(i); {
		case sv.in(i, lexicon.Conditionals):
			cond = i
		case t == "MD":
			if cond >= 0 {
				add(featConditional, cond, "condition with a modal")
			}
		case t == "CD":
			if y := year(sv.word(i)); y > 0 && sv.year > 0 && y < sv.year {
				add(featEarlierYear, i, "before the article's year")
			}
		case sv.word(i) == "had" && sv.tag(i+1) == "VBN" && !sv.inReported(i) && !sv.inQuote(i):
			add(featPluperfect, i, "pluperfect")
		}
	}
	return out
}

// year is w as a year from 1000 to 2999, else 0.
func year(w string) int {
	if len(w) != 4 || (w[0] != '1' && w[0] != '2') {
		return 0
	}
	y := 0
	for i := range 4 {
		if w[i] < '0' || w[i] > '9' {
			return 0
		}
		y = y*10 + int(w[i]-'0')
	}
	return y
}

// articleYear is the year in parentheses at the end of the article's
// title ("Kisumu Talks (2023)"), else 0.
func articleYear(d *pipeline.Document) int {
	t := strings.TrimSpace(d.Meta.Title)
	if len(t) < 6 || t[len(t)-1] != ')' || t[len(t)-6] != '(' {
		return 0
	}
	return year(t[len(t)-5 : len(t)-1])
}
