package lexicon

import (
	"fmt"

	"github.com/parley-nlp/parley/extract/internal/text"
)

// List is a set of word lists, one bit per list in two words. Each list
// is a file of lists/ whose header says what it is for; the stages test a
// word's lists with Any on its class's bits (Index).
type List struct{ lo, hi uint64 }

// bit is the set of the one list numbered n (below 128: a test holds the
// lists to distinct bits).
func bit(n uint) List {
	if n < 64 {
		return List{lo: 1 << n}
	}
	return List{hi: 1 << (n - 64)}
}

// Or is the union of l and m.
func (l List) Or(m List) List { return List{l.lo | m.lo, l.hi | m.hi} }

// Any reports whether l and m share a list.
func (l List) Any(m List) bool { return l.lo&m.lo != 0 || l.hi&m.hi != 0 }

// The word lists, one per concept: each is lists/<name>.txt (listFiles),
// whose header says what it is for.
var (
	Reporting           = bit(0)
	StartsCue           = bit(1) // not a file: the words some cue may start at
	Descriptors         = bit(2) // not a file: the words of Lexicon.Descriptors
	Designators         = bit(3) // not a file: the keys of Lexicon.Designators, and with their dot
	GazLower            = bit(4) // not a file: the words a gazetteer name writes in lower case after its first ("and", "format")
	AgreementNegators   = bit(5)
	Negators            = bit(6)
	DemandNegators      = bit(7)
	ConditionWords      = bit(8)
	ThreatMarkers       = bit(9)
	Guests              = bit(10)
	GuestCounts         = bit(11)
	DocumentNouns       = bit(12)
	Complementizers     = bit(13)
	RequestVerbs        = bit(14)
	BeForms             = bit(15)
	Copulas             = bit(16)
	Continuers          = bit(17)
	ListSubjects        = bit(18)
	ProvisionModals     = bit(19)
	ObligationModals    = bit(20)
	AgreedVerbs         = bit(21)
	TermsDenials        = bit(22)
	TermsNouns          = bit(23)
	OutcomeNegators     = bit(24)
	Denials             = bit(25)
	SubjectPronouns     = bit(26)
	FactReporting       = bit(27)
	SayVerbs            = bit(28)
	TellVerbs           = bit(29)
	SpeechActs          = bit(30)
	SpeechParticiples   = bit(31)
	According           = bit(32)
	CharacterisingVerbs = bit(33)
	Adverbs             = bit(34)
	PersonHeads         = bit(35)
	BodyHeads           = bit(36)
	PersonPronouns      = bit(37)
	ThingPronouns       = bit(38)
	GroupPronouns       = bit(39)
	TitleGlue           = bit(40)
	Particles           = bit(41)
	Months              = bit(42)
	Weekdays            = bit(43)
	StopCaps            = bit(44)
	LocativePreps       = bit(45)
	Qualifiers          = bit(46)
	Possessives         = bit(47)
	Honorifics          = bit(48)
	EventNouns          = bit(49)
	DescriptiveHeads    = bit(50)
	TermMarkers         = bit(51)
	TimeNouns           = bit(52)
	TimeShifters        = bit(53)
	Subordinators       = bit(54)
	QuoteVerbs          = bit(55)
	NounVerbs           = bit(56)
	AddressForms        = bit(57)
	ParticipleCompounds = bit(58)
	CompassWords        = bit(59)
	Auxiliaries         = bit(60)
	Conditionals        = bit(61)
	RelativePronouns    = bit(62)
	ClauseBreaks        = bit(63)
	Modals              = bit(64)
	PluralParties       = bit(65)
	MaleWords           = bit(66)
	FemaleWords         = bit(67)
	MakingVerbs         = bit(68)
	ProvisionVerbs      = bit(69)
)

// numLists is the number of word lists above (bit(0) to bit(numLists-1));
// List holds up to 128.
const numLists = 70

// listFile is a word list and the name of its file in lists/.
type listFile struct {
	list List
	name string
}

