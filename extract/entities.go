package extract

import (
	"context"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/parley-nlp/parley/extract/datenorm"
	"github.com/parley-nlp/parley/pipeline"
)

// EntityFinder finds named entities. Input: Sentences, Tokens (with tags).
// Output: Entities, one per real-world referent, under its fullest name,
// with aliases and every mention (mentions inside a title are kept: "US"
// in "US President" is a mention of the United States).
//
// It works on the shape of the text rather than on commas, which the
// translation often drops: each capitalised run is cut into gazetteer
// names, nationality words, title words, dates and unknown name words;
// a title followed by a name makes a person with a role; a run ending in a
// head word ("Palace", "Council", "Talks") takes that head's type.
type EntityFinder struct {
	lx      *Lexicon
	scratch sync.Pool // of *entityScratch
}

// entityScratch is the entity finder's working memory for one document,
// reused by the next one: the token flags, the folding buffers and the
// sentence view's per-token memos.
type entityScratch struct {
	tok   tokenScratch
	view  sentenceView
	cands []cand // the candidates, which resolution does not keep
}

// maxEntityScratch bounds the tokens of scratch space kept for reuse, so
// that one very long article does not hold its memory for a whole batch.
const maxEntityScratch = 1 << 16

func (f *EntityFinder) getScratch() *entityScratch {
	if sc, ok := f.scratch.Get().(*entityScratch); ok {
		return sc
	}
	return new(entityScratch)
}

// putScratch keeps sc for the next document, without its pointers into
// this one.
func (f *EntityFinder) putScratch(sc *entityScratch) {
	if cap(sc.tok.fl) > maxEntityScratch {
		return
	}
	v := &sc.view
	v.d, v.toks, v.folds, v.fl = nil, nil, nil, nil
	clear(v.hits[:cap(v.hits)])
	v.hits = v.hits[:0]
	clear(sc.cands)
	sc.cands = sc.cands[:0]
	f.scratch.Put(sc)
}

// NewEntityFinder returns the entity stage.
func NewEntityFinder(lx *Lexicon) *EntityFinder { return &EntityFinder{lx: lx} }

// Name implements pipeline.Stage.
func (*EntityFinder) Name() string { return "entities" }

// Run implements pipeline.Stage.
func (f *EntityFinder) Run(ctx context.Context, d *pipeline.Document) error {
	sc := f.getScratch()
	defer f.putScratch(sc)
	cands := sc.cands[:0]
	if cap(cands) < len(d.Tokens)/8 {
		cands = make([]cand, 0, len(d.Tokens)/8)
	}
	folds, flags := sharedTokens(d, &sc.tok)
	s := &sc.view // one view, its scratch reused by every sentence
	s.d, s.lx = d, f.lx
	var r tokenRanges
	for si := range d.Sentences {
		if si%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		lo, hi := r.next(d, si)
		s.reset(si, d.Tokens[lo:hi], folds[lo:hi:hi], flags[lo:hi:hi])
		cands = s.candidates(cands)
	}
	d.Entities = resolve(d, f.lx, cands)
	datenorm.Fill(d, d.Entities)
	sc.cands = cands
	return nil
}

// tokenRanges is d.SentenceTokenRange for the sentences in order: the
// ranges follow each other, so they are found by walking the tokens once
// rather than by two binary searches per sentence.
type tokenRanges struct{ lo, start int }

func (r *tokenRanges) next(d *pipeline.Document, si int) (lo, hi int) {
	s := d.Sentences[si].Span
	if s.Start < r.start {
		return d.SentenceTokenRange(si) // out of order: search
	}
	lo = r.lo
	for lo < len(d.Tokens) && d.Tokens[lo].Start < s.Start {
		lo++
	}
	hi = lo
	for hi < len(d.Tokens) && d.Tokens[hi].Start < s.End {
		hi++
	}
	r.lo, r.start = lo, s.Start
	return lo, hi
}

// cand is one candidate mention before resolution.
type cand struct {
	span     pipeline.Span
	typ      string
	canon    string // gazetteer canonical, or "" for names found by shape
	ref      uint32 // canon's referent index + 1 in the lexicon, or 0 if not known
	role     *pipeline.Span
	sentence int
	single   bool // one unknown capitalised word: kept only if resolution explains it
	prevPrep bool // preceded by a locative preposition other than "to"
}

