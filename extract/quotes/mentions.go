package quotes

import (
	"bytes"
	"strings"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

// mentionIndex maps tokens to the entity mention covering them, and names
// (and their word suffixes: surnames) to entities.
type mentionIndex struct {
	d    *pipeline.Document
	lx   *lexicon.Lexicon
	tok  []int32 // per token: index in mens of its mention, or -1
	mens []entityMention
	// mens[entMens[ei]:entMens[ei+1]] are the mentions of entity ei
	entMens []int32
	// the folded names (see foldedNames), built on first use in the memory
	// of sc
	sc         *quoteScratch
	namesBuilt bool
	// folded name or name suffix -> the entity it names, or -1 when it
	// names more than one; built once lookups are many (see lookupName)
	names      map[string]int32
	lookups    int
	holderMemo map[string][]int32 // see holdersOf: the holders of each word asked
	persons    []int32            // the people, by entity index, in the memory of sc
	twice      [4]uint64          // see indexPersons
	once       [4]uint64          // see indexPersons
	// persons and twice are made
	personsBuilt bool
}

// foldedName is a name or alias of entity ei, folded and single-spaced:
// quoteScratch.nameText[start:end].
type foldedName struct {
	ei, start, end int32
}

// maxNameScans is how many name lookups scan the names before they are
// indexed: an article asks for few, and the index costs more to build than
// a few scans.
const maxNameScans = 16

// entityMention is one mention of entity ent. shared is whether it is a
// bare word that several entities' names hold (see speakers.holder): 0
// until asked, then 1 for no, 2 for yes.
type entityMention struct {
	ent    int
	span   pipeline.Span
	tok    int32 // a token at or shortly before the span's first
	shared int8
}

// newMentionIndex indexes d's mentions in the memory of sc, finding their
// tokens from the sentence token ranges of qd.
func newMentionIndex(d *pipeline.Document, qd *quoteDoc, sc *quoteScratch) *mentionIndex {
	sc.tok = text.Resize(sc.tok, len(d.Tokens))
	m := &mentionIndex{d: d, lx: qd.lx, tok: sc.tok, sc: sc}
	// -1 everywhere, by doubling copies (memmove) rather than a store a token
	if len(m.tok) > 0 {
		m.tok[0] = -1
		for n := 1; n < len(m.tok); n *= 2 {
			copy(m.tok[n:], m.tok[:n])
		}
	}
	nMentions := 0
	for ei := range d.Entities { // by index: an Entity is too big to copy
		nMentions += len(d.Entities[ei].Mentions)
	}
	if cap(sc.mens) < nMentions {
		sc.mens = make([]entityMention, 0, nMentions)
	}
	m.mens = sc.mens[:0]
	sc.entMens = text.Resize(sc.entMens, len(d.Entities)+1)
	m.entMens = sc.entMens
	for ei := range d.Entities {
		m.entMens[ei] = int32(len(m.mens))
		for j := range d.Entities[ei].Mentions {
			mn := &d.Entities[ei].Mentions[j]
			mi := int32(len(m.mens))
			lo := text.TokenEndingNear(d, mn.Sentence, mn.Start)
			m.mens = append(m.mens, entityMention{ent: ei, span: mn.Span, tok: int32(lo)})
			for k := lo; k < len(d.Tokens) && d.Tokens[k].Start < mn.End; k++ {
				// a longer mention wins (Black Sea Grain Initiative over Black Sea)
				if m.tok[k] < 0 || m.mens[m.tok[k]].span.Len() < mn.Len() {
					m.tok[k] = mi
				}
			}
		}
	}
	m.entMens[len(d.Entities)] = int32(len(m.mens))
	return m
}

// mentionAt returns the index in mens of the mention covering token g,
// or -1.
func (m *mentionIndex) mentionAt(g int) int32 {
	if g < 0 {
		return -1
	}
	return m.tok[g]
}

// at returns the entity index and span of the mention covering token g.
func (m *mentionIndex) at(g int) (int, pipeline.Span, bool) {
	if g < 0 || m.tok[g] < 0 {
		return -1, pipeline.Span{}, false
	}
	mn := m.mens[m.tok[g]]
	return mn.ent, mn.span, true
}

// lookupName returns the entity that the folded name key names, in full
// or by its last words ("Kerry" and "Al Zayani" find "John Kerry" and
// "Abdullatif Al Zayani"), -1 when it names more than one, and whether any
// name matches.
func (m *mentionIndex) lookupName(key []byte) (int32, bool) {
	names, text := m.foldedNames()
	if m.names == nil && m.lookups < maxNameScans {
		m.lookups++
		return scanNames(names, text, key)
	}
	m.build()
	ei, ok := m.names[string(key)]
	return ei, ok
}

// build indexes the names, once.
func (m *mentionIndex) build() {
	if m.names != nil {
		return
	}
	names, text := m.foldedNames()
	m.names = make(map[string]int32, 2*len(names))
	all := string(text)
	for _, n := range names {
		m.addName(int(n.ei), all[n.start:n.end])
	}
}

// scanNames is lookupName without the index.
func scanNames(names []foldedName, text, key []byte) (int32, bool) {
	if len(key) == 0 {
		return 0, false
	}
	found := int32(-2)
	for _, n := range names {
		// key is the name or a suffix of it that starts a word
		full := text[n.start:n.end]
		cut := len(full) - len(key)
		if cut < 0 || string(full[cut:]) != string(key) || cut > 0 && full[cut-1] != ' ' {
			continue
		}
		if found == -2 {
			found = int32(n.ei)
		} else if found != int32(n.ei) {
			return -1, true
		}
	}
	return found, found != -2
}

// foldedNames returns each name and alias of a person, body or country,
// folded and single-spaced, and the text they are slices of, built on
// first use.
func (m *mentionIndex) foldedNames() ([]foldedName, []byte) {
	sc := m.sc
	if m.namesBuilt {
		return sc.names, sc.nameText
	}
	m.namesBuilt = true
	names, buf := sc.names[:0], sc.nameText[:0]
	for ei, e := range m.d.Entities {
		if t := e.Type; t != pipeline.Person && t != pipeline.Org && t != pipeline.GPE {
			continue // only these speak by name (nameAt)
		}
		for k := -1; k < len(e.Aliases); k++ {
			n := e.Text
			if k >= 0 {
				n = e.Aliases[k]
			}
			start := len(buf)
			buf = text.AppendFoldFields(buf, n)
			names = append(names, foldedName{ei: int32(ei), start: int32(start), end: int32(len(buf))})
			if e.Type == pipeline.Person {
				if cut := m.particleCut(buf[start:]); cut > 0 {
					// "Carlos Salinas de Gortari" is also "Salinas", "Luiz
					// Inácio Lula da Silva" "Lula": the words before the
					// particle end in the name the person goes by
					v := len(buf)
					buf = append(buf, buf[start:start+cut]...)
					names = append(names, foldedName{ei: int32(ei), start: int32(v), end: int32(len(buf))})
				}
			}
			if bytes.IndexByte(buf[start:], '-') < 0 {
				continue
			}
			last := bytes.LastIndexByte(buf[start:], ' ') + 1
			if p := m.particleLen(buf[start+last:]); p > 0 {
				// "Abdel Fattah el-Sisi" is also "Sisi"
				v := len(buf)
				buf = append(buf, buf[start:start+last]...)
				buf = append(buf, buf[start+last+p:v]...)
				names = append(names, foldedName{ei: int32(ei), start: int32(v), end: int32(len(buf))})
			}
		}
	}
	sc.names, sc.nameText = names, buf
	return names, buf
}

// addName indexes a single-spaced folded name under itself and each of its
// word suffixes.
func (m *mentionIndex) addName(ei int, full string) {
	for i := 0; i < len(full); i++ {
		if i > 0 && full[i-1] != ' ' {
			continue
		}
		k := full[i:]
		if l, ok := m.names[k]; !ok {
			m.names[k] = int32(ei)
		} else if l != int32(ei) {
			m.names[k] = -1
		}
	}
}

// holdersOf returns the people whose names (or aliases) end in the word
// w, as written, or start with it as a family name (Kovács of "Kovács
// Eszter"), and the entity own that a mention of w was given, in entity
// order; nil when fewer than two hold it. Only people are weighed against
// the mention's entity: bodies and places rarely share a word with
// another.
func (m *mentionIndex) holdersOf(w string, own int) []int32 {
	if !m.personsBuilt {
		m.indexPersons()
	}
	person := m.d.Entities[own].Type == pipeline.Person
	if b := wordBit(w); person && m.twice[b/64]&(1<<(b%64)) == 0 {
		return nil // no two people hold a word of w's bit
	}
	if hs, ok := m.holderMemo[w]; ok {
		return hs
	}
	var hs []int32
	if !person {
		hs = append(hs, int32(own))
	}
	family := 0 // whether w may be a family name: 0 until asked, 1 no, 2 yes
	for _, ei := range m.persons {
		if m.holds(&m.d.Entities[ei], w, &family) {
			hs = append(hs, ei)
		}
	}
	if len(hs) < 2 {
		hs = nil
	}
	if m.holderMemo == nil {
		m.holderMemo = map[string][]int32{}
	}
	m.holderMemo[w] = hs
	return hs
}

// indexPersons lists the people and notes, by a bit per word, the words
// that one (once) and two or more (twice) of them hold as the last word
// of a name or alias or the first of their name.
func (m *mentionIndex) indexPersons() {
	m.personsBuilt = true
	m.persons = m.sc.persons[:0]
	var once [4]uint64
	for ei := range m.d.Entities {
		e := &m.d.Entities[ei]
		if e.Type != pipeline.Person {
			continue
		}
		m.persons = append(m.persons, int32(ei))
		var mine [4]uint64 // this person's words: each counts once
		for k := -1; k < len(e.Aliases); k++ {
			n := e.Text
			if k >= 0 {
				n = e.Aliases[k]
			}
			b := wordBit(n[strings.LastIndexByte(n, ' ')+1:])
			mine[b/64] |= 1 << (b % 64)
			if sp := strings.IndexByte(n, ' '); k < 0 && sp > 0 {
				b := wordBit(n[:sp])
				mine[b/64] |= 1 << (b % 64)
			}
		}
		for i := range mine {
			m.twice[i] |= once[i] & mine[i]
			once[i] |= mine[i]
		}
	}
	m.once = once
	m.sc.persons = m.persons
}

// personWord: a person may hold the word w (see indexPersons); false
// for certain when none does.
func (m *mentionIndex) personWord(w string) bool {
	if !m.personsBuilt {
		m.indexPersons()
	}
	b := wordBit(w)
	return m.once[b/64]&(1<<(b%64)) != 0
}

// wordBit hashes a word to one of 256 bits, by its length and its first
// and last bytes: a word shares its bit with few others of an article.
func wordBit(w string) uint32 {
	if w == "" {
		return 0
	}
	return (uint32(len(w))*0x9e3779b1 ^ uint32(w[0])<<8 ^ uint32(w[len(w)-1])) * 0x85ebca6b >> 24
}

// holds: a name or alias of person e ends in the word w, or its name
// starts with w as a family name; family caches whether w may be one.
func (m *mentionIndex) holds(e *pipeline.Entity, w string, family *int) bool {
	for k := -1; k < len(e.Aliases); k++ {
		n := e.Text
		if k >= 0 {
			n = e.Aliases[k]
		}
		// by lengths first: most names hold no word of w's length
		if len(n) < len(w) || n[len(n)-len(w):] != w || len(n) > len(w) && n[len(n)-len(w)-1] != ' ' {
			continue
		}
		return true
	}
	if n := e.Text; len(n) <= len(w) || n[len(w)] != ' ' || n[:len(w)] != w {
		return false
	}
	if *family == 0 {
		*family = 1
		if m.familyFirst(text.Fold(w)) {
			*family = 2
		}
	}
	return *family == 2
}

// particleLen is the length of the particle and hyphen that word opens
// with, 0 for none or for a word of nothing else.
func (m *mentionIndex) particleLen(word []byte) int {
	h := bytes.IndexByte(word, '-')
	if h < 0 || h > 3 {
		return 0 // particles are short: al-, el-, ad-
	}
	if h <= 0 || h+1 >= len(word) || !m.lx.Lists(string(word[:h])).Any(lexicon.Particles) {
		return 0
	}
	return h + 1
}

// familyFirst: the first word of a person's name may be a family name
// written first: it is no given name of one sex and no particle.
func (m *mentionIndex) familyFirst(w string) bool {
	return m.lx.GivenGender(w) == lexicon.Unknown && !m.lx.Lists(w).Any(lexicon.Particles.Or(lexicon.Honorifics))
}

// particleCut returns the length of the words of the folded name n before
// its first separate particle (de, da, dos), when two words or more stand
// before it; else 0. One word before it is a given name (Ursula von der
// Leyen, Mohammed bin Salman).
func (m *mentionIndex) particleCut(n []byte) int {
	first := bytes.IndexByte(n, ' ')
	if first < 0 {
		return 0
	}
	for i := first + 1; i < len(n); {
		j := bytes.IndexByte(n[i:], ' ')
		if j < 0 {
			return 0 // the last word is the surname itself
		}
		if m.lx.Lists(string(n[i : i+j])).Any(lexicon.Particles) {
			return i - 1
		}
		i += j + 1
	}
	return 0
}
