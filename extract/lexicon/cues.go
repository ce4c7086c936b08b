package lexicon

import (
	"sort"
	"strings"
)

// CueNone labels a phrase that is no cue at all ("press conference",
// "opposition groups"): it covers its words so that no shorter cue inside
// it counts.
const CueNone = "none"

// Pattern is a compiled cue. A cue word is "w" (exact), "w*" (prefix) or
// either followed by "/TAG" (the token's Penn tag must begin with TAG, so
// "protest*/vb" matches protested but not protests).
type Pattern struct {
	Cue
	Words  []PatternWord
	Tagged bool // a word has a tag
	// Second is the class an exact second word must have, -1 for none:
	// tested before the whole pattern, it rules out most patterns tried
	Second int32
}

// PatternWord is one word of a Pattern.
type PatternWord struct {
	Text   string
	Prefix bool
	Tag    string // upper case; "" for any
	Class  int32  // of Text in the Index, when not a prefix
}

// compileCues compiles the lexicon's cues, ordered by their key in the
// lexicon and then as listed, so that patterns sharing a first word keep
// one order every run.
func compileCues(lx *Lexicon) []Pattern {
	keys := make([]string, 0, len(lx.Cues))
	for k := range lx.Cues {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var out []Pattern
	for _, k := range keys {
		for _, c := range lx.Cues[k] {
			p := Pattern{Cue: c}
			for _, w := range c.Words {
				cw := PatternWord{Text: w}
				if k := strings.IndexByte(w, '/'); k > 0 {
					cw.Text, cw.Tag = w[:k], strings.ToUpper(w[k+1:])
				}
				if strings.HasSuffix(cw.Text, "*") {
					cw.Text, cw.Prefix = strings.TrimSuffix(cw.Text, "*"), true
				}
				p.Words = append(p.Words, cw)
				p.Tagged = p.Tagged || cw.Tag != ""
			}
			out = append(out, p)
		}
	}
	return out
}
