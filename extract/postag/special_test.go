package postag

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSpecialPatternsCompile: the patterns, compiled only when a word
// needs them, are valid, and each test still finds what it should.
func TestSpecialPatternsCompile(t *testing.T) {
	for _, p := range []string{linkPattern, emailPattern, nonePattern, keepPattern} {
		_, err := regexp.Compile(p)
		assert.NoError(t, err, p)
	}
	assert.True(t, isLinkOrEmail("www.example.org"))
	assert.True(t, isLinkOrEmail("press@example.org"))
	assert.False(t, isLinkOrEmail("U.S."))
	assert.True(t, isNone("*T*-1"))
	assert.True(t, isKeep("-LRB-"))
	assert.False(t, isKeep("-lrb-"))
}
