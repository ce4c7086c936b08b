package lexicon

import (
	"fmt"

	"github.com/parley-nlp/parley/extract/internal/text"
)

// List is a set of word lists, one bit per list. Each list is a file of
// lists/ whose header says what it is for; the stages test a word's
// lists with one AND on its class's bits (Index).
type List uint64

// The word lists, one per concept.
const (
	Reporting           List = 1 << iota // reporting verbs (lists/reporting.txt)
	StartsCue                            // not a file: the words some cue may start at
	AgreementNegators                    // agreement_negators.txt
	Negators                             // negators.txt
	DemandNegators                       // demand_negators.txt
	ConditionWords                       // condition_words.txt
	ThreatMarkers                        // threat_markers.txt
	Guests                               // guests.txt
	GuestCounts                          // guest_counts.txt
	DocumentNouns                        // document_nouns.txt
	Complementizers                      // complementizers.txt
	RequestVerbs                         // request_verbs.txt
	BeForms                              // be_forms.txt
	Copulas                              // copulas.txt
	Continuers                           // continuers.txt
	ListSubjects                         // list_subjects.txt
	ProvisionModals                      // provision_modals.txt
	ObligationModals                     // obligation_modals.txt
	AgreedVerbs                          // agreed_verbs.txt
	TermsDenials                         // terms_denials.txt
	TermsNouns                           // terms_nouns.txt
	OutcomeWords                         // outcome_words.txt
	OutcomeNegators                      // outcome_negators.txt
	Denials                              // denials.txt
	SubjectPronouns                      // subject_pronouns.txt
	FactReporting                        // fact_reporting.txt
	SayVerbs                             // say_verbs.txt
	TellVerbs                            // tell_verbs.txt
	SpeechActs                           // speech_acts.txt
	SpeechParticiples                    // speech_participles.txt
	According                            // according.txt
	CharacterisingVerbs                  // characterising_verbs.txt
	Adverbs                              // adverbs.txt
	PersonHeads                          // person_heads.txt
	BodyHeads                            // body_heads.txt
	PersonPronouns                       // person_pronouns.txt
	ThingPronouns                        // thing_pronouns.txt
	GroupPronouns                        // group_pronouns.txt
	TitleGlue                            // title_glue.txt
	Particles                            // particles.txt
	Months                               // months.txt
	Weekdays                             // weekdays.txt
	StopCaps                             // stop_caps.txt
	LocativePreps                        // locative_preps.txt
	Qualifiers                           // qualifiers.txt
	Possessives                          // possessives.txt
	Honorifics                           // honorifics.txt
	EventNouns                           // event_nouns.txt
	DescriptiveHeads                     // descriptive_heads.txt
	lastList
)

// listFiles names the file of each list, by bit (StartsCue has none).
func listFiles() []string {
	return []string{
		"reporting", "", "agreement_negators", "negators", "demand_negators", "condition_words", "threat_markers",
		"guests", "guest_counts", "document_nouns", "complementizers", "request_verbs", "be_forms", "copulas",
		"continuers", "list_subjects", "provision_modals", "obligation_modals", "agreed_verbs", "terms_denials",
		"terms_nouns", "outcome_words", "outcome_negators", "denials", "subject_pronouns", "fact_reporting",
		"say_verbs", "tell_verbs", "speech_acts", "speech_participles", "according", "characterising_verbs",
		"adverbs", "person_heads", "body_heads", "person_pronouns", "thing_pronouns", "group_pronouns",
		"title_glue", "particles", "months", "weekdays", "stop_caps", "locative_preps", "qualifiers",
		"possessives", "honorifics", "event_nouns", "descriptive_heads",
	}
}

// loadLists reads every list file into lx.lists, each entry folded.
func (lx *Lexicon) loadLists() error {
	files := listFiles()
	if len(files) != bitIndex(lastList) {
		return fmt.Errorf("lexicon: %d list files for %d lists", len(files), bitIndex(lastList))
	}
	for i, name := range files {
		if name == "" {
			continue
		}
		l := List(1) << i
		err := readFile("lists/"+name+".txt", func(f []string) error {
			if len(f) != 1 {
				return fmt.Errorf("want one word or phrase a line")
			}
			lx.lists[text.Fold(f[0])] |= l
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// bitIndex is the index of the one bit of l.
func bitIndex(l List) int {
	n := 0
	for l > 1 {
		l >>= 1
		n++
	}
	return n
}

// Lists returns the word lists that hold the folded word or phrase w.
func (lx *Lexicon) Lists(w string) List { return lx.index.sets[lx.index.Class(w)] }
