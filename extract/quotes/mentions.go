package quotes

import (
	"bytes"

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
	// the folded names (see foldedNames), built on first use in the memory
	// of sc
	sc         *quoteScratch
	namesBuilt bool
	// folded name or name suffix -> the entity it names, or -1 when it
	// names more than one; built once lookups are many (see lookupName)
	names   map[string]int32
	lookups int
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

// entityMention is one mention of entity ent.
type entityMention struct {
	ent  int
	span pipeline.Span
}

// newMentionIndex indexes d's mentions in the memory of sc, finding their
// tokens from the sentence token ranges of qd.
func newMentionIndex(d *pipeline.Document, qd *quoteDoc, sc *quoteScratch) *mentionIndex {
	sc.tok = text.Resize(sc.tok, len(d.Tokens))
	m := &mentionIndex{d: d, lx: qd.lx, tok: sc.tok, sc: sc}
	for i := range m.tok {
		m.tok[i] = -1
	}
	nMentions := 0
	for _, e := range d.Entities {
		nMentions += len(e.Mentions)
	}
	if cap(sc.mens) < nMentions {
		sc.mens = make([]entityMention, 0, nMentions)
	}
	m.mens = sc.mens[:0]
	for ei, e := range d.Entities {
		for _, mn := range e.Mentions {
			mi := int32(len(m.mens))
			m.mens = append(m.mens, entityMention{ent: ei, span: mn.Span})
			lo := text.TokenEndingNear(d, mn.Sentence, mn.Start)
			for k := lo; k < len(d.Tokens) && d.Tokens[k].Start < mn.End; k++ {
				// a longer mention wins (Black Sea Grain Initiative over Black Sea)
				if m.tok[k] < 0 || m.mens[m.tok[k]].span.Len() < mn.Len() {
					m.tok[k] = mi
				}
			}
		}
	}
	return m
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
	if m.names == nil {
		m.names = make(map[string]int32, 2*len(names))
		all := string(text)
		for _, n := range names {
			m.addName(int(n.ei), all[n.start:n.end])
		}
	}
	ei, ok := m.names[string(key)]
	return ei, ok
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

// foldedNames returns each name and alias, folded and single-spaced, and
// the text they are slices of, built on first use.
func (m *mentionIndex) foldedNames() ([]foldedName, []byte) {
	sc := m.sc
	if m.namesBuilt {
		return sc.names, sc.nameText
	}
	m.namesBuilt = true
	names, buf := sc.names[:0], sc.nameText[:0]
	for ei, e := range m.d.Entities {
		for k := -1; k < len(e.Aliases); k++ {
			n := e.Text
			if k >= 0 {
				n = e.Aliases[k]
			}
			start := len(buf)
			buf = text.AppendFoldFields(buf, n)
			names = append(names, foldedName{int32(ei), int32(start), int32(len(buf))})
			if cut := m.particleAt(buf[start:]); cut >= 0 {
				// "Abdel Fattah el-Sisi" is also "Sisi"
				v := len(buf)
				buf = append(buf, buf[start:start+cut]...)
				buf = append(buf, buf[start+cut+m.particleLen(buf[start+cut:v]):v]...)
				names = append(names, foldedName{int32(ei), int32(v), int32(len(buf))})
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

// particleAt returns where the last word of the folded name starts when
// it opens with a particle joined by a hyphen ("el-sisi", "al-assad"),
// else -1.
func (m *mentionIndex) particleAt(name []byte) int {
	at := bytes.LastIndexByte(name, ' ') + 1
	if m.particleLen(name[at:]) == 0 {
		return -1
	}
	return at
}

// particleLen is the length of the particle and hyphen that word opens
// with, 0 for none or for a word of nothing else.
func (m *mentionIndex) particleLen(word []byte) int {
	h := bytes.IndexByte(word, '-')
	if h <= 0 || h+1 >= len(word) || m.lx.Lists(string(word[:h]))&lexicon.Particles == 0 {
		return 0
	}
	return h + 1
}
