// Command parley turns machine-translated diplomacy articles into
// structured JSON: entities, quotes and sentence labels.
package main

import (
	"os"

	"github.com/parley-nlp/parley/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
