// Command parley-beam runs parley's pipeline as an Apache Beam pipeline.
// See package job and the README's "Scaling out" section.
package main

import (
	"os"
	"runtime/debug"

	"github.com/parley-nlp/parley/beam/job"
)

func main() {
	// As parley's own main: a document's garbage is short-lived, and a
	// GOGC set by the user wins.
	if _, ok := os.LookupEnv("GOGC"); !ok {
		debug.SetGCPercent(200)
	}
	os.Exit(job.Main(os.Args[1:], os.Stderr))
}
