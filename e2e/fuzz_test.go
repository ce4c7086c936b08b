package e2e

import (
	"context"
	"errors"
	"testing"

	"github.com/parley-nlp/parley/pipeline"
)

// FuzzPipeline runs the whole pipeline on arbitrary bytes: no panic, valid
// spans, and no error other than *pipeline.InputError for bad input. The
// seeds run in plain `go test`; fuzz with
//
//	go test ./e2e -run '^$' -fuzz FuzzPipeline -fuzztime 1m
func FuzzPipeline(f *testing.F) {
	for _, s := range []string{
		"The parties agreed.\r\nRussia said that talks would continue.\r\n",
		"\ufeffA BOM starts this line. Another sentence.",
		"Lavrov\u00a0said\u00a0the talks were “useful”.\u200b",
		"He said “A. B. C. and never closed the quote.\nNext line.",
		"“Unbalanced ” quotes ” here “ and ‘ there.",
		"The talks focused on three key issues:\n:\nWaltz:\n:::\n",
		"No Discussion Added Yet\nStart discussion for \"X\" article\nBackground\n",
		"This article was automatically translated from the original Turkish version.\n",
		"\r\r\r\n\n",
		"Mr. U.S. Dr. St. ... ?!",
		"a\u0301\U0001F600 “”\"\"''",
		"x",
	} {
		f.Add([]byte(s))
	}
	st := mustStages(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := pipeline.NewDocument("fuzz.txt", data)
		if err != nil {
			var ie *pipeline.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("NewDocument: %T %v, want *pipeline.InputError", err, err)
			}
			return
		}
		if err := pipeline.Run(context.Background(), doc, st); err != nil {
			t.Fatalf("Run: %v (a stage panic is reported here too)", err)
		}
		out, err := pipeline.Encode(doc)
		if err != nil {
			t.Fatalf("Encode: %v", err)
		}
		checkInvariants(t, data, out)
	})
}
