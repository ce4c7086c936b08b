package entities

import (
	"strings"
	"unicode/utf8"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

// A single unknown word is no name by its shape alone: the words around
// it say what it names. A descriptor noun before it ("the news agency
// X"), before "of" ("the town of X"), after it ("X province") or in an
// apposition after it ("X, the carrier"); a country or state after a
// comma ("X, Lorvikia", "X, Fla."); a town or region the lists hold. A
// facility or landform noun after a name is part of it ("the Araz river",
// "the Miorina dam").

// descriptor returns the descriptor noun token i is, written in lower
// case.
func (s *sentenceView) descriptor(i int) (lexicon.Descriptor, bool) {
	if !s.in(i, lexicon.Descriptors) || s.has(i, tfCap) {
		return lexicon.Descriptor{}, false
	}
	d, ok := s.lx.Descriptors[s.fold(i)]
	return d, ok
}

// contextType returns the type the words around the single unknown word
// at token k give it, "" for none.
func (s *sentenceView) contextType(k int) string {
	if typ := s.descriptorBefore(k); typ != "" {
		return typ
	}
	if s.has(k-1, tfCap|tfParticle) || s.fold(k-1) == "of" && s.has(k-2, tfCap) {
		return "" // "the Nation of Islam group", "Lega dei Ticinesi party": the end of a longer name
	}
	if d, ok := s.descriptor(k + 1); ok && d.After && (d.Type == pipeline.GPE || d.Type == pipeline.Org) && s.toks[k].Tag != "JJ" {
		return d.Type // "Tamor province", not "the Transylvanian town"; "the Tamor river" is lowerHead's
	}
	if s.word(k+1) == "," {
		if typ := s.apposition(k + 2); typ != "" {
			return typ
		}
	}
	if typ := s.listEnd(k); typ != "" {
		return typ
	}
	if s.givenName(k) && !s.ordinary(k) && (s.in(k+1, lexicon.SayVerbs) && s.toks[k+1].Tag == "VBD" || k >= 2 && s.in(k-1, lexicon.SayVerbs) && s.toks[k-1].Tag == "VBD" && text.IsQuoteMark(s.word(k-2)) && s.closesReport(k+1)) {
		return pipeline.Person // "Melanie said", "“…,” said Melanie": someone called by the given name
	}
	return s.placeConjunct(k, k+1)
}

// closesReport: token k ends a reporting clause after a quote: a comma,
// or a full stop before a line break or another quote (not "said Del.
// Ana Ruiz", where the dot is an abbreviation's).
func (s *sentenceView) closesReport(k int) bool {
	switch s.word(k) {
	case ",":
		return true
	case ".":
		rest := strings.TrimLeft(s.d.Text[s.toks[k].End:], " \t\u00a0")
		r, n := utf8.DecodeRuneInString(rest)
		return n == 0 || r == '\n' || r == '\r' || text.IsQuoteMark(rest[:n])
	}
	return false
}

// placeable: the single unknown word at token k may be a place by the
// town and region lists alone (resolution asks them, when no other
// evidence claims the word first): not an acronym, not after a particle,
// not beside a number ("Barnsley 2 Norwich 1": teams and their scores).
func (s *sentenceView) placeable(k int) bool {
	return !s.has(k, tfAllCaps) && !s.has(k-1, tfParticle) && !s.has(k+1, tfDigit) && !s.has(k-1, tfDigit)
}

// apposition returns the type an apposition starting at token k gives
// the name before its comma: a listed country or region ("Bresk,
// Lorvikia"), or a descriptor noun after an article ("Bresk, a town in
// …", "Varta, the state carrier").
func (s *sentenceView) apposition(k int) string {
	if e, g := s.gazAt(k); e > k && g.Type == pipeline.GPE {
		if f := s.fold(e); e == len(s.toks) || f == "," || f == "." || f == ";" || f == ")" {
			return pipeline.GPE // not "According to X, Lorvikia would …"
		}
	}
	if f := s.fold(k); f != "a" && f != "an" && f != "the" {
		return ""
	}
	for i := k + 1; i < len(s.toks) && i <= k+3; i++ {
		if d, ok := s.descriptor(i); ok && d.Appos {
			return d.Type
		}
		if s.has(i, tfCap) || s.word(i) == "," {
			break
		}
	}
	return ""
}

// lowerHeadAt returns the end of a facility, landform or event noun written in
// lower case at token j after a name, with one lower-case noun before it
// ("river", "gas field", "border crossing"), and its type; j and "" for
// none.
func (s *sentenceView) lowerHeadAt(j int) (int, string) {
	if !s.in(j, lexicon.Descriptors) && !s.in(j+1, lexicon.Descriptors) {
		return j, ""
	}
	for k := j; k < len(s.toks) && k <= j+1; k++ {
		if d, ok := s.descriptor(k); ok && d.After && (d.Type == pipeline.Fac || d.Type == pipeline.Loc || d.Type == pipeline.Event) {
			if k+1 < len(s.toks) && !s.has(k+1, tfCap) && s.toks[k+1].Tag != "" && s.toks[k+1].Tag[0] == 'N' {
				return j, "" // "the Tamor river basin" goes on as a noun phrase
			}
			return k + 1, d.Type
		}
		if s.has(k, tfCap) || s.toks[k].Tag == "" || s.toks[k].Tag[0] != 'N' {
			break
		}
	}
	return j, ""
}

// lowerHead appends a name and the facility, landform or event noun after
// it as one entity ("the Araz river", "the Rafah crossing", "the Bresk
// bombing").
// A listed place takes a facility noun only ("the Rafah crossing", not
// "the Idlib zone"), an unknown name one not made of ordinary words.
func (s *sentenceView) lowerHead(out []cand, ps []piece, j int) []cand {
	if !s.in(j, lexicon.Descriptors) && !s.in(j+1, lexicon.Descriptors) || len(ps) == 0 || s.has(j, tfCap) {
		return out // as after most names
	}
	p := ps[len(ps)-1]
	if p.end != j || p.absorbed || p.norp || p.kind != kName && p.gaz.Type != pipeline.GPE && p.gaz.Type != pipeline.Loc {
		return out
	}
	end, typ := s.lowerHeadAt(j)
	if typ == "" || p.kind != kName && typ != pipeline.Fac || p.kind == kName && s.ordinaryWords(p.start, p.end) {
		return out
	}
	return append(out, cand{span: s.span(p.start, end), typ: typ, sentence: s.si})
}

// gluedList: name piece t is the head of a list of one-word names whose
// commas are missing ("Astara Lerik Bilasuvar and Jabrayil"): unknown
// words with no given or family name among them and no title before,
// followed by "and" or "or" and a last one-word name; three words or
// more, or two where a place context stands before them ("the crossings
// in Dorohusk Hrebenne and Korczowa").
func (s *sentenceView) gluedList(ps []piece, t int) bool {
	p := ps[t]
	n := p.end - p.start
	if n < 2 || t > 0 && ps[t-1].end == p.start && ps[t-1].kind != kStop {
		return false
	}
	if f := s.fold(p.end); f != "and" && f != "or" || !s.has(p.end+1, tfCap) || s.has(p.end+2, tfCap|tfParticle) {
		return false
	}
	if e, _ := s.gazAt(p.end + 1); e > p.end+2 {
		return false
	}
	for k := p.start; k < p.end; k++ {
		if s.has(k, tfAllCaps|tfParticle|tfHyphen) || s.ordinary(k) || s.isTitleWord(k) || s.names(k)&(lexicon.GivenName|lexicon.FamilyName) != 0 {
			return false
		}
	}
	if s.kindOf(p.start, p.end) != nkUnknown || s.roleBefore(s.nameStart(p.start)) != nil || s.addressBefore(p.start) {
		return false
	}
	return n >= 3 || s.listContext(p.start) != ""
}

// listContext returns the type the words before a list starting at
// token k give each of its names: a descriptor noun ("the villages X",
// "the towns of X") or a locative preposition (a place); "" for none.
func (s *sentenceView) listContext(k int) string {
	if typ := s.descriptorBefore(k); typ != "" {
		return typ
	}
	if s.in(k-1, lexicon.LocativePreps) && s.fold(k-1) != "to" && s.fold(k-1) != "from" {
		return pipeline.GPE
	}
	return ""
}

// listEnd returns the type of the last name of a list, the single word
// at token k after "and" or "or": that of the list's context when the
// words before the conjunction are one-word names of it ("in Rutshuru
// and Kiwanja"); "" for none.
func (s *sentenceView) listEnd(k int) string {
	if f := s.fold(k - 1); f != "and" && f != "or" || !s.has(k-2, tfCap) {
		return ""
	}
	i := k - 2
	for i > 0 && s.has(i-1, tfCap) && !s.isTitleWord(i-1) {
		i--
	}
	for j := i; j < k-1; j++ {
		if s.has(j, tfAllCaps|tfParticle) || s.isTitleWord(j) || s.names(j)&(lexicon.GivenName|lexicon.FamilyName) != 0 {
			return ""
		}
	}
	return s.listContext(i)
}

// descriptorBefore returns the type a descriptor noun right before a name
// starting at token k gives it ("the news agency Varta", "the Dutch
// consultancy Van Rijn Hydraulics", "the town of Bresk"), "" for none.
func (s *sentenceView) descriptorBefore(k int) string {
	if d, ok := s.descriptor(k - 1); ok && d.Before {
		return d.Type
	}
	if s.fold(k-1) == "of" {
		if d, ok := s.descriptor(k - 2); ok && d.Of {
			return d.Type
		}
	}
	return ""
}

// placeConjunct returns GPE when the unknown name [i, j) is joined by
// "and" or "or" to a listed town or country right before or after it
// ("between Gönyű and Gabčíkovo" has none, "between Veľké Zlievce and
// Balassagyarmat" one): names coordinated are mostly of one kind. A single
// word needs a gazetteer place, as the town lists hold surnames too.
func (s *sentenceView) placeConjunct(i, j int) string {
	for k := i; k < j; k++ {
		if s.ordinary(k) || s.has(k, tfAllCaps) {
			return "" // "Northern and Northeastern states"
		}
	}
	if f := s.fold(j); (f == "and" || f == "or") && !s.has(j+2, tfCap) {
		if s.listedTown(j+1, j-i > 1) {
			return pipeline.GPE
		}
	}
	if f := s.fold(i - 1); (f == "and" || f == "or") && !s.has(j, tfCap) && s.has(i-2, tfCap) && !s.has(i-3, tfCap) {
		if s.listedTown(i-2, j-i > 1) {
			return pipeline.GPE
		}
	}
	return ""
}

// listedTown: the word at token k is a one-word country or town of the
// gazetteer or, with lists, of the town and region lists.
func (s *sentenceView) listedTown(k int, lists bool) bool {
	if s.has(k, tfAllCaps) {
		return false // "Bond and PIBOR futures"
	}
	if e, g := s.gazAt(k); e > k {
		return e == k+1 && g.Type == pipeline.GPE
	}
	if !lists {
		return false // "Rabin and Arafat": a town of the lists may be a surname
	}
	b := s.names(k)
	return b&(lexicon.City|lexicon.Region) != 0 && b&lexicon.PlaceWeak == 0
}
