package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestKeyIndex checks hasPrefix and hasSuffix against a scan of the keys.
func TestKeyIndex(t *testing.T) {
	m := map[string]bool{"united nations": true, "united states": true, "un": true, "p5+1": true, "élysée palace": true, "": true}
	pre, suf := newPrefixIndex(m), newSuffixIndex(m)
	probes := []string{"u", "un", "uni", "united ", "united s", "united kingdom", "nations", "p5", "p5+1", "p5+1 x", "é", "palace", " palace", "zz", "s"}
	for _, p := range probes {
		wantPre, wantSuf := false, false
		for k := range m {
			wantPre = wantPre || k != "" && strings.HasPrefix(k, p)
			wantSuf = wantSuf || k != "" && strings.HasSuffix(k, p)
		}
		assert.Equal(t, wantPre, pre.hasPrefix([]byte(p)), "prefix %q", p)
		assert.Equal(t, wantSuf, suf.hasSuffix([]byte(p)), "suffix %q", p)
	}
	var none *keyIndex
	assert.True(t, none.hasPrefix([]byte("x")), "a Lexicon without indexes prunes nothing")
}
