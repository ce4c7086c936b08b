package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestInLowerASCII: the sets it serves have no key that a non-ASCII word
// could lower-case to, and it agrees with strings.ToLower on them.
func TestInLowerASCII(t *testing.T) {
	for _, set := range []map[string]bool{months, weekdays, particles} {
		for k := range set {
			assert.True(t, len(k) <= 16 && !strings.ContainsAny(k, "k") && strings.ToLower(k) == k && isASCII(k), k)
		}
	}
	for _, w := range []string{"March", "MAY", "may", "Mäy", "Monday", "AL", "al-", "Von", "\u212Aelvin", "", "SeptemberSeptemberX"} {
		for _, set := range []map[string]bool{months, weekdays, particles} {
			assert.Equal(t, set[strings.ToLower(w)], inLowerASCII(set, w), w)
		}
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
