package postag

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Tag sets tags[i] to the part-of-speech tag of words[i], for the words of
// one sentence; tags must be at least as long as words. It follows prose's
// perceptronTagger.tag: special cases, then the tag dictionary, then the
// perceptron over prose's 14 features, each word's tag feeding the next.
// An empty word gets the empty tag.
func (m *Model) Tag(words, tags []string) {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	ctx := sc.context(words)
	p1, p2 := "-START-", "-START2-"
	i1, i2 := m.startIndex(), m.start2Index() // indexes of p1, p2 (tagrows.go)
	for i, w := range words {
		tag, ti := m.special(w), -1
		switch {
		case tag != "":
			ti = m.tagIndex(tag)
		case w == "":
		default:
			if c, ok := m.lookupDict(w); ok {
				tag, ti = m.classes[c], c
			} else {
				ti = m.predict(w, ctx[i:i+5], p1, p2, i1, i2)
				if ti >= 0 {
					tag = m.classes[ti]
				}
			}
		}
		tags[i] = tag
		p2, p1 = p1, tag
		i2, i1 = i1, ti
	}
}

// special returns the tag prose's special cases give w, or "".
func (m *Model) special(w string) string {
	switch {
	case w == "-":
		return "-"
	case m.isEmoticon(w):
		return "SYM"
	case isLinkOrEmail(w):
		return "NN"
	case isNone(w):
		return "-NONE-"
	case isKeep(w):
		return w
	}
	return ""
}

func (m *Model) isEmoticon(w string) bool {
	_, ok := m.emoticons[w]
	return ok
}

func (m *Model) lookupDict(w string) (int, bool) {
	e := m.dict.find(hashStr(offset64, w), w, "", "", false)
	if e < 0 {
		return 0, false
	}
	return int(m.dict.blob[e+1]), true
}

// Feature names, with the space that joins them to their first value.
const (
	fSuffix     = "i suffix "
	fPref1      = "i pref1 "
	fTag1       = "i-1 tag "
	fTag2       = "i-2 tag "
	fTag12      = "i tag+i-2 tag "
	fWord       = "i word "
	fTag1Word   = "i-1 tag+i word "
	fWordM1     = "i-1 word "
	fSuffixM1   = "i-1 suffix "
	fWordM2     = "i-2 word "
	fWordP1     = "i+1 word "
	fSuffixP1   = "i+1 suffix "
	fWordP2     = "i+2 word "
	numPrefixes = 13
)

var prefixes = [numPrefixes]string{fSuffix, fPref1, fTag1, fTag2, fTag12, fWord,
	fTag1Word, fWordM1, fSuffixM1, fWordM2, fWordP1, fSuffixP1, fWordP2}

// prefixHash[k] is the FNV-1a state after prefixes[k].
var prefixHash = func() (h [numPrefixes]uint64) {
	for k, p := range prefixes {
		h[k] = hashStr(offset64, p)
	}
	return h
}()

// byteString[b] is Go's string(b) for a byte b: prose's "i pref1" value
// is string(w[0]), which for a non-ASCII lead byte is that byte's Latin-1
// rune in UTF-8.
var byteString = func() (t [256]string) {
	for b := range t {
		t[b] = string(rune(b))
	}
	return t
}()

// predict scores prose's features of w (ctx = normalized words i-2..i+2;
// p1, p2 the tags before it, with their indexes i1, i2) and returns the
// best class, or -1; ties go to the earlier class.
func (m *Model) predict(w string, ctx []string, p1, p2 string, i1, i2 int) int {
	s := m.tagStart(p1, p2, i1, i2) // bias and features 2-4
	one := func(k int, a string) {
		if e := m.feats.find(hashStr(prefixHash[k], a), prefixes[k], a, "", false); e >= 0 {
			s.add(m.feats.blob[e:])
		}
	}
	two := func(k int, a, b string) {
		h := hashStr((hashStr(prefixHash[k], a)^' ')*prime64, b)
		if e := m.feats.find(h, prefixes[k], a, b, true); e >= 0 {
			s.add(m.feats.blob[e:])
		}
	}
	one(0, suffix3(w))
	one(1, byteString[w[0]])
	one(5, ctx[2])
	two(6, p1, ctx[2])
	one(7, ctx[1])
	one(8, suffix3(ctx[1]))
	one(9, ctx[0])
	one(10, ctx[3])
	one(11, suffix3(ctx[3]))
	one(12, ctx[4])
	best := -1
	for c := range m.classes {
		if s.present&(1<<c) != 0 && (best < 0 || s.v[c] > s.v[best]) {
			best = c
		}
	}
	return best
}

