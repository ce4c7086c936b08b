package quotes

import (
	"context"
	"strconv"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

// Finder is the quote stage (see the package documentation).
type Finder struct {
	lx      *lexicon.Lexicon
	scratch text.Pool[quoteScratch]
}

// quoteScratch is a document's working memory, reused for the next one:
// made afresh it is most of what the stage allocates.
type quoteScratch struct {
	sents    []*quoteSentence
	free     []*quoteSentence // views to reuse (quoteDoc.free), zeroed
	tok      []int32          // mentionIndex.tok
	mens     []entityMention
	entMens  []int32      // mentionIndex.entMens
	persons  []int32      // mentionIndex.persons
	genders  []int8       // speakers.genders
	quotes   []quote      // found, before they are copied out
	names    []foldedName // see mentionIndex.foldedNames
	nameText []byte
}

// putScratch keeps sc for the next document, without its pointers into
// this one; the sentence views of qd, d's, are kept for it too.
func (f *Finder) putScratch(sc *quoteScratch, qd *quoteDoc) {
	if cap(sc.tok) > text.MaxKept {
		return
	}
	free := qd.free
	for _, s := range sc.sents {
		if s != nil {
			free = append(free, s)
		}
	}
	for _, s := range free {
		*s = quoteSentence{}
	}
	sc.free = free
	clear(sc.sents)
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
	qd := newQuoteDoc(d, f.lx, sc)
	defer f.putScratch(sc, qd)
	sc.genders = text.Resize(sc.genders, len(d.Entities))
	sp := &speakers{d: d, lx: f.lx, idx: newMentionIndex(d, qd, sc), qd: qd, genders: sc.genders}
	qs := sc.quotes[:0]
	for si := range d.Sentences {
		if si%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		s := qd.sentence(si, sp)
		mark := len(qs)
		qs = s.indirect(qs)
		qs = s.direct(qs, qs[mark:])
		sp.endSentence(si, qs[mark:])
		qd.release(si - lookBack)
	}
	carryRunOnSpeakers(d, qs)
	sortQuotes(qs)
	sc.quotes = qs
	d.Quotes = finishQuotes(d, qs)
	return nil
}

// quote is a quote being found; its Speaker is who's, set when the quotes
// are copied out. A direct quote is attributed when a word of the text
// gives its speaker (not the context), leads when its marks open its
// paragraph, and is a runOn part when it goes on in the next paragraph.
type quote struct {
	pipeline.Quote
	who                      speaker
	attributed, leads, runOn bool
}

// finishQuotes returns the quotes of qs numbered in order, their IDs, cue
// spans and speakers sharing one allocation each; nil when there are
// none.
func finishQuotes(d *pipeline.Document, qs []quote) []pipeline.Quote {
	if len(qs) == 0 {
		return nil
	}
	out := make([]pipeline.Quote, len(qs))
	var ids []byte
	ends := make([]int, len(out))
	cues, said := 0, 0
	for i := range qs {
		out[i] = qs[i].Quote
		ids = strconv.AppendInt(append(ids, 'q'), int64(i+1), 10)
		ends[i] = len(ids)
		if out[i].CueSpan != nil {
			cues++
		}
		if qs[i].who.found() {
			said++
		}
	}
	all, start := string(ids), 0
	spans := make([]pipeline.Span, 0, cues)
	speakers := make([]pipeline.Speaker, 0, said)
	for i := range out {
		q := &out[i]
		q.ID, start = all[start:ends[i]], ends[i]
		if q.CueSpan != nil {
			spans = append(spans, *q.CueSpan)
			q.CueSpan = &spans[len(spans)-1]
		}
		if w := qs[i].who; w.found() {
			e := &d.Entities[w.ref-1]
			speakers = append(speakers, pipeline.Speaker{Entity: e.ID, Text: e.Text, Mention: w.mention})
			q.Speaker = &speakers[len(speakers)-1]
		}
	}
	return out
}