// token kinds inside a sentence.
const (
	kOther = iota
	kName
	kTitle
	kParticle
	kConn
	kStop
)

type sentenceView struct {
	d     *pipeline.Document
	lx    *Lexicon
	si    int
	toks  []pipeline.Token
	folds []string   // Fold of each token's text
	fl    []tokFlags // flags of each token's text
	gaz   []gazHit   // gazAt's results by token index (gazmemo.go)
	hits  []GazEntry // the entries gaz refers to
	refs  []uint32   // their referent indexes + 1 (gazRef)
	dem   []int32    // demonymAt's results + 1 by token index, 0 for not yet
	tend  []int32    // titleEndingAt's results + 2 by token index, 0 for not yet
	buf   []byte     // foldRange's scratch key
	ps    []piece    // segment's result, reused run after run
	wi    []wordMemo // info's results by token index
	none  wordInfo   // info's result outside the sentence
}

// reset points the view at sentence si, keeping its scratch space.
func (s *sentenceView) reset(si int, toks []pipeline.Token, folds []string, fl []tokFlags) {
	s.si, s.toks, s.folds, s.fl = si, toks, folds, fl
	s.gaz = resized(s.gaz, len(toks))
	s.hits, s.refs = s.hits[:0], s.refs[:0]
	s.wi = resized(s.wi, len(toks))
	s.dem = resized(s.dem, len(toks))
	s.tend = resized(s.tend, len(toks)+1)
}

// resized returns b with length n, zeroed, reusing its space.
func resized[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n, max(n, 64))
	}
	b = b[:n]
	clear(b)
	return b
}

func (s *sentenceView) word(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.d.Text[s.toks[i].Start:s.toks[i].End]
}

// fold is Fold(s.word(i)), computed once per document.
func (s *sentenceView) fold(i int) string {
	if i < 0 || i >= len(s.folds) {
		return ""
	}
	return s.folds[i]
}

// has reports whether token i has any of the flags f (false outside the
// sentence, as for the empty word).
func (s *sentenceView) has(i int, f tokFlags) bool {
	return i >= 0 && i < len(s.fl) && s.fl[i]&f != 0
}

// gap is the text between token j and token j+1.
func (s *sentenceView) gap(j int) string { return s.d.Text[s.toks[j].End:s.toks[j+1].Start] }

func (s *sentenceView) span(i, j int) pipeline.Span {
	return pipeline.Span{Start: s.toks[i].Start, End: s.toks[j-1].End}
}

var particles = map[string]bool{
	"bin": true, "bint": true, "ibn": true, "al": true, "el": true, "von": true, "der": true, "van": true,
	"den": true, "de": true, "da": true, "di": true, "du": true, "la": true, "le": true, "dos": true,
	"das": true, "del": true, "ben": true, "al-": true, "ould": true, "y": true,
}

// stopCaps are capitalised words that start sentences but are never names.
var stopCaps = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "during": true, "following": true,
	"after": true, "before": true, "it": true, "he": true, "she": true, "they": true, "we": true, "i": true,
	"this": true, "that": true, "these": true, "those": true, "however": true, "both": true, "no": true,
	"much": true, "some": true, "all": true, "also": true, "his": true, "her": true, "their": true, "its": true,
	"our": true, "my": true, "there": true, "while": true, "when": true, "as": true, "with": true, "by": true,
	"for": true, "from": true, "to": true, "of": true, "and": true, "but": true, "or": true, "if": true,
	"since": true, "although": true, "according": true, "under": true, "despite": true, "meanwhile": true,
	"then": true, "thus": true, "therefore": true, "moreover": true, "furthermore": true, "additionally": true,
	"many": true, "several": true, "other": true, "another": true, "each": true, "every": true, "one": true,
	"two": true, "three": true, "first": true, "second": true, "third": true, "last": true, "next": true,
	"what": true, "which": true, "who": true, "where": true, "why": true, "how": true, "not": true, "yes": true,
	"emphasis": true, "we’re": true, "we're": true, "let": true, "now": true, "today": true, "here": true,
	"because": true, "until": true, "upon": true, "within": true, "without": true, "among": true, "between": true,
	"through": true, "regarding": true, "concerning": true, "nevertheless": true, "instead": true, "later": true,
	"earlier": true, "subsequently": true, "finally": true, "initially": true, "shortly": true, "officials": true,
	"analysts": true, "observers": true, "critics": true, "experts": true, "sources": true, "talks": true,
	"negotiations": true, "delegations": true, "leaders": true, "such": true, "any": true, "only": true,
	"just": true, "even": true, "still": true, "yet": true, "so": true, "very": true, "more": true, "most": true,
}