// featKey is feature k's value: a, or a and b joined by a space.
type featKey struct {
	a, b string
	two  bool
}

// hash is the FNV-1a hash of prefixes[k] + the value.
func (f *featKey) hash(k int) uint64 {
	h := hashStr(prefixHash[k], f.a)
	if f.two {
		h = hashStr((h^' ')*prime64, f.b)
	}
	return h
}

func suffix3(s string) string { return s[len(s)-min(len(s), 3):] }

// scores sums weights per class; present marks the classes seen (prose
// picks only among classes some active feature has a weight for).
type scores struct {
	v       [64]int32
	present uint64
}

// add adds the weights of a feature entry (see doc.go).
func (s *scores) add(e []byte) {
	kl, n := int(e[0]), int(e[1])
	cls := e[2+kl : 2+kl+n]
	ws := e[2+kl+n : 2+kl+5*n]
	var present uint64
	for j, c := range cls {
		w := ws[4*j : 4*j+4 : 4*j+4]
		s.v[c&63] += int32(uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16 | uint32(w[3])<<24)
		present |= 1 << (c & 63)
	}
	s.present |= present
}

type scratch struct {
	ctx   []string
	buf   []byte
	spans [][2]int // buf span of each word's lower-cased form, or {-1, -1}
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// context returns prose's context: "-START-", "-START2-", the normalized
// words, "-END-", "-END2-". Lower-cased words share one allocation.
func (sc *scratch) context(words []string) []string {
	n := len(words)
	sc.ctx = append(sc.ctx[:0], "-START-", "-START2-")
	sc.buf = sc.buf[:0]
	sc.spans = sc.spans[:0]
	for _, w := range words {
		c, lower := normalize(w)
		sp := [2]int{-1, -1}
		if lower {
			sp[0] = len(sc.buf)
			sc.buf = appendLower(sc.buf, w)
			sp[1] = len(sc.buf)
		}
		sc.spans = append(sc.spans, sp)
		sc.ctx = append(sc.ctx, c)
	}
	if len(sc.buf) > 0 {
		all := string(sc.buf)
		for i, sp := range sc.spans {
			if sp[0] >= 0 {
				sc.ctx[2+i] = all[sp[0]:sp[1]]
			}
		}
	}
	sc.ctx = append(sc.ctx, "-END-", "-END2-")
	return sc.ctx[: n+4 : n+4]
}

// normalize is prose's normalize: "!HYPHEN" for a word with an inner
// hyphen, "!YEAR" for a four-character integer, "!DIGITS" for a word that
// starts with a digit, else the word lower-cased. It returns lower=true
// (and no string) when lower-casing changes the word.
func normalize(w string) (s string, lower bool) {
	switch {
	case w == "":
		return "", false
	case w[0] != '-' && strings.IndexByte(w, '-') >= 0:
		return "!HYPHEN", false
	case len(w) == 4 && isInt(w):
		return "!YEAR", false
	case '0' <= w[0] && w[0] <= '9':
		return "!DIGITS", false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; 'A' <= c && c <= 'Z' {
			return "", true
		} else if c >= utf8.RuneSelf {
			if changesLower(w[i:]) {
				return "", true
			}
			return w, false
		}
	}
	return w, false
}

// changesLower reports whether strings.ToLower changes s, which has no
// ASCII upper-case letters.
func changesLower(s string) bool {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, n := utf8.DecodeRuneInString(s[i:]); n == 1 {
				return true
			}
		}
		if unicode.ToLower(r) != r {
			return true
		}
	}
	return false
}

// isInt reports whether strconv.Atoi accepts s: an optional sign, then
// one or more ASCII digits (s is short enough not to overflow).
func isInt(s string) bool {
	if s[0] == '+' || s[0] == '-' {
		s = s[1:]
	}
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// appendLower appends strings.ToLower(w) to b without allocating.
func appendLower(b []byte, w string) []byte {
	for _, r := range w {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
			continue
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}
