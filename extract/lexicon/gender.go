package lexicon

import (
	_ "embed" // given_genders.tsv
	"strings"
)

// Gender is what a word says of a person's sex.
type Gender int8

// The genders: Unknown where the words say nothing or disagree.
const (
	Unknown Gender = iota
	Male
	Female
)

// givenGenders is given_genders.tsv: a header, then NAME<TAB>m|f lines
// sorted by name, searched in place (GivenGender) rather than read into a
// map at start-up.
//
//go:embed given_genders.tsv
var givenGenders string

// givenNames is givenGenders without its header.
var givenNames = skipHeader(givenGenders)

func skipHeader(data string) string {
	for strings.HasPrefix(data, "#") {
		_, data, _ = strings.Cut(data, "\n")
	}
	return data
}

// GivenGender returns the gender of the folded given name, Unknown for a
// name not listed (or given to both sexes).
func (lx *Lexicon) GivenGender(name string) Gender {
	v, ok := searchSorted(givenNames, name)
	switch {
	case !ok:
		return Unknown
	case v == "m":
		return Male
	case v == "f":
		return Female
	}
	return Unknown
}

// searchSorted finds the line of data, KEY<TAB>VALUE lines sorted by key
// (bytewise) each ending in a newline, whose key is key, by halves over
// the bytes, and returns its value.
func searchSorted(data, key string) (string, bool) {
	lo, hi := 0, len(data) // the lines starting in [lo, hi) are left
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := lo + strings.LastIndexByte(data[lo:mid], '\n') + 1
		end := strings.IndexByte(data[start:], '\n')
		if end < 0 {
			end = len(data) - start
		}
		k, v, _ := strings.Cut(data[start:start+end], "\t")
		switch {
		case k == key:
			return v, true
		case k < key:
			lo = start + end + 1
		default:
			hi = start
		}
	}
	return "", false
}

// GenderOf returns the gender that the folded word w gives a person: a
// form of address, a noun of office or kin, a personal pronoun.
func (lx *Lexicon) GenderOf(w string) Gender { return GenderOfLists(lx.Lists(w)) }

// GenderOfLists is GenderOf for a word of the lists l.
func GenderOfLists(l List) Gender {
	switch {
	case l&MaleWords != 0 && l&FemaleWords == 0:
		return Male
	case l&FemaleWords != 0 && l&MaleWords == 0:
		return Female
	}
	return Unknown
}
