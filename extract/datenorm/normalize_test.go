package datenorm

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parley-nlp/parley/extract/lexicon"
	_ "github.com/parley-nlp/parley/internal/golden" // -update flag
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		in   string
		year int // the year to supply, 0 for none
		want string
		err  error // with want ""
	}{
		// days
		{"18 February 2025", 0, "2025-02-18", nil},
		{"February 18, 2025", 0, "2025-02-18", nil},
		{"February 18 2025", 0, "2025-02-18", nil},
		{"1 August 1999", 0, "1999-08-01", nil},
		{"29 February 2020", 0, "2020-02-29", nil},
		{"Tuesday, 18 February 2025", 0, "2025-02-18", nil},
		{"2025-02-18", 0, "2025-02-18", nil},
		// ordinals
		{"18th February 2025", 0, "2025-02-18", nil},
		{"the 1st of March 2024", 0, "2024-03-01", nil},
		{"February 22nd, 2025", 0, "2025-02-22", nil},
		{"3rd May", 2023, "2023-05-03", nil},
		{"11th September 2001", 0, "2001-09-11", nil},
		// named days: fixed ones on their day of the given year
		{"Christmas Day", 1956, "1956-12-25", nil},
		{"ferragosto", 2023, "2023-08-15", nil},
		{"Christmas Day", 0, "", ErrNoYear},
		{"Easter", 2024, "", ErrMovable},
		// months and years
		{"February 2025", 0, "2025-02", nil},
		{"2025", 0, "2025", nil},
		{"1978", 0, "1978", nil},
		{"September 2014", 0, "2014-09", nil},
		// month names in every case, abbreviated
		{"FEBRUARY 2025", 0, "2025-02", nil},
		{"february 2025", 0, "2025-02", nil},
		{"fEbRuArY 18, 2025", 0, "2025-02-18", nil},
		{"Feb. 18, 2025", 0, "2025-02-18", nil},
		{"Sept 2019", 0, "2019-09", nil},
		{"18 DEC 2024", 0, "2024-12-18", nil},
		{"18 may 2025", 0, "2025-05-18", nil},
		// qualifiers: the unit they qualify
		{"mid-March 2025", 0, "2025-03", nil},
		{"Mid-March 2025", 0, "2025-03", nil},
		{"early 2025", 0, "2025", nil},
		{"late 1995", 0, "1995", nil},
		{"early January 2024", 0, "2024-01", nil},
		{"the end of June 2015", 0, "2015-06", nil},
		{"the beginning of 2022", 0, "2022", nil},
		{"mid-2023", 0, "2023", nil},
		{"09.11.2020", 0, "2020-11-09", nil},
		{"Monday 14 August", 2023, "2023-08-14", nil},
		// ranges: ISO 8601 intervals, each end with what it leaves out
		{"25-26 July 2022", 0, "2022-07-25/2022-07-26", nil},
		{"27–28 February 2019", 0, "2019-02-27/2019-02-28", nil},
		{"30 June – 2 July 2025", 0, "2025-06-30/2025-07-02", nil},
		{"30 December 2024 – 2 January 2025", 0, "2024-12-30/2025-01-02", nil},
		{"30 December – 2 January 2025", 0, "2024-12-30/2025-01-02", nil},
		{"February 18-19, 2025", 0, "2025-02-18/2025-02-19", nil},
		{"March–April 2025", 0, "2025-03/2025-04", nil},
		{"2014–2016", 0, "2014/2016", nil},
		{"between 5 and 7 March 2025", 0, "2025-03-05/2025-03-07", nil},
		{"from 5 to 7 March", 2025, "2025-03-05/2025-03-07", nil},
		// a year supplied to what names none, and only there
		{"13 March", 2025, "2025-03-13", nil},
		{"September 11", 2020, "2020-09-11", nil},
		{"December", 2019, "2019-12", nil},
		{"11 March 2025", 1999, "2025-03-11", nil},
		{"29 February", 2024, "2024-02-29", nil},
		// nulls, with their reasons
		{"13 March", 0, "", ErrNoYear},
		{"December", 0, "", ErrNoYear},
		{"25-26 July", 0, "", ErrNoYear},
		{"Thursday", 2025, "", ErrWeekday},
		{"sunday", 0, "", ErrWeekday},
		{"29 February 2025", 0, "", ErrUnknown}, // no such day
		{"31 April 2024", 0, "", ErrUnknown},
		{"29 February", 2025, "", ErrUnknown},
		{"the 1990s", 0, "", ErrUnknown},
		{"summer 2025", 0, "", ErrUnknown},
		{"yesterday", 2025, "", ErrUnknown},
		{"2016–2014", 0, "", ErrUnknown},
		{"", 0, "", ErrUnknown},
		{"2025-13-01", 0, "", ErrUnknown},
	}
	require.GreaterOrEqual(t, len(tests), 40)
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := testNormalizer(t).Normalize(tt.in, tt.year)
			if tt.err != nil {
				assert.ErrorIs(t, err, tt.err)
				assert.Empty(t, got)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

// loadLexicon loads the embedded lexicon once for the test binary.
var loadLexicon = sync.OnceValues(func() (*lexicon.Lexicon, error) { return lexicon.Load() })

// testNormalizer is a Normalizer over the embedded lexicon.
func testNormalizer(t testing.TB) *Normalizer {
	t.Helper()
	lx, err := loadLexicon()
	require.NoError(t, err)
	return New(lx)
}