var locPreps = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "across": true, "from": true, "into": true, "to": true}

// isCap: the word starts with an upper-case letter ("al-Sudani" counts).
func isCap(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) {
		return true
	}
	if (r == 'a' || r == 'e') && len(w) > n+2 && (strings.HasPrefix(w, "al-") || strings.HasPrefix(w, "el-")) {
		r2, _ := utf8.DecodeRuneInString(w[3:])
		return unicode.IsUpper(r2)
	}
	return false
}

func isAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// sentenceStart: the first word of the sentence or of a quotation.
func (s *sentenceView) sentenceStart(i int) bool {
	if i == 0 {
		return true
	}
	p := s.word(i - 1)
	return len(p) <= 3 && opensSentence(p)
}

// opensSentence: the word holds a quotation mark, colon, parenthesis or
// dash. An ASCII word is tested byte by byte, as most are.
func opensSentence(p string) bool {
	for k := 0; k < len(p); k++ {
		switch p[k] {
		case '"', ':', '(':
			return true
		}
		if p[k] >= utf8.RuneSelf {
			return strings.ContainsAny(p, "“\"«„‘:(—–")
		}
	}
	return false
}

// gazScan returns the longest gazetteer match starting at i: its end,
// entry and the entry's referent index + 1 (0 when not read from the
// word table). Keys are the folded text between the tokens with white space
// collapsed, so "People’s Republic" and "P5+1" match as written. An
// acronym entry ("UN") matches only upper-case text ("Kim Jong Un" is no
// mention of the United Nations).
func (s *sentenceView) gazScan(i int) (int, GazEntry, uint32) {
	if !s.has(i, tfCap) && !s.has(i, tfDigit) {
		return i, GazEntry{}, 0
	}
	if s.has(i, tfOdd) {
		return s.gazScanText(i)
	}
	if s.lx.words == nil {
		return s.gazScanText(i)
	}
	best, bestE, bestRef := i, GazEntry{}, uint32(0)
	var arr [128]byte
	key := append(arr[:0], s.folds[i]...) // as foldRange(i, j+1)
	var bits phraseBits                   // what key was, one token shorter
	for j := i; j < len(s.toks) && j-i < 2*s.lx.GazMax+2; j++ {
		if j > i {
			switch {
			case s.has(j, tfOdd):
				return s.gazScanText(i)
			case s.has(j, tfSpaced):
				if !s.lx.goesOnBits(bits, pbStart, " ") {
					return best, bestE, bestRef // no listed name goes on this way
				}
				key = append(key, ' ')
			case !s.has(j, tfJoined):
				return s.gazScanText(i) // a gap the folded tokens do not spell
			}
			key = append(key, s.folds[j]...)
		}
		var g gazInfo
		if j == i {
			g = s.info(i).gaz // key is the token's fold
		} else {
			g = s.lx.wordBytes(key).gaz
		}
		bits = g.bits
		if bits&pbListed == 0 {
			continue
		}
		if bits&pbAcronym != 0 && !isAllCaps(s.d.Text[s.toks[i].Start:s.toks[j].End]) {
			continue
		}
		best, bestE, bestRef = j+1, s.lx.gazEntry(g), g.ref
	}
	return best, bestE, bestRef
}

