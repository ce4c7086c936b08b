package lexicon

// Gender is what a word says of a person's sex.
type Gender int8

// The genders: Unknown where the words say nothing or disagree.
const (
	Unknown Gender = iota
	Male
	Female
)

// GivenGender returns the gender of the folded given name (given_names.tsv),
// Unknown for a name not listed or given to both sexes.
func (lx *Lexicon) GivenGender(name string) Gender {
	switch b := lx.Name(name); {
	case b&MaleName != 0 && b&FemaleName == 0:
		return Male
	case b&FemaleName != 0 && b&MaleName == 0:
		return Female
	}
	return Unknown
}

// GenderOf returns the gender that the folded word w gives a person: a
// form of address, a noun of office or kin, a personal pronoun.
func (lx *Lexicon) GenderOf(w string) Gender { return GenderOfLists(lx.Lists(w)) }

// GenderOfLists is GenderOf for a word of the lists l.
func GenderOfLists(l List) Gender {
	switch male, female := l.Any(MaleWords), l.Any(FemaleWords); {
	case male && !female:
		return Male
	case female && !male:
		return Female
	}
	return Unknown
}
