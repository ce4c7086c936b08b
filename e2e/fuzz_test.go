package e2e

import (
	"context"
	"errors"
	"testing"

	"github.com/parley-nlp/parley/internal/adversary"
	"github.com/parley-nlp/parley/pipeline"
)

// FuzzPipeline runs the whole pipeline on arbitrary bytes: no panic, valid
// spans, no error other than *pipeline.InputError for bad input, and
// output bounded in proportion to the input (see checkOutputSize). The
// seeds, with a short input of every adversarial shape, run in plain
// `go test`; fuzz with
//
//	go test ./e2e -run '^$' -fuzz FuzzPipeline -fuzztime 1m
func FuzzPipeline(f *testing.F) {
	for _, sh := range adversary.Shapes {
		f.Add([]byte(sh.Text(300)))
	}
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
		checkOutputSize(t, doc)
	})
}

// The output is linear in the input: each sentence, token and mention
// adds a record of bounded size (an input of one-letter lines gives about
// 60 bytes of compact JSON per input byte, the most found), and the
// quotes' text, which reported clauses could make quadratic, covers each
// input byte four times at most: in two reported clauses, one "according
// to" clause and one direct quote.
const (
	maxOutputPerByte = 100
	maxQuotedPerByte = 4
)

// checkOutputSize checks doc's compact output and its quotes' text
// against the bounds above.
func checkOutputSize(t testing.TB, doc *pipeline.Document) {
	t.Helper()
	var w countWriter
	if err := pipeline.EncodeTo(&w, doc, true); err != nil {
		t.Fatal(err)
	}
	n := len(doc.Text)
	if int(w) > maxOutputPerByte*n+1024 {
		t.Errorf("%d bytes of output for %d bytes of input", int(w), n)
	}
	quoted := 0
	for _, q := range doc.Quotes {
		quoted += q.Span.Len()
	}
	if quoted > maxQuotedPerByte*n {
		t.Errorf("quotes hold %d bytes of text for %d bytes of input", quoted, n)
	}
}

// countWriter counts what is written to it.
type countWriter int

func (w *countWriter) Write(p []byte) (int, error) {
	*w += countWriter(len(p))
	return len(p), nil
}
