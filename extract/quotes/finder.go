package quotes

import (
	"cmp"
	"context"
	"slices"
	"strconv"
	"strings"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

// Finder finds direct speech (inside quotation marks of any style)
// and reported speech ("X stated that …", "according to X, …"), and
// resolves each quote's speaker to an entity through names, titles and
// pronouns. Input: Paragraphs, Sentences, Tokens, Entities. Output: Quotes,
// sorted by start. A speaker the text does not name is nil.
type Finder struct {
	lx      *lexicon.Lexicon
	scratch text.Pool[quoteScratch]
}

// quoteScratch is a document's working memory, reused for the next one:
// made afresh it is most of what the stage allocates.
type quoteScratch struct {
	sents        []quoteSentence
	tok          []int32 // mentionIndex.tok
	mens         []entityMention
	crossSpeaker []*pipeline.Speaker
	quotes       []pipeline.Quote // found, before they are copied out
	names        []foldedName     // see mentionIndex.foldedNames
	nameText     []byte
	openers      []int32 // see quoteDoc.openers
}

// putScratch keeps sc for the next document, without its pointers into
// this one.
func (f *Finder) putScratch(sc *quoteScratch) {
	if cap(sc.tok) > text.MaxKept {
		return
	}
	clear(sc.sents)
	clear(sc.crossSpeaker)
	clear(sc.quotes)
	f.scratch.Put(sc)
}

// New returns the quote stage.
func New(lx *lexicon.Lexicon) *Finder { return &Finder{lx: lx} }

// Name implements pipeline.Stage.
func (*Finder) Name() string { return "quotes" }

// Reads implements pipeline.Declared.
func (*Finder) Reads() []pipeline.Layer {
	return []pipeline.Layer{pipeline.LayerText, pipeline.LayerParagraphs, pipeline.LayerSentences, pipeline.LayerTokens,
		pipeline.LayerIndex, pipeline.LayerTags, pipeline.LayerEntities}
}

// Writes implements pipeline.Declared.
func (*Finder) Writes() []pipeline.Layer { return []pipeline.Layer{pipeline.LayerQuotes} }

// Run implements pipeline.Stage.
func (f *Finder) Run(ctx context.Context, d *pipeline.Document) error {
	sc := f.scratch.Get()
	defer f.putScratch(sc)
	qd := newQuoteDoc(d, f.lx, sc)
	sp := &speakers{d: d, lx: f.lx, idx: newMentionIndex(d, qd, sc), qd: qd}
	qs := sc.quotes[:0]
	// the speaker of the last cross-paragraph quote opening in a sentence
	sc.crossSpeaker = text.Resize(sc.crossSpeaker, len(d.Sentences))
	crossSpeaker := sc.crossSpeaker
	for _, cq := range crossQuotes(d, qd.hasOpener) {
		if d.SentenceAt(cq.open.Start) < 0 {
			continue
		}
		q := f.cross(d, sp, cq)
		qs = append(qs, q)
		if q.Speaker != nil {
			crossSpeaker[q.Sentence] = q.Speaker
		}
		if cq.cont != nil {
			qd.skip[cq.cont.Open.Start] = true
		}
	}
	for si := range d.Sentences {
		if si%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		s := qd.sentence(si, sp)
		mark := len(qs)
		qs = s.direct(qs)
		qs = s.indirect(qs)
		sp.endSentence(si, qs[mark:], crossSpeaker[si])
	}
	sortQuotes(qs)
	sc.quotes = qs
	d.Quotes = finishQuotes(qs)
	return nil
}

// finishQuotes returns a copy of qs numbered in order, its IDs and cue
// spans sharing one allocation each; nil when there are none.
func finishQuotes(qs []pipeline.Quote) []pipeline.Quote {
	if len(qs) == 0 {
		return nil
	}
	out := slices.Clone(qs)
	var ids []byte
	ends := make([]int, len(out))
	cues := 0
	for i := range out {
		ids = strconv.AppendInt(append(ids, 'q'), int64(i+1), 10)
		ends[i] = len(ids)
		if out[i].CueSpan != nil {
			cues++
		}
	}
	all, start := string(ids), 0
	spans := make([]pipeline.Span, 0, cues)
	for i := range out {
		q := &out[i]
		q.ID, start = all[start:ends[i]], ends[i]
		if q.CueSpan != nil {
			spans = append(spans, *q.CueSpan)
			q.CueSpan = &spans[len(spans)-1]
		}
	}
	return out
}

// quoteDoc is what the quote stage works out once per document and shares
// between its sentences.
type quoteDoc struct {
	d     *pipeline.Document
	lx    *lexicon.Lexicon
	folds []string        // text.Fold of every token (Document.Index)
	class []int32         // the class of every token's fold (Document.Index)
	sets  []lexicon.List  // the word lists of each class
	skip  map[int]bool    // regions (by opening offset) that are not quotes of their own
	sents []quoteSentence // by sentence, filled in on first use
	// the offsets, in order, of the marks that may open a quote: a span
	// without one has no quote regions, and is not scanned for them
	openers []int32
}

// newQuoteDoc prepares d in the memory of sc.
func newQuoteDoc(d *pipeline.Document, lx *lexicon.Lexicon, sc *quoteScratch) *quoteDoc {
	sc.sents = text.Resize(sc.sents, len(d.Sentences))
	qd := &quoteDoc{d: d, lx: lx, folds: d.Index.Folds, class: d.Index.Classes, sets: lx.Index().Sets(),
		skip: map[int]bool{}, sents: sc.sents}
	sc.openers = text.AppendOpeners(sc.openers[:0], d.Text)
	qd.openers = sc.openers
	return qd
}

// hasOpener reports whether a mark that may open a quote starts in s:
// without one, text.FindQuoteRegions finds nothing there.
func (qd *quoteDoc) hasOpener(s pipeline.Span) bool {
	k, _ := slices.BinarySearch(qd.openers, int32(s.Start))
	return k < len(qd.openers) && int(qd.openers[k]) < s.End
}

// sentence returns the view of sentence si, with its quote regions.
func (qd *quoteDoc) sentence(si int, sp *speakers) *quoteSentence {
	s := &qd.sents[si]
	if s.d == nil {
		var regions []text.QuoteRegion
		if qd.hasOpener(qd.d.Sentences[si].Span) {
			regions = regionsIn(qd.d, si)
		}
		qd.initSentence(s, si, sp, regions)
	}
	return s
}

// newSentence makes a view of sentence si with the given quote regions,
// apart from the document's views.
func (qd *quoteDoc) newSentence(si int, sp *speakers, regions []text.QuoteRegion) *quoteSentence {
	s := &quoteSentence{}
	qd.initSentence(s, si, sp, regions)
	return s
}

func (qd *quoteDoc) initSentence(s *quoteSentence, si int, sp *speakers, regions []text.QuoteRegion) {
	r := qd.d.Index.Sentences[si]
	lo, hi := int(r.Lo), int(r.Hi)
	*s = quoteSentence{d: qd.d, lx: qd.lx, qd: qd, si: si, lo: lo, toks: qd.d.Tokens[lo:hi], folds: qd.folds[lo:hi:hi], class: qd.class[lo:hi:hi],
		sp: sp, skip: qd.skip}
	s.setRegions(regions)
}

// regionsIn returns the quotation-mark pairs inside sentence si.
func regionsIn(d *pipeline.Document, si int) []text.QuoteRegion {
	s := d.Sentences[si].Span
	all := text.FindQuoteRegions(d.Text, s)
	out := all[:0]
	for _, r := range all {
		if s.Contains(r.Outer()) {
			out = append(out, r)
		}
	}
	return out
}

func sortQuotes(qs []pipeline.Quote) {
	slices.SortStableFunc(qs, func(a, b pipeline.Quote) int { return cmp.Compare(a.Span.Start, b.Span.Start) })
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
	skip    map[int]bool // regions (by opening offset) that are not quotes of their own
	folds   []string     // text.Fold of each token
	class   []int32      // of each token's folded word in the cue index
}

// setRegions sets the sentence's quote regions and marks the tokens
// inside them.
func (s *quoteSentence) setRegions(regions []text.QuoteRegion) {
	s.regions = regions
	if len(regions) == 0 {
		return
	}
	s.inReg = make([]bool, len(s.toks))
	for _, r := range regions {
		o := r.Outer()
		i, _ := slices.BinarySearchFunc(s.toks, o.Start, func(t pipeline.Token, off int) int { return cmp.Compare(t.Start, off) })
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

// tokAt returns the index of the first token starting at or after off.
func (s *quoteSentence) tokAt(off int) int {
	for i, t := range s.toks {
		if t.Start >= off {
			return i
		}
	}
	return len(s.toks)
}

// in reports whether token i's folded word is in one of the lists of set.
func (s *quoteSentence) in(i int, set lexicon.List) bool {
	return i >= 0 && i < len(s.class) && s.qd.sets[s.class[i]]&set != 0
}

func (s *quoteSentence) inRegion(i int) bool { return s.inReg != nil && s.inReg[i] }

// isReporting: a reporting verb, written in lower case ("States" in
// "United States" is not one), outside quotation marks.
func (s *quoteSentence) isReporting(i int) bool {
	return s.in(i, lexicon.Reporting) && !text.IsCap(s.word(i)) && !s.inRegion(i) && !s.pluralNoun(i)
}

// pluralNoun: "demands", "claims", "reports" after a determiner or a
// possessive ("the US demands", "its claims") are nouns, not verbs.
func (s *quoteSentence) pluralNoun(i int) bool {
	w := s.fword(i)
	if i == 0 || !strings.HasSuffix(w, "s") || w == "says" {
		return false
	}
	switch t := s.toks[i-1].Tag; {
	case t == "DT" || t == "PRP$" || t == "POS" || t == "JJ" || s.fword(i-1) == "'s" || s.fword(i-1) == "’s":
		return true
	case t == "NNP" && i >= 2:
		t2 := s.toks[i-2].Tag
		return t2 == "DT" || t2 == "PRP$"
	}
	return false
}

// direct turns quotation-mark pairs into direct quotes, leaving out marks
// around names and scare phrases, and appends them to out.
func (s *quoteSentence) direct(out []pipeline.Quote) []pipeline.Quote {
	for ri, r := range s.regions {
		inner := r.InnerIn(s.d.Text)
		if inner.Len() == 0 || s.skip[r.Open.Start] {
			continue
		}
		open := s.tokAt(r.Open.Start)
		close := s.tokAt(r.Close.End)
		cue, who := s.attribute(ri, open, close)
		if !s.isSpeech(r, open, cue) {
			continue
		}
		q := pipeline.Quote{Span: inner, Kind: pipeline.Direct, Sentence: s.si, Speaker: who}
		switch {
		case cue < 0:
			q.Speaker = s.sp.context(s)
		case s.isReporting(cue) || s.in(cue, lexicon.CharacterisingVerbs):
			// another verb ("turned to him and asked: …") gives the speaker
			// but is no reporting word
			q.Cue = s.word(cue)
			q.CueSpan = &s.toks[cue].Span // copied out by finishQuotes
		}
		out = append(out, q)
	}
	return out
}

// isSpeech separates quotations from marks around a name or scare phrase.
func (s *quoteSentence) isSpeech(r text.QuoteRegion, open, cue int) bool {
	inner := s.d.Text[r.Inner().Start:r.Inner().End]
	words := 0
	for range strings.FieldsSeq(inner) {
		words++
	}
	endsLikeSentence := strings.ContainsAny(inner[len(inner)-1:], ".!?,…;")
	if words >= 4 && endsLikeSentence {
		return true
	}
	if open > 0 && s.fword(open-1) == "the" {
		return false // the „Doha track“, the “coalition of the willing”: a term
	}
	if s.in(cue, lexicon.Reporting) {
		return true
	}
	titleCase := true
	for w := range strings.FieldsSeq(inner) {
		if !text.IsCap(w) && s.lx.Lists(text.Fold(strings.Trim(w, ".,;:")))&lexicon.TitleGlue == 0 {
			titleCase = false
		}
	}
	if titleCase {
		return false // the “Black Sea Grain Initiative”
	}
	prev := ""
	if open > 0 {
		prev = s.fword(open - 1)
	}
	if s.in(open-1, lexicon.CharacterisingVerbs) {
		return cue >= 0 && s.characterises(open-1, open)
	}
	if cue >= 0 && (prev == "as" || prev == "it" || prev == "them" || prev == "was") {
		return true // described the talks as “ten out of ten”
	}
	if cue >= 0 && s.characterises(cue, open) {
		return true // called Zelensky “a dictator”, accused X of “…”
	}
	return words >= 6
}

// characterises: the word at cue is a verb of characterising whose object
// the quote is, in the active voice ("a campaign called “…”" is passive).
func (s *quoteSentence) characterises(cue, open int) bool {
	w := s.fword(cue)
	if !s.in(cue, lexicon.CharacterisingVerbs) || open-cue > 8 || open < cue {
		return false
	}
	for k := cue + 1; k < open; k++ {
		if f := s.fword(k); f == "that" || f == "which" || f == "," || s.toks[k].Tag[0] == 'V' {
			return false
		}
	}
	if s.in(cue-1, lexicon.BeForms) {
		return false // what was called the …
	}
	if strings.HasSuffix(w, "ed") && cue > 0 {
		p := s.toks[cue-1].Tag
		return !(p == "NN" || p == "NNS" || p == "DT") || text.IsCap(s.word(cue-1))
	}
	return true
}