// listFiles names the file of each list (StartsCue, Descriptors,
// Designators and GazLower have none).
func listFiles() []listFile {
	return []listFile{
		{Reporting, "reporting"}, {AgreementNegators, "agreement_negators"}, {Negators, "negators"},
		{DemandNegators, "demand_negators"}, {ConditionWords, "condition_words"},
		{ThreatMarkers, "threat_markers"}, {Guests, "guests"}, {GuestCounts, "guest_counts"},
		{DocumentNouns, "document_nouns"}, {Complementizers, "complementizers"}, {RequestVerbs, "request_verbs"},
		{BeForms, "be_forms"}, {Copulas, "copulas"}, {Continuers, "continuers"}, {ListSubjects, "list_subjects"},
		{ProvisionModals, "provision_modals"}, {ObligationModals, "obligation_modals"},
		{AgreedVerbs, "agreed_verbs"}, {TermsDenials, "terms_denials"}, {TermsNouns, "terms_nouns"},
		{OutcomeNegators, "outcome_negators"}, {Denials, "denials"},
		{SubjectPronouns, "subject_pronouns"}, {FactReporting, "fact_reporting"}, {SayVerbs, "say_verbs"},
		{TellVerbs, "tell_verbs"}, {SpeechActs, "speech_acts"}, {SpeechParticiples, "speech_participles"},
		{According, "according"}, {CharacterisingVerbs, "characterising_verbs"}, {Adverbs, "adverbs"},
		{PersonHeads, "person_heads"}, {BodyHeads, "body_heads"}, {PersonPronouns, "person_pronouns"},
		{ThingPronouns, "thing_pronouns"}, {GroupPronouns, "group_pronouns"}, {TitleGlue, "title_glue"},
		{Particles, "particles"}, {Months, "months"}, {Weekdays, "weekdays"}, {StopCaps, "stop_caps"},
		{LocativePreps, "locative_preps"}, {Qualifiers, "qualifiers"}, {Possessives, "possessives"},
		{Honorifics, "honorifics"}, {EventNouns, "event_nouns"}, {DescriptiveHeads, "descriptive_heads"},
		{TermMarkers, "term_markers"}, {TimeNouns, "time_nouns"}, {TimeShifters, "time_shifters"},
		{Subordinators, "subordinators"}, {QuoteVerbs, "quote_verbs"}, {NounVerbs, "noun_verbs"},
		{AddressForms, "address_forms"}, {ParticipleCompounds, "participle_compounds"}, {CompassWords, "compass_words"},
		{Auxiliaries, "auxiliaries"}, {Conditionals, "conditionals"},
		{RelativePronouns, "relative_pronouns"}, {ClauseBreaks, "clause_breaks"}, {Modals, "modals"},
		{PluralParties, "plural_parties"}, {MaleWords, "male_words"}, {FemaleWords, "female_words"},
		{MakingVerbs, "making_verbs"}, {ProvisionVerbs, "provision_verbs"},
	}
}

// loadLists reads every list file into lx.lists, and the month and
// weekday names in their order.
func (lx *Lexicon) loadLists() error {
	for _, lf := range listFiles() {
		words, err := listWords(lf.name)
		if err != nil {
			return err
		}
		for _, w := range words {
			lx.lists[w] = lx.lists[w].Or(lf.list)
		}
		switch lf.list {
		case Months:
			lx.MonthNames = words
		case Weekdays:
			lx.WeekdayNames = words
		}
	}
	for w := range lx.Descriptors {
		lx.lists[w] = lx.lists[w].Or(Descriptors)
	}
	for w, d := range lx.Designators {
		lx.lists[w] = lx.lists[w].Or(Designators)
		if d.Dotted {
			lx.lists[w+"."] = lx.lists[w+"."].Or(Designators)
		}
	}
	if len(lx.MonthNames) != 12 || len(lx.WeekdayNames) != 7 {
		return fmt.Errorf("lexicon: %d month and %d weekday names", len(lx.MonthNames), len(lx.WeekdayNames))
	}
	return nil
}

// listWords returns the entries of lists/<name>.txt, folded, in order.
func listWords(name string) ([]string, error) {
	var words []string
	err := readFile("lists/"+name+".txt", func(f []string) error {
		if len(f) != 1 {
			return fmt.Errorf("want one word or phrase a line")
		}
		words = append(words, text.Fold(f[0]))
		return nil
	})
	return words, err
}

// Lists returns the word lists that hold the folded word or phrase w.
func (lx *Lexicon) Lists(w string) List { return lx.index.sets[lx.index.Class(w)] }