// gazScanText is gazScan folding the text itself, for the tokens and
// gaps that the folded tokens do not spell.
func (s *sentenceView) gazScanText(i int) (int, GazEntry, uint32) {
	best, bestE := i, GazEntry{}
	var arr [128]byte
	f := fieldsFolder{buf: arr[:0]} // f.buf = Fold(strings.Join(strings.Fields(raw), " "))
	from := s.toks[i].Start
	for j := i; j < len(s.toks) && j-i < 2*s.lx.GazMax+2; j++ {
		if j > i && !s.lx.gazGoesOn(f.buf, s.gap(j-1)) {
			break // no listed name goes on this way
		}
		raw := s.d.Text[s.toks[i].Start:s.toks[j].End]
		piece := s.d.Text[from:s.toks[j].End] // raw's new part: the gap and token j
		if strings.ContainsAny(piece, "\n\r") {
			break
		}
		from = s.toks[j].End
		f = f.add(piece)
		e, ok := s.lx.Gazetteer[string(f.buf)]
		// a listed name may end in a lower-case word ("Normandy format")
		// when it has at least two words
		if !ok || !s.has(j, tfCap) && !s.has(j, tfDigit) && !isPlusOne(s.word(j)) && j == i {
			continue
		}
		if s.lx.Acronyms[string(f.buf)] && !isAllCaps(raw) {
			continue
		}
		best, bestE = j+1, e
	}
	return best, bestE, 0
}

func startsWithDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

func isPlusOne(w string) bool { return w == "1" || w == "+" }

func (s *sentenceView) isTitleWord(i int) bool {
	if !s.is(i, wbTitleWord) {
		return false
	}
	w := s.fold(i)
	return w != "of" && w != "for" && w != "the" && w != "and"
}

// piece is one typed stretch of a capitalised run.
type piece struct {
	kind       int // kName, kTitle, kConn, kStop, or kOther for gazetteer/NORP/paren
	start, end int // token indexes, end exclusive
	gaz        GazEntry
	ref        uint32 // gaz's referent index + 1 in the lexicon, or 0
	norp       bool
	absorbed   bool // inside a longer typed name
}

// candidates appends the candidate mentions of the sentence to out.
func (s *sentenceView) candidates(out []cand) []cand {
	n := len(s.toks)
	for i := 0; i < n; {
		f := s.fl[i]
		if f&(tfDigit|tfMonth|tfWeekday|tfCap) == 0 {
			i++ // neither a date nor a name starts here, as at most words
			continue
		}
		if j := matchDateFlags(s.fl, i); j > i && !s.eventMonth(i, j) {
			out = append(out, cand{span: s.span(i, j), typ: pipeline.Date, sentence: s.si})
			i = j
			continue
		}
		if !s.has(i, tfCap) {
			i++
			continue
		}
		j := s.runEnd(i)
		ps := s.segment(i, j)
		out = s.typeRun(out, ps)
		out = s.lowerEvent(out, ps, j)
		if n := len(ps); n > 0 && ps[n-1].end > j {
			j = ps[n-1].end
		}
		i = j
	}
	return out
}

// runEnd extends a capitalised run from i: capitalised words, particles and
// of/for/the between them, and a "(2025)" or "(JCC)" right after.
func (s *sentenceView) runEnd(i int) int {
	j := i + 1
	for j < len(s.toks) {
		w := s.word(j)
		switch {
		case matchDateFlags(s.fl, j) > j && !s.has(j, tfYear):
			return j
		case s.has(j, tfCap|tfAllCaps):
			j++
		case (s.has(j, tfParticle) || w == "of" || w == "for") && s.has(j+1, tfCap):
			j++
		case s.has(j, tfParticle) && s.has(j+1, tfParticle) && s.has(j+2, tfCap):
			j += 2 // von der Leyen, de la Calle
		case (w == "of" || w == "for") && s.word(j+1) == "the" && s.has(j+2, tfCap):
			j += 2
		case w == "(" && s.word(j+2) == ")" && (s.has(j+1, tfYear) || s.has(j+1, tfAllCaps)):
			j += 3
		case (w == "’s" || w == "'s") && s.has(j+1, tfCap):
			j++ // Tigray People’s Liberation Front
		default:
			// a gazetteer name may hold lower-case words: Jammu and Kashmir
			if e := s.gazBeyond(i, j); e > j {
				j = e
				continue
			}
			return j
		}
	}
	return j
}

