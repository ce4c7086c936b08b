package lexicon

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWeights(t *testing.T) {
	w := testLexicon(t).Weights
	require.Contains(t, w, "bias")

	bad := LabelWeights{}
	require.ErrorContains(t, bad.set(strings.Fields("bias 1 2 3")), "four weights")
	require.ErrorContains(t, bad.set(strings.Fields("bias 1 2 x 4")), "bias")
	require.NoError(t, bad.set(strings.Fields("bias 1 2 3 4")))
	assert.Equal(t, [4]float64{1, 2, 3, 4}, bad["bias"])
	assert.ErrorContains(t, bad.set(strings.Fields("bias 1 2 3 4")), "twice")
}
