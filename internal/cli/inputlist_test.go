package cli

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parley-nlp/parley/pipeline"
)

func TestInputListRoundTrip(t *testing.T) {
	paths := []string{"a/b/one.txt", "a/b/two.txt", "c/one.txt", "x.txt", "a/b/three.v2.txt", "noext", "d/.txt", "a/b/one.txt"}
	var l inputList
	for _, p := range paths {
		l.add(p)
	}
	require.Equal(t, len(paths), l.len())
	for i, p := range paths {
		assert.Equal(t, p, l.path(i))
		assert.Equal(t, pipeline.IDFromPath(p), string(l.id(i)), p)
	}
	assert.Len(t, l.dirs, 7, "a folder is stored once per run of its files")
}

func TestInputListDuplicateIDs(t *testing.T) {
	var l inputList
	for _, p := range []string{"b/talks.txt", "a/other.txt", "a/talks.txt", "c/talks.md", "d/other.txt"} {
		l.add(p)
	}
	errs := l.duplicateIDs()
	require.Len(t, errs, 3)
	assert.Contains(t, errs[2].Error(), `a/talks.txt: article id "talks" is also the id of b/talks.txt`)
	assert.Contains(t, errs[3].Error(), `also the id of b/talks.txt`, "the first input in order claims the id")
	assert.Contains(t, errs[4].Error(), `d/other.txt: article id "other" is also the id of a/other.txt`)
}
