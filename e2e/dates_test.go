package e2e

import (
	"context"
	"errors"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parley-nlp/parley/extract/datenorm"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

// TestDateValues: every DATE entity of the dev corpus has a value, or a
// null for a reason a reader accepts: a weekday alone, or a day and month
// (or a month) whose year the article leaves open. An expression the
// normaliser cannot read at all would be a gap in it, and fails.
func TestDateValues(t *testing.T) {
	st := mustStages(t)
	lx, err := lexicon.Load()
	require.NoError(t, err)
	dn := datenorm.New(lx)
	dates, nulls := 0, 0
	for _, path := range articles(t) {
		input, err := os.ReadFile(path)
		require.NoError(t, err)
		doc, err := pipeline.NewDocument(path, input)
		require.NoError(t, err)
		require.NoError(t, pipeline.Run(context.Background(), doc, st))
		why := dn.Fill(doc, doc.Entities)
		for i, e := range doc.Entities {
			if e.Type != pipeline.Date {
				assert.Nil(t, e.Value, "%s: %s %q has a value", doc.ID, e.Type, e.Text)
				continue
			}
			dates++
			if explicit, err := dn.Normalize(e.Text, 0); err == nil {
				if assert.NotNil(t, e.Value, "%s: %q", doc.ID, e.Text) {
					assert.Equal(t, explicit, *e.Value, "%s: %q: a written year is never replaced", doc.ID, e.Text)
				}
				continue
			}
			if e.Value != nil {
				continue // a year supplied
			}
			nulls++
			if !errors.Is(why[i], datenorm.ErrWeekday) && !errors.Is(why[i], datenorm.ErrNoYear) && !errors.Is(why[i], datenorm.ErrMovable) {
				t.Errorf("%s: DATE %q is null for no accepted reason: %v", doc.ID, e.Text, why[i])
			}
			t.Logf("%s: %q null: %v", doc.ID, e.Text, why[i])
		}
	}
	t.Logf("%d DATE entities, %d null", dates, nulls)
	assert.Positive(t, dates)
}
