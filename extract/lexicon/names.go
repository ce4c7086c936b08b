package lexicon

import (
	_ "embed"
	"fmt"
	"strings"
)

// The name lists are long (tens of thousands of given names, towns and
// ordinary words): each is an embedded file read in place, not a map
// built at start-up. Its data lines begin with a folded key and come in
// hashed order: by bucket (the low bits of the key's FNV-1a hash, for as
// many buckets as the largest power of two not above the number of
// lines), then by key. Beside each list its bucket index (.idx), written
// with it by the build script, holds where each bucket starts, so that
// loading reads no line; a lookup hashes the word once and compares it
// with the few keys of its bucket in each list.

var (
	//go:embed given_names.tsv
	givenNamesData string
	//go:embed given_names.idx
	givenNamesIndex string
	//go:embed family_names.tsv
	familyNamesData string
	//go:embed family_names.idx
	familyNamesIndex string
	//go:embed cities.tsv
	citiesData string
	//go:embed cities.idx
	citiesIndex string
	//go:embed subdivisions.tsv
	subdivisionsData string
	//go:embed subdivisions.idx
	subdivisionsIndex string
	//go:embed ordinary_words.txt
	ordinaryWordsData string
	//go:embed ordinary_words.idx
	ordinaryWordsIndex string
)

// NameBits say what the name lists hold of one folded word or phrase.
type NameBits uint16

const (
	GivenName  NameBits = 1 << iota // given_names.tsv
	GivenWeak                       // a given name that is also an ordinary word or a place (Hope, Jordan)
	FamilyName                      // family_names.tsv: an East Asian family name, written first
	FamilyWeak                      // a family name that is also an ordinary word (Long, Song)
	City                            // cities.tsv
	Region                          // subdivisions.tsv
	PlaceWeak                       // a town or region whose name is also an ordinary word, a given name or a surname
	Ordinary                        // ordinary_words.txt, or the singular of a regular plural is
	MaleName                        // a given name of men
	FemaleName                      // a given name of women
)

// nameList is one embedded name list, its bucket index and what its
// lines say.
type nameList struct {
	file  string
	data  string
	index string
	bits  func(fields string) NameBits // the bits of a line, from the fields after its key
}

func nameLists() [numNameLists]nameList {
	// Most lines have no flags, and a flag's word appears nowhere else in
	// its line: strings.Contains tells.
	weak := func(fields string, flags ...string) bool {
		if len(fields) <= 3 {
			return false // a gender or a country code at most
		}
		for _, f := range flags {
			if strings.Contains(fields, f) {
				return true
			}
		}
		return false
	}
	return [...]nameList{
		{"given_names.tsv", givenNamesData, givenNamesIndex, func(f string) NameBits {
			b := GivenName
			switch {
			case strings.HasPrefix(f, "m"):
				b |= MaleName
			case strings.HasPrefix(f, "f"):
				b |= FemaleName
			}
			if weak(f, "word", "place") {
				b |= GivenWeak
			}
			return b
		}},
		{"family_names.tsv", familyNamesData, familyNamesIndex, func(f string) NameBits {
			if weak(f, "word") || f == "word" {
				return FamilyName | FamilyWeak
			}
			return FamilyName
		}},
		{"cities.tsv", citiesData, citiesIndex, func(f string) NameBits {
			if weak(f, "word", "given", "surname") {
				return City | PlaceWeak
			}
			return City
		}},
		{"subdivisions.tsv", subdivisionsData, subdivisionsIndex, func(f string) NameBits {
			if weak(f, "word", "given") {
				return Region | PlaceWeak
			}
			return Region
		}},
		{"ordinary_words.txt", ordinaryWordsData, ordinaryWordsIndex, func(string) NameBits { return Ordinary }},
	}
}

// numNameLists is the number of name lists.
const numNameLists = 5

// nameTable is the name lists, each with its bucket index: an array, so
// that a lookup's loop over them checks no bounds.
type nameTable struct {
	lists [numNameLists]bucketed
}

// bucketed is one list in hashed order: data[l.start(b):l.start(b+1)]
// holds the lines of bucket b (get reads both starts with one load).
type bucketed struct {
	data string
	at   string // the bucket index: mask+2 little-endian uint32 offsets into data
	mask uint32
	bits func(fields string) NameBits
}

