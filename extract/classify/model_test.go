package classify

import "testing"

// The weights file names features by position: every feature constant
// before featCue needs its name in ruleFeatureNames, in the same order.
func TestRuleFeatureNames(t *testing.T) {
	names := ruleFeatureNames()
	if want := int(featCue) + len(cueLabels())*int(numContexts); len(names) != want {
		t.Fatalf("ruleFeatureNames has %d names, want %d (one per feature before featCue, then one per cue label and context)", len(names), want)
	}
	if got := names[featDocumentTerms]; got != "sentence/document-terms" {
		t.Errorf("featDocumentTerms is named %q", got)
	}
}
