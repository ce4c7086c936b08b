// Command advgen writes the adversarial inputs of internal/adversary into
// a folder, one DIR/<shape>.txt of about -bytes bytes each, for measuring
// parley's time, memory and output size on them:
//
//	go run ./scripts/advgen -bytes 2000000 DIR
//	go run ./scripts/advgen -bytes 100000 -shape said-run DIR
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/parley-nlp/parley/internal/adversary"
)

func main() {
	size := flag.Int("bytes", 1<<20, "size of each input in bytes")
	shape := flag.String("shape", "", "write only this shape")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: advgen [-bytes N] [-shape NAME] OUTDIR")
		os.Exit(2)
	}
	if err := run(flag.Arg(0), *size, *shape); err != nil {
		fmt.Fprintln(os.Stderr, "advgen:", err)
		os.Exit(1)
	}
}

func run(dir string, size int, only string) error {
	shapes := adversary.Shapes
	if only != "" {
		s, ok := adversary.Lookup(only)
		if !ok {
			return fmt.Errorf("no shape %q", only)
		}
		shapes = []adversary.Shape{s}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, s := range shapes {
		if err := os.WriteFile(filepath.Join(dir, s.Name+".txt"), []byte(s.Text(size)), 0o644); err != nil {
			return err
		}
	}
	return nil
}
