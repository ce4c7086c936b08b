package e2e

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parley-nlp/parley/pipeline"
)

// TestRunDeadline: pipeline.Run on a long article stops soon after its
// context's deadline, inside a stage, and says so: a *pipeline.StageError
// wrapping context.DeadlineExceeded.
func TestRunDeadline(t *testing.T) {
	st := mustStages(t)
	one, err := os.ReadFile(filepath.Join(articlesDir, sampleArticle))
	require.NoError(t, err)
	long := strings.Repeat(string(one), 300) // about 1.7 MB: a second or more of work
	doc, err := pipeline.NewDocument("long.txt", []byte(long))
	require.NoError(t, err)
	const deadline = 100 * time.Millisecond
	ctx, cancel := context.WithTimeout(context.Background(), deadline)
	defer cancel()
	start := time.Now()
	err = pipeline.Run(ctx, doc, st)
	took := time.Since(start)
	require.Error(t, err)
	assert.ErrorIs(t, err, context.DeadlineExceeded)
	var se *pipeline.StageError
	require.True(t, errors.As(err, &se), "%T", err)
	assert.Equal(t, "long", se.DocID)
	assert.Contains(t, err.Error(), "context deadline exceeded")
	assert.Less(t, took, deadline+500*time.Millisecond, "stopped %v after the deadline, in stage %s", took-deadline, se.Stage)
}
