// Package cli holds parley's cobra commands: a thin layer over package
// pipeline and package extract.
package cli

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/parley-nlp/parley/extract"
	"github.com/parley-nlp/parley/pipeline"
)

// Main runs parley with args and returns the exit code.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) < 2 || args[0] != "extract" {
		fmt.Fprintln(stderr, "usage: parley extract FILE")
		return 2
	}
	data, err := os.ReadFile(args[1])
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	m, err := extract.NewModels()
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	d, err := pipeline.NewDocument(args[1], data)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	if err := pipeline.Run(context.Background(), d, extract.Stages(m)); err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	b, _ := pipeline.Encode(d)
	stdout.Write(b)
	return 0
}
