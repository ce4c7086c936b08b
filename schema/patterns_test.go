package schema

import (
	"encoding/json"
	"math/rand/v2"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPatternsMatchTheSchema: each pattern function agrees with its
// regular expression in parley-output.schema.json on random strings over
// the characters that matter, and on strings near valid ones.
func TestPatternsMatchTheSchema(t *testing.T) {
	var doc struct {
		Defs map[string]struct {
			Pattern    string `json:"pattern"`
			Properties map[string]struct {
				Pattern string `json:"pattern"`
			} `json:"properties"`
		} `json:"$defs"`
	}
	require.NoError(t, json.Unmarshal(JSON, &doc))
	tests := []struct {
		pattern  string
		f        func(string) bool
		alphabet string
		near     []string
	}{
		{doc.Defs["entityId"].Pattern, func(s string) bool { return isID(s, 'e') }, "eq0129\n", []string{"e1", "e10", "e203"}},
		{doc.Defs["quote"].Properties["id"].Pattern, func(s string) bool { return isID(s, 'q') }, "eq0129\n", []string{"q1", "q10", "q203"}},
		{doc.Defs["article"].Properties["sha256"].Pattern, isDigest, "09afgA", []string{"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}},
		{doc.Defs["dateValue"].Pattern, isDateValue, "0123-/9", []string{"2025", "2025-02", "2025-12-31", "2014/2016-03-01", "2025-10-30/2025-11"}},
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, tt := range tests {
		require.NotEmpty(t, tt.pattern)
		re := regexp.MustCompile(tt.pattern)
		check := func(s string) {
			assert.Equal(t, re.MatchString(s), tt.f(s), "%q against %s", s, tt.pattern)
		}
		for range 20000 {
			b := make([]byte, rng.IntN(22))
			for i := range b {
				b[i] = tt.alphabet[rng.IntN(len(tt.alphabet))]
			}
			check(string(b))
		}
		for _, s := range tt.near {
			check(s)
			for i := range len(s) {
				for _, c := range []byte(tt.alphabet) {
					check(s[:i] + string(c) + s[i+1:])
					check(s[:i] + string(c) + s[i:])
				}
				check(s[:i] + s[i+1:])
			}
		}
	}
}
