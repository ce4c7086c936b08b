package lexicon

import (
	"fmt"

	"github.com/parley-nlp/parley/extract/internal/text"
)

// List is a set of word lists, one bit per list. Each list is a file of
// lists/ whose header says what it is for; the stages test a word's
// lists with one AND on its class's bits (Index).
type List uint64

// The word lists, one per concept: each is lists/<name>.txt (listFiles),
// whose header says what it is for.
const (
	Reporting   List = 1 << iota
	StartsCue        // not a file: the words some cue may start at
	Descriptors      // not a file: the words of Lexicon.Descriptors
	Designators      // not a file: the keys of Lexicon.Designators, and with their dot
	GazLower         // not a file: the words a gazetteer name writes in lower case after its first ("and", "format")
	AgreementNegators
	Negators
	DemandNegators
	ConditionWords
	ThreatMarkers
	Guests
	GuestCounts
	DocumentNouns
	Complementizers
	RequestVerbs
	BeForms
	Copulas
	Continuers
	ListSubjects
	ProvisionModals
	ObligationModals
	AgreedVerbs
	TermsDenials
	TermsNouns
	OutcomeWords
	OutcomeNegators
	Denials
	SubjectPronouns
	FactReporting
	SayVerbs
	TellVerbs
	SpeechActs
	SpeechParticiples
	According
	CharacterisingVerbs
	Adverbs
	PersonHeads
	BodyHeads
	PersonPronouns
	ThingPronouns
	GroupPronouns
	TitleGlue
	Particles
	Months
	Weekdays
	StopCaps
	LocativePreps
	Qualifiers
	Possessives
	Honorifics
	EventNouns
	DescriptiveHeads
	AddressForms
	ParticipleCompounds
	CompassWords
	Auxiliaries
	Conditionals
	RelativePronouns
	ClauseBreaks
	Modals
	PluralParties
	lastList
)

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
		{OutcomeWords, "outcome_words"}, {OutcomeNegators, "outcome_negators"}, {Denials, "denials"},
		{SubjectPronouns, "subject_pronouns"}, {FactReporting, "fact_reporting"}, {SayVerbs, "say_verbs"},
		{TellVerbs, "tell_verbs"}, {SpeechActs, "speech_acts"}, {SpeechParticiples, "speech_participles"},
		{According, "according"}, {CharacterisingVerbs, "characterising_verbs"}, {Adverbs, "adverbs"},
		{PersonHeads, "person_heads"}, {BodyHeads, "body_heads"}, {PersonPronouns, "person_pronouns"},
		{ThingPronouns, "thing_pronouns"}, {GroupPronouns, "group_pronouns"}, {TitleGlue, "title_glue"},
		{Particles, "particles"}, {Months, "months"}, {Weekdays, "weekdays"}, {StopCaps, "stop_caps"},
		{LocativePreps, "locative_preps"}, {Qualifiers, "qualifiers"}, {Possessives, "possessives"},
		{Honorifics, "honorifics"}, {EventNouns, "event_nouns"}, {DescriptiveHeads, "descriptive_heads"},
		{AddressForms, "address_forms"}, {ParticipleCompounds, "participle_compounds"}, {CompassWords, "compass_words"},
		{Auxiliaries, "auxiliaries"}, {Conditionals, "conditionals"},
		{RelativePronouns, "relative_pronouns"}, {ClauseBreaks, "clause_breaks"}, {Modals, "modals"},
		{PluralParties, "plural_parties"},
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
			lx.lists[w] |= lf.list
		}
		switch lf.list {
		case Months:
			lx.MonthNames = words
		case Weekdays:
			lx.WeekdayNames = words
		}
	}
	for w := range lx.Descriptors {
		lx.lists[w] |= Descriptors
	}
	for w, d := range lx.Designators {
		lx.lists[w] |= Designators
		if d.Dotted {
			lx.lists[w+"."] |= Designators
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
