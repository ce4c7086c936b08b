package lexicon

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWeights(t *testing.T) {
	w := testLexicon(t).Weights
	assert.Equal(t, 0.9, w.Threshold)
	assert.Equal(t, 0.5, w.InsideQuotation)

	var bad Weights
	require.ErrorContains(t, bad.set(strings.Fields("speed 2")), `unknown weight "speed"`)
	require.ErrorContains(t, bad.set(strings.Fields("threshold x")), "threshold")
	require.NoError(t, bad.set(strings.Fields("threshold 1.5")))
	assert.ErrorContains(t, bad.check(), "no line sets conditional_warning")
}
