package entities

import (
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

// wordMemo is one remembered lexicon.WordInfo of a token.
type wordMemo struct {
	lexicon.WordInfo
	done bool
}

// info is the lexicon's WordInfo of token i's fold (the zero WordInfo
// outside the sentence, as for the empty word), looked up once per
// sentence.
func (s *sentenceView) info(i int) *lexicon.WordInfo {
	if uint(i) >= uint(len(s.wi)) {
		s.none = lexicon.WordInfo{}
		return &s.none
	}
	m := &s.wi[i]
	if !m.done {
		m.WordInfo, m.done = s.lx.Word(s.folds[i]), true
	}
	return &m.WordInfo
}

// is reports whether token i's fold has any of the bits b in the phrase
// table.
func (s *sentenceView) is(i int, b lexicon.WordBits) bool { return s.info(i).Is&b != 0 }

// head is Lexicon.Heads of token i's text, the map asked only when the
// token's fold is that of a head word: most words a name ends with are
// none.
func (s *sentenceView) head(i int) (string, bool) {
	if s.in(i, lexicon.Designators) && s.suffixDesignator(i) {
		return pipeline.Org, true // "Ltd", "S.p.A."
	}
	if !s.is(i, lexicon.WordHead) {
		return "", false
	}
	typ, ok := s.lx.Heads[s.word(i)]
	return typ, ok
}

// prefixHead is Lexicon.PrefixHeads of token i's text, the map asked
// only when the token's fold is that of a prefix head.
func (s *sentenceView) prefixHead(i int) string {
	if s.in(i, lexicon.Designators) {
		if d, ok := s.designator(i); ok && d.Prefix {
			return pipeline.Org // "PT Lorvik Tbk"
		}
	}
	if !s.is(i, lexicon.WordPrefixHead) {
		return ""
	}
	return s.lx.PrefixHeads[s.word(i)]
}
