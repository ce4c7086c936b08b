package quotes

import (
	"cmp"
	"slices"
	"strings"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

// quoteDoc is what the quote stage works out once per document and shares
// between its sentences.
type quoteDoc struct {
	d      *pipeline.Document
	lx     *lexicon.Lexicon
	folds  []string       // text.Fold of every token (Document.Index)
	class  []int32        // the class of every token's fold (Document.Index)
	sets   []lexicon.List // the word lists of each class
	runOns []runOn        // the quotations over a paragraph break found so far, by paragraph
	// by sentence, made on first use and dropped once no later sentence
	// looks back at it (see release): a view per sentence of a long
	// article would hold hundreds of bytes for each
	sents []*quoteSentence
	free  []*quoteSentence // dropped views, to be made again
}

// newQuoteDoc prepares d in the memory of sc.
func newQuoteDoc(d *pipeline.Document, lx *lexicon.Lexicon, sc *quoteScratch) *quoteDoc {
	sc.sents = text.Resize(sc.sents, len(d.Sentences))
	qd := &quoteDoc{d: d, lx: lx, folds: d.Index.Folds, class: d.Index.Classes, sets: lx.Index().Sets(),
		sents: sc.sents, free: sc.free}
	return qd
}

// sentence returns the view of sentence si, with its quote regions.
func (qd *quoteDoc) sentence(si int, sp *speakers) *quoteSentence {
	s := qd.sents[si]
	if s == nil {
		regions := qd.regionsIn(si)
		if n := len(qd.free); n > 0 {
			s, qd.free = qd.free[n-1], qd.free[:n-1]
		} else {
			s = &quoteSentence{}
		}
		qd.initSentence(s, si, sp, regions)
		qd.sents[si] = s
	}
	return s
}

// release drops the view of sentence si: sentences look back at the
// lookBack before them at most (a pronoun's antecedent), so the main loop
// drops each view lookBack sentences after its own.
func (qd *quoteDoc) release(si int) {
	if si >= 0 && qd.sents[si] != nil {
		qd.free = append(qd.free, qd.sents[si])
		qd.sents[si] = nil
	}
}

func (qd *quoteDoc) initSentence(s *quoteSentence, si int, sp *speakers, regions []text.QuoteRegion) {
	r := qd.d.Index.Sentences[si]
	lo, hi := int(r.Lo), int(r.Hi)
	*s = quoteSentence{d: qd.d, lx: qd.lx, qd: qd, si: si, lo: lo, toks: qd.d.Tokens[lo:hi], folds: qd.folds[lo:hi:hi], class: qd.class[lo:hi:hi],
		sp: sp}
	s.setRegions(regions)
}

func sortQuotes(qs []quote) {
	slices.SortStableFunc(qs, func(a, b quote) int { return cmp.Compare(a.Span.Start, b.Span.Start) })
}

// quoteSentence is one sentence seen by the quote stage.
type quoteSentence struct {
	d       *pipeline.Document
	lx      *lexicon.Lexicon
	qd      *quoteDoc
	si      int
	lo      int // index in d.Tokens of toks[0]
	toks    []pipeline.Token
	regions []text.QuoteRegion
	inReg   []bool // per token: inside a region; nil when there is none
	sp      *speakers
	folds   []string // text.Fold of each token
	class   []int32  // the class of each token's fold in the word index
	cues    []int32  // see cueBefore; nil until asked
	// see firstOf: by pronoun, the first word a pronoun of this sentence
	// may refer to; by kind of pronoun, the first name a pronoun of a
	// later sentence may refer to
	pronounStops, namedFirst []firstScan
}

// setRegions sets the sentence's quote regions and marks the tokens
// inside them.
func (s *quoteSentence) setRegions(regions []text.QuoteRegion) {
	s.regions = regions
	if len(regions) == 0 {
		return
	}
	s.inReg = make([]bool, len(s.toks))
	i := 0 // regions mostly come in order: then one walk over the tokens
	for _, r := range regions {
		o := r.Outer()
		if i > 0 && s.toks[i-1].Start >= o.Start {
			i, _ = slices.BinarySearchFunc(s.toks, o.Start, func(t pipeline.Token, off int) int { return cmp.Compare(t.Start, off) })
		}
		for i < len(s.toks) && s.toks[i].Start < o.Start {
			i++
		}
		for ; i < len(s.toks) && s.toks[i].Start < o.End; i++ {
			if o.Contains(s.toks[i].Span) {
				s.inReg[i] = true
			}
		}
	}
}

func (s *quoteSentence) word(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.d.Text[s.toks[i].Start:s.toks[i].End]
}

// fword is text.Fold(s.word(i)), from the document's folded tokens.
func (s *quoteSentence) fword(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.folds[i]
}

// tokAt returns the index of the first token starting at or after off,
// by halves: it is asked once or twice per quotation mark.
func (s *quoteSentence) tokAt(off int) int {
	i, _ := slices.BinarySearchFunc(s.toks, off, func(t pipeline.Token, off int) int { return cmp.Compare(t.Start, off) })
	return i
}

// in reports whether token i's folded word is in one of the lists of set.
func (s *quoteSentence) in(i int, set lexicon.List) bool {
	return i >= 0 && i < len(s.class) && s.qd.sets[s.class[i]].Any(set)
}

// inRegion: token i lies inside quotation marks; false outside the
// sentence.
func (s *quoteSentence) inRegion(i int) bool {
	return s.inReg != nil && uint(i) < uint(len(s.inReg)) && s.inReg[i]
}

// isReporting: a reporting verb (lexicon.Reporting) or a verb that only
// attributes a direct quote (lexicon.QuoteVerbs: asked, shouted), written
// in lower case ("States" in "United States" is not one), outside
// quotation marks, and read as a verb where it is as often a noun
// (lexicon.NounVerbs: "the state", "a report").
func (s *quoteSentence) isReporting(i int) bool {
	return s.in(i, lexicon.Reporting.Or(lexicon.QuoteVerbs)) && s.reportingVerb(i) // most words: one inlined test
}

func (s *quoteSentence) reportingVerb(i int) bool {
	return !text.IsCap(s.word(i)) && !s.inRegion(i) && !s.pluralNoun(i) &&
		!(s.in(i, lexicon.NounVerbs) && s.toks[i].Tag[0] != 'V' && !s.verbBeforeThat(i))
}

// verbBeforeThat: a word the tagger read as a noun is a verb all the same
// between a name or a pronoun and "that" or a clause ("The Herald reports
// that …", "Moscow claims that …", "Novak notes they were …"); after a
// determiner or a possessive (pluralNoun) it is not.
func (s *quoteSentence) verbBeforeThat(i int) bool {
	if i == 0 || !strings.HasSuffix(s.fword(i), "s") {
		return false
	}
	t := s.toks[i-1].Tag
	if !(t == "NNP" || t == "NNPS" || t == "PRP" || t == "NN" && text.IsCap(s.word(i-1))) {
		return false
	}
	return s.fword(i+1) == "that" || s.opensClause(i+1)
}

// pluralNoun: "demands", "claims", "reports" after a determiner, a
// possessive or an adjective ("the US demands", "its claims", "later
// reports", "according to reports") are nouns, not verbs.
func (s *quoteSentence) pluralNoun(i int) bool {
	w := s.fword(i)
	if i == 0 || !strings.HasSuffix(w, "s") || w == "says" {
		return false
	}
	switch t := s.toks[i-1].Tag; {
	case t == "DT" || t == "PRP$" || t == "POS" || t == "JJ" || t == "JJR" || s.fword(i-1) == "'s" || s.fword(i-1) == "’s" ||
		s.fword(i-1) == "later" || s.fword(i-1) == "to" && s.in(i-2, lexicon.According):
		return true
	case t == "NNP" && i >= 2:
		t2 := s.toks[i-2].Tag
		return t2 == "DT" || t2 == "PRP$"
	}
	return false
}
