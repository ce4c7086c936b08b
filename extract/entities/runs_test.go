package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAbbreviatedTitleAfterTitle: an abbreviated title after another
// title is part of the title, not the first word of the name.
func TestAbbreviatedTitleAfterTitle(t *testing.T) {
	es := entitiesOf(t, "“Subpoenas are not optional,” said panel Chairman Rep. Marta Kowalczyk on Tuesday.")
	assert.NotNil(t, findEntity(es, "Marta Kowalczyk"))
	assert.Nil(t, findEntity(es, "Rep. Marta Kowalczyk"))
}
