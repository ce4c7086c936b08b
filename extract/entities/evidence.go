package entities

import (
	"strings"

	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

// A run of capitalised words that no list explains is typed by what its
// words are: a given name or an East Asian family name first is a
// person's name; ordinary English words after a proper name make a
// company or a body ("Kelvar Motors"), ordinary words alone a title or a
// slogan rather than a name; "&" joins the names of a firm.

// nameMemo is one remembered lexicon.NameBits of a token.
type nameMemo struct {
	bits lexicon.NameBits
	done bool
}

// names is the lexicon's NameBits of token i's fold (0 outside the
// sentence), looked up once per sentence and remembered across sentences
// and documents (nameCache): names recur.
func (s *sentenceView) names(i int) lexicon.NameBits {
	if i < 0 || i >= len(s.nm) {
		return 0
	}
	m := &s.nm[i]
	if !m.done {
		m.bits, m.done = s.nc.get(s.lx, s.folds[i]), true
	}
	return m.bits
}

// nameCache remembers the lexicon's NameBits of folded words, for one
// goroutine (the entity finder's scratch), up to maxNames words, then
// afresh.
type nameCache struct {
	bits map[string]lexicon.NameBits
}

const maxNames = 1 << 14

func (c *nameCache) get(lx *lexicon.Lexicon, f string) lexicon.NameBits {
	if b, ok := c.bits[f]; ok {
		return b
	}
	if c.bits == nil || len(c.bits) >= maxNames {
		c.bits = make(map[string]lexicon.NameBits, 1024)
	}
	b := lx.Name(f)
	c.bits[strings.Clone(f)] = b // not the document's text, which the map outlives
	return b
}

// givenName: token i is a given name that is no ordinary word or place.
func (s *sentenceView) givenName(i int) bool {
	return s.names(i)&(lexicon.GivenName|lexicon.GivenWeak) == lexicon.GivenName
}

// ordinary: token i is an ordinary English word and not a given name
// ("Exchange", "Medical"; not "John", which is both), or a function word
// that title case capitalises ("Per", "Above").
func (s *sentenceView) ordinary(i int) bool {
	return s.names(i)&lexicon.Ordinary != 0 && !s.givenName(i) || s.in(i, lexicon.StopCaps)
}

// designator returns the corporate designator token i is, as written.
func (s *sentenceView) designator(i int) (lexicon.Designator, bool) {
	if !s.in(i, lexicon.Designators) {
		return lexicon.Designator{}, false
	}
	d, ok := s.lx.Designators[strings.TrimSuffix(s.fold(i), ".")]
	if !ok || !d.Is(s.word(i)) {
		return lexicon.Designator{}, false
	}
	return d, true
}

// suffixDesignator: token i ends a company's name ("Ltd", "S.p.A.").
func (s *sentenceView) suffixDesignator(i int) bool {
	if !s.in(i, lexicon.Designators) {
		return false // as most words, found without a call
	}
	d, ok := s.designator(i)
	return ok && d.Suffix
}

// designatorDot returns the end of token i's name including the dot the
// tokenizer split off a dotted designator ("Corp" + "."), else the token's
// own end.
func (s *sentenceView) designatorDot(i int) int {
	end, k := s.toks[i].End, i+1
	if d, ok := s.designator(i); ok && d.Dotted && s.word(k) == "." && s.has(k, tfJoined) {
		end, k = s.toks[k].End, k+1
	}
	if s.word(k) == "," && s.suffixDesignator(k+1) && s.suffixDesignator(i) {
		return s.designatorDot(k + 1) // "Nichiro Gyogyo Co., Ltd."
	}
	return end
}

// addressBefore: a form of address ("Mr", "Dr.", "Señora") stands right
// before token i, or before initials before it ("Dr. S. Jaishankar"),
// with or without its dot as a token of its own.
func (s *sentenceView) addressBefore(i int) bool {
	j := s.initialsBefore(i) - 1
	if s.word(j) == "." && j > 0 {
		j--
	}
	return j >= 0 && s.has(j, tfCap) && s.in(j, lexicon.AddressForms)
}

// nameStart returns where the words written before a name that belongs
// to it start: initials and a form of address ("Dr. S." of "Dr. S.
// Jaishankar"), i for none.
func (s *sentenceView) nameStart(i int) int {
	j := s.initialsBefore(i)
	k := j - 1
	if s.word(k) == "." && k > 0 {
		k--
	}
	if k >= 0 && s.has(k, tfCap) && s.in(k, lexicon.AddressForms) {
		return k
	}
	return j
}

// initialsBefore returns the start of the initials written right before
// token i ("S." or "A. J." before a surname), i for none.
func (s *sentenceView) initialsBefore(i int) int {
	for i >= 2 && s.word(i-1) == "." && s.initial(i-2) {
		i -= 2
	}
	return i
}

// initial: token i is one capital letter, an initial whose dot the
// tokenizer splits off.
func (s *sentenceView) initial(i int) bool {
	w := s.word(i)
	return len(w) == 1 && 'A' <= w[0] && w[0] <= 'Z'
}

// participleCompound: token i is a capitalised hyphen compound ending in
// a participle ("Ontario-based", "Moscow-backed"), which describes a name
// rather than being part of it.
func (s *sentenceView) participleCompound(i int) bool {
	if !s.has(i, tfHyphen) {
		return false
	}
	f := s.fold(i)
	h := strings.LastIndexByte(f, '-')
	return h > 0 && s.has(i, tfCap) && s.lx.Lists(f[h+1:]).Any(lexicon.ParticipleCompounds)
}

// nameKind is what a run of unknown capitalised words names, by its words.
type nameKind int

const (
	nkUnknown nameKind = iota // no evidence: a person, as most such runs are
	nkPerson
	nkOrg
	nkNone   // ordinary words only: a title, a slogan, a table heading
	nkPlace  // a listed town or region
	nkRegion // a compass word before an unknown name: a region, no government's
)

// kindOf says what the words [start, end) of a capitalised run name.
func (s *sentenceView) kindOf(start, end int) nameKind {
	if end-start < 2 {
		if s.givenName(start) {
			return nkPerson
		}
		return nkUnknown
	}
	for k := start; k < end; k++ {
		if s.word(k) == "&" {
			return nkOrg // "Marlow & Finch"
		}
	}
	if s.prefixHead(start) != "" {
		return nkUnknown // "Lake Maggiore", "Operation Iron Swords": typed by the head
	}
	if end-start <= 3 {
		if b := s.lx.NameBytes(s.foldRange(start, end)); b&(lexicon.City|lexicon.Region) != 0 && b&lexicon.PlaceWeak == 0 {
			return nkPlace // "Novi Pazar"
		}
	}
	if end-start == 2 && s.in(start, lexicon.CompassWords) && strings.HasSuffix(s.fold(start), "ern") && !s.ordinary(end-1) && s.names(end-1)&(lexicon.GivenName|lexicon.FamilyName) == 0 {
		return nkRegion // "Eastern Slavonia": part of a land
	}
	first := s.names(start)
	lastOrdinary := s.ordinary(end - 1)
	switch {
	case s.givenName(start):
		return nkPerson
	case !lastOrdinary && first&lexicon.GivenName != 0:
		return nkPerson // "Hope Hicks"
	case !lastOrdinary && first&lexicon.FamilyName != 0 && (first&lexicon.FamilyWeak == 0 || !s.ordinary(start+1)):
		return nkPerson // "Wang Yi", "Pham Minh Chinh"
	case !lastOrdinary:
		return nkUnknown
	}
	for k := start; k < end; k++ {
		if !s.ordinary(k) && !s.has(k, tfParticle) {
			return nkOrg // "Kelvar Motors", "Zarnov Medical"
		}
	}
	return nkNone // "Operating Profit", "Financial Futures"
}

// typeOfKind is the entity type of a name kind, "" for no entity.
func typeOfKind(k nameKind) string {
	switch k {
	case nkOrg:
		return pipeline.Org
	case nkPlace:
		return pipeline.GPE
	case nkRegion:
		return pipeline.Loc
	case nkNone:
		return ""
	}
	return pipeline.Person
}