// start returns the offset in data of bucket b's first line; start(mask+1)
// is len(data).
func (l *bucketed) start(b uint32) uint32 { return le32(l.at[4*b:]) }

// le64 is the little-endian uint64 that s starts with.
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// le32 is the little-endian uint32 that s starts with.
func le32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

func newNameTable() (*nameTable, error) {
	t := &nameTable{}
	for i, l := range nameLists() {
		b, err := indexed(l)
		if err != nil {
			return nil, err
		}
		t.lists[i] = b
	}
	return t, nil
}

// indexed is list l with its bucket index, which must be one: a power of
// two buckets, ending at the end of the list. That the lines are in
// their buckets is the tests' to check.
func indexed(l nameList) (bucketed, error) {
	n := len(l.index)/4 - 1
	bl := bucketed{data: l.data, at: l.index, mask: uint32(n - 1), bits: l.bits}
	if len(l.index)%4 != 0 || n < 1 || n&(n-1) != 0 || bl.start(uint32(n)) != uint32(len(l.data)) {
		return bucketed{}, fmt.Errorf("lexicon/%s: its bucket index does not match it (rebuild both with scripts/lexicon/build_lexicon.py)", l.file)
	}
	return bl, nil
}

// get returns the bits of key (0 if no list holds it). A bucket's lines
// are compared with the key in place, a line at a time.
func get[K string | []byte](t *nameTable, key K) NameBits {
	h := nameHash(key)
	n := len(key)
	var out NameBits
	for i := range t.lists {
		l := &t.lists[i]
		se := le64(l.at[4*(h&l.mask):]) // this bucket's start, then the next's
		lines := l.data[uint32(se):uint32(se>>32)]
		for len(lines) > n {
			if c := lines[n]; (c == '\t' || c == '\n') && lines[:n] == string(key) {
				rest := lines[n:]
				if e := strings.IndexByte(rest, '\n'); e >= 0 {
					rest = rest[:e]
				}
				out |= l.bits(strings.TrimPrefix(rest, "\t"))
				break
			}
			e := strings.IndexByte(lines, '\n')
			if e < 0 {
				break
			}
			lines = lines[e+1:]
		}
	}
	return out
}

func nameHash[K string | []byte](key K) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(key); i++ {
		h = (h ^ uint32(key[i])) * 16777619
	}
	return h
}

// Name returns what the name lists hold of the folded word or phrase w:
// given and family names, towns and regions, ordinary words (a regular
// plural or -ing form as its stem).
func (lx *Lexicon) Name(w string) NameBits {
	b := get(lx.names, w)
	if b == 0 && len(w) > 4 {
		b = lx.stem(w) & Ordinary // not for a listed name: "Athens", "Lukas"
	}
	return b
}

// NameBytes is Name(string(w)).
func (lx *Lexicon) NameBytes(w []byte) NameBits {
	b := get(lx.names, w)
	if b == 0 && len(w) > 4 {
		b = lx.stem(string(w)) & Ordinary
	}
	return b
}

// stem returns the bits of the stem of w, a regular plural ("managers",
// "bosses", "industries") or -ing form ("purchasing", "making"), 0 for
// none.
func (lx *Lexicon) stem(w string) NameBits {
	switch {
	case w[len(w)-1] == 's':
		return lx.singular(w)
	case strings.HasSuffix(w, "ing"):
		if b := get(lx.names, w[:len(w)-3]); b != 0 {
			return b
		}
		var buf [64]byte
		return get(lx.names, append(append(buf[:0], w[:len(w)-3]...), 'e'))
	}
	return 0
}

// singular returns the bits of the singular of the regular plural w
// ("managers", "bosses", "industries"), 0 for none.
func (lx *Lexicon) singular(w string) NameBits {
	if strings.HasSuffix(w, "ies") {
		var buf [64]byte
		if b := get(lx.names, append(append(buf[:0], w[:len(w)-3]...), 'y')); b != 0 {
			return b
		}
	}
	if b := get(lx.names, w[:len(w)-1]); b != 0 {
		return b
	}
	if strings.HasSuffix(w, "es") {
		return get(lx.names, w[:len(w)-2])
	}
	return 0
}