// gazBeyond returns the furthest end of a gazetteer match that starts in
// [i, j) and runs past j, or j.
func (s *sentenceView) gazBeyond(i, j int) int {
	best := j
	for k := i; k < j; k++ {
		if e, _ := s.gazAt(k); e > best {
			best = e
		}
	}
	return best
}

// segment cuts the run [i, j) into pieces, longest gazetteer match first.
func (s *sentenceView) segment(i, j int) []piece {
	ps := s.ps[:0]
	for k := i; k < j; {
		f := s.fold(k)
		if d := s.demonymAt(k); d > k && d >= s.gazEnd(k) {
			ps = append(ps, piece{kind: kOther, start: k, end: d, norp: true}) // North Korean
			k = d
			continue
		}
		if end, e := s.gazAt(k); end > k && !s.nameGoesOn(ps, k, end, e) && !s.firstNameAfterTitle(ps, k, end, e) {
			ps = append(ps, piece{kind: kOther, start: k, end: end, gaz: e, ref: s.gazRef(k)})
			k = end
			continue
		}
		switch {
		case s.sentenceStart(k) && (s.is(k, wbStopCap) || !isNNP(s.toks[k].Tag)) && !s.isTitleWord(k):
			ps = append(ps, piece{kind: kStop, start: k, end: k + 1})
		case f == "of" || f == "for" || f == "the" || f == "(" || f == ")" || f == "'s":
			ps = append(ps, piece{kind: kConn, start: k, end: k + 1})
		case s.has(k, tfYear) || s.has(k, tfAllCaps) && k > i && s.word(k-1) == "(":
			ps = append(ps, piece{kind: kOther, start: k, end: k + 1})
		case s.is(k, wbDemonym):
			ps = append(ps, piece{kind: kOther, start: k, end: k + 1, norp: true})
		case s.isTitleWord(k) && !s.insideName(ps, k, j) && !s.nameAfterTitle(ps, k, j):
			if len(ps) > 0 && ps[len(ps)-1].kind == kTitle {
				ps[len(ps)-1].end = k + 1
			} else {
				ps = append(ps, piece{kind: kTitle, start: k, end: k + 1})
			}
		default:
			if len(ps) > 0 && ps[len(ps)-1].kind == kName && ps[len(ps)-1].end == k {
				ps[len(ps)-1].end = k + 1
			} else if s.has(k, tfParticle) && len(ps) > 0 && ps[len(ps)-1].kind == kName {
				ps[len(ps)-1].end = k + 1
			} else {
				ps = append(ps, piece{kind: kName, start: k, end: k + 1})
			}
		}
		k++
	}
	s.ps = ps
	return ps
}

func isNNP(tag string) bool { return tag == "NNP" || tag == "NNPS" || tag == "" }

// nameGoesOn: a one-word body or event name right after a person's name
// words is the end of the name ("Thérèse Kayikwamba Wagner" is not the
// Wagner Group); places keep their type ("… Marco Rubio US …").
func (s *sentenceView) nameGoesOn(ps []piece, k, end int, e GazEntry) bool {
	if end != k+1 || len(ps) == 0 {
		return false
	}
	if e.Type == pipeline.GPE || e.Type == pipeline.Loc {
		// "special envoy Thomas West", "Finance Minister Siniša Mali": a
		// titled first name is followed by its surname, not by a place
		n := len(ps)
		if n == 0 || ps[n-1].kind != kName || ps[n-1].end != k || ps[n-1].end-ps[n-1].start != 1 || s.has(k, tfAllCaps) {
			return false
		}
		first := ps[n-1].start
		if n >= 2 {
			return ps[n-2].kind == kTitle && ps[n-2].end == first
		}
		return first > 0 && s.is(first-1, wbTitleHead) // "… special envoy Thomas West"
	}
	last := ps[len(ps)-1]
	// only a short form of a longer listed name ("Wagner" for the Wagner
	// Group) is that ambiguous; "… Jake Sullivan Kremlin …" keeps the Kremlin
	short := s.fold(k) != Fold(e.Canonical)
	return short && last.kind == kName && last.end == k && !s.has(k, tfAllCaps)
}

