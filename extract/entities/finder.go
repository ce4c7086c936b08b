package entities

import (
	"context"
	"slices"

	"github.com/parley-nlp/parley/extract/datenorm"
	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

// Finder is the entity stage (see the package documentation).
type Finder struct {
	lx      *lexicon.Lexicon
	dates   *datenorm.Normalizer
	ids     []string // "e1", "e2" …, the first entities' IDs (entityID)
	scratch text.Pool[entityScratch]
}

// entityScratch is the entity finder's working memory for one document,
// reused by the next one: the token flags, the folding buffers and the
// sentence view's per-token memos.
type entityScratch struct {
	tok   tokenScratch
	view  sentenceView
	cands []cand // the candidates, which resolution does not keep
	res   resolver
}

// putScratch keeps sc for the next document, without its pointers into
// this one.
func (f *Finder) putScratch(sc *entityScratch) {
	if cap(sc.tok.fl) > text.MaxKept {
		return
	}
	v := &sc.view
	v.d, v.toks, v.folds, v.class, v.fl = nil, nil, nil, nil, nil
	clear(v.hits[:cap(v.hits)])
	v.hits = v.hits[:0]
	clear(sc.cands)
	sc.cands = sc.cands[:0]
	f.scratch.Put(sc)
}

// New returns the entity stage.
func New(lx *lexicon.Lexicon) *Finder {
	return &Finder{lx: lx, dates: datenorm.New(lx), ids: entityIDs(1024)}
}

// Name implements pipeline.Stage.
func (*Finder) Name() string { return "entities" }

// Reads implements pipeline.Declared.
func (*Finder) Reads() []pipeline.Layer {
	return []pipeline.Layer{pipeline.LayerText, pipeline.LayerMeta, pipeline.LayerParagraphs, pipeline.LayerSentences,
		pipeline.LayerTokens, pipeline.LayerIndex, pipeline.LayerTags}
}

// Writes implements pipeline.Declared.
func (*Finder) Writes() []pipeline.Layer { return []pipeline.Layer{pipeline.LayerEntities} }

// Run implements pipeline.Stage.
func (f *Finder) Run(ctx context.Context, d *pipeline.Document) error {
	sc := f.scratch.Get()
	defer f.putScratch(sc)
	cands := sc.cands[:0]
	if cap(cands) < len(d.Tokens)/8 {
		cands = make([]cand, 0, len(d.Tokens)/8)
	}
	sets := f.lx.Index().Sets()
	folds, classes, flags := d.Index.Folds, d.Index.Classes, tokenFlags(d, sets, &sc.tok)
	s := &sc.view // one view, its scratch reused by every sentence
	s.d, s.lx, s.sets = d, f.lx, sets
	for si, r := range d.Index.Sentences {
		if si%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		lo, hi := r.Lo, r.Hi
		// room for a candidate per two tokens, at least doubling: append
		// grows a long slice by a quarter, copying it over and over
		if need := int(hi-lo)/2 + 1; cap(cands)-len(cands) < need {
			cands = slices.Grow(cands, max(need, len(cands)))
		}
		s.reset(si, d.Tokens[lo:hi], folds[lo:hi:hi], classes[lo:hi:hi], flags[lo:hi:hi])
		from := len(cands)
		cands = s.candidates(cands)
		if personBy(cands[from:]) && s.titleLine() {
			for k := from; k < len(cands); k++ {
				cands[k].headline = true
			}
		}
	}
	trimHeadlineNames(d, f.lx, cands)
	d.Entities = sc.res.resolve(d, f.lx, f.ids, cands)
	f.dates.SetValues(d, d.Entities)
	sc.cands = cands
	return nil
}

// cand is one candidate mention before resolution.
type cand struct {
	span      pipeline.Span
	typ       string
	canon     string // gazetteer canonical, or "" for names found by shape
	ref       uint32 // canon's referent index + 1 in the lexicon, or 0 if not known
	role      *pipeline.Span
	sentence  int
	single    bool // one unknown capitalised word: kept only if resolution explains it
	prevPrep  bool // preceded by a locative preposition other than "to"
	addressed bool // preceded by a form of address ("Mr", "Dr."): a person
	typed     bool // a single word whose context gives typ ("the town of X")
	placeable bool // a single word that a listed town or region would be (resolver.listedPlace)
	headline  bool // in a line written in title case (sentenceView.titleLine)
}
