package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestHeadlineNames: a name in a title-case headline does not take the
// capitalised words after it, when the body names the person.
func TestHeadlineNames(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a reporting verb after the full name", "Talks Must Go On, Marta Kowalczyk Says.\nMarta Kowalczyk spoke on Tuesday in Gdansk.",
			[]string{"Marta Kowalczyk"}, []string{"Marta Kowalczyk Says"}},
		{"a verb after the name, the body using the surname", "Marta Kowalczyk Rejects Budget Proposal.\nThe plan failed, Kowalczyk told reporters on Tuesday.",
			[]string{"Marta Kowalczyk"}, []string{"Marta Kowalczyk Rejects"}},
		{"a body sentence keeps its run", "Marta Kowalczyk spoke at the Marta Kowalczyk Foundation on Tuesday.",
			[]string{"Marta Kowalczyk Foundation"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := entitiesOf(t, tt.text)
			for _, w := range tt.want {
				assert.NotNil(t, findEntity(es, w), "want %q", w)
			}
			for _, n := range tt.not {
				assert.Nil(t, findEntity(es, n), "not %q", n)
			}
		})
	}
}