// honorifics are written as part of a name: "Sheikh Mohammed bin
// Abdulrahman", "Mullah Abdul Ghani Baradar", "Hassan Sheikh Mohamud".
var honorifics = map[string]bool{"sheikh": true, "shaikh": true, "sheik": true, "mullah": true, "haji": true, "sayyid": true, "mawlawi": true}

// insideName: an honorific followed by a name word belongs to the name.
func (s *sentenceView) insideName(ps []piece, k, j int) bool {
	if !honorifics[s.fold(k)] || k+1 >= j {
		return false
	}
	next := k + 1
	if s.isTitleWord(next) || s.demonymAt(next) > next {
		return false
	}
	e, _ := s.gazAt(next)
	return e == next && s.has(next, tfCap) && !s.has(next, tfAllCaps)
}

func (s *sentenceView) gazEnd(k int) int { e, _ := s.gazAt(k); return e }

// eventMonth: a month that names an event with the head after it ("the
// October War", "the February Revolution") is no date.
func (s *sentenceView) eventMonth(i, j int) bool {
	return j == i+1 && s.lx.Heads[s.word(j)] == pipeline.Event
}

// nameAfterTitle: a title word right after a complete title and before a
// name word starts the name ("Foreign Minister Amir Khan Muttaqi").
func (s *sentenceView) nameAfterTitle(ps []piece, k, j int) bool {
	if len(ps) == 0 || ps[len(ps)-1].kind != kTitle || ps[len(ps)-1].end != k || k+1 >= j {
		return false
	}
	last := ps[len(ps)-1]
	if s.titleEndingAt(last.end) < 0 {
		return false // the title before is not complete yet
	}
	if q := s.titleEndingAt(k + 1); q >= 0 && q < k {
		return false // the word goes on with a longer title: "Defence Minister"
	}
	if !s.has(k+1, tfCap) || s.isTitleWord(k+1) || s.demonymAt(k+1) > k+1 {
		return false
	}
	e, _ := s.gazAt(k + 1)
	return e == k+1
}

// firstNameAfterTitle: right after a title, a one-word place followed by
// an unknown name word is a first name ("Foreign Minister Israel Katz").
func (s *sentenceView) firstNameAfterTitle(ps []piece, k, end int, e GazEntry) bool {
	if end != k+1 || e.Type != pipeline.GPE || len(ps) == 0 || ps[len(ps)-1].kind != kTitle || ps[len(ps)-1].end != k {
		return false
	}
	next := k + 1
	if next >= len(s.toks) || !s.has(next, tfCap) || s.has(next, tfAllCaps) || s.isTitleWord(next) || s.demonymAt(next) > next {
		return false
	}
	ge, _ := s.gazAt(next)
	return ge == next
}

// eventNouns name talks when written in lower case after a place: "the
// Istanbul talks", "the Geneva summit", "the Astana process".
var eventNouns = map[string]bool{
	"talks": true, "summit": true, "conference": true, "process": true, "format": true,
	"negotiations": true, "dialogue": true, "track": true,
}

// lowerEvent: a place name ending a capitalised run and followed by a
// lower-case event noun names an event.
func (s *sentenceView) lowerEvent(out []cand, ps []piece, j int) []cand {
	if len(ps) == 0 || j >= len(s.toks) || !eventNouns[s.word(j)] {
		return out
	}
	p := ps[len(ps)-1]
	if p.end != j || p.absorbed && p.gaz.Type == "" {
		return out
	}
	switch p.gaz.Type {
	case pipeline.GPE, pipeline.Fac, pipeline.Loc:
	default:
		return out
	}
	if k := j + 1; k < len(s.toks) && !s.has(k, tfCap) && s.toks[k].Tag != "" && s.toks[k].Tag[0] == 'N' {
		return out // "the Riyadh talks format" goes on as a noun phrase
	}
	return append(out, cand{span: s.span(p.start, j+1), typ: pipeline.Event, sentence: s.si})
}
