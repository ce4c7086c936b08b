//go:build unix

package e2e

import (
	"context"
	"flag"
	"runtime"
	"runtime/debug"
	"syscall"
	"testing"
	"time"

	"github.com/parley-nlp/parley/internal/adversary"
	"github.com/parley-nlp/parley/pipeline"
)

var growthBytes = flag.Int("growth.bytes", 8<<10, "the smaller size (n) TestGrowth runs each shape at; the larger is 4n")

// How much output and CPU time may grow from n to 4n bytes of input:
// linear work grows 4 times (less, for the fixed cost of a document),
// quadratic work 16 times. The output's size does not depend on the
// machine; CPU time does (caches, other processes on the cores, n log n
// searches and sorts): linear shapes measured up to 7.5 times on a loaded
// two-core machine, and the quadratic shapes this test was written for
// 13 to 23 times, so its bound is 10.
const (
	maxOutputGrowth = 5
	maxCPUGrowth    = 10
)

// TestGrowth runs every adversarial shape at n and 4n bytes and checks
// that CPU time and output grow in proportion to the input, not faster.
// It compares ratios, not absolute times, so it holds on a busy machine;
// CPU time is measured over repeated runs (see measure). Larger sizes:
//
//	go test ./e2e -run TestGrowth -growth.bytes 100000
func TestGrowth(t *testing.T) {
	st := mustStages(t)
	n := *growthBytes
	for _, sh := range adversary.Shapes {
		t.Run(sh.Name, func(t *testing.T) {
			small, large := sh.Text(n), sh.Text(4*n)
			var cpu [2]time.Duration
			var out [2]int
			// A ratio over the limit is measured again, in case the
			// machine was busier for one of the two sizes.
			for try := 0; try < 3; try++ {
				cpu[0], out[0] = measure(t, st, small)
				cpu[1], out[1] = measure(t, st, large)
				if ratio(cpu[1], cpu[0]) <= maxCPUGrowth {
					break
				}
			}
			t.Logf("4x input: output x%.2f, CPU x%.2f (%v to %v)", float64(out[1])/float64(out[0]), ratio(cpu[1], cpu[0]), cpu[0], cpu[1])
			if r := float64(out[1]) / float64(out[0]); r > maxOutputGrowth {
				t.Errorf("output grew %.1f times from %d to %d bytes of input (%d to %d bytes)", r, len(small), len(large), out[0], out[1])
			}
			if r := ratio(cpu[1], cpu[0]); r > maxCPUGrowth {
				t.Errorf("CPU time grew %.1f times from %d to %d bytes of input (%v to %v)", r, len(small), len(large), cpu[0], cpu[1])
			}
		})
	}
}

// ratio is b/a, with a floor under both so that a run too short for the
// clock does not divide by zero.
func ratio(b, a time.Duration) float64 {
	const floor = time.Microsecond
	return float64(max(b, floor)) / float64(max(a, floor))
}

// measure returns the CPU time one run of the pipeline and the encoder
// takes on text, and the output's length, which it checks against the fuzz
// target's bounds. A run on a few kilobytes lasts well under a
// millisecond, below the grain of the process clock on many kernels and
// within the noise of a busy machine, so runs are repeated until they add
// up to at least minSpan and the time is their mean; the least of three
// such means is taken, with the collector paused, so that a collection or
// a burst of load that falls in one does not count.
func measure(t *testing.T, st []pipeline.Stage, text string) (time.Duration, int) {
	t.Helper()
	const minSpan = 10 * time.Millisecond
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	best, size := time.Duration(-1), 0
	var doc *pipeline.Document
	for range 3 {
		runtime.GC() // the heap of the last runs is not this one's to fault in
		runs, start := 0, cpuTime(t)
		for runs < 1 || cpuTime(t)-start < minSpan {
			doc, size = runOnce(t, st, text)
			runs++
		}
		if d := (cpuTime(t) - start) / time.Duration(runs); best < 0 || d < best {
			best = d
		}
	}
	checkOutputSize(t, doc)
	return best, size
}

// runOnce runs the pipeline and the encoder on text and returns the
// document and the output's length.
func runOnce(t *testing.T, st []pipeline.Stage, text string) (*pipeline.Document, int) {
	t.Helper()
	doc, err := pipeline.NewDocument("adversary.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if err := pipeline.Run(context.Background(), doc, st); err != nil {
		t.Fatal(err)
	}
	var w countWriter
	if err := pipeline.EncodeTo(&w, doc, true); err != nil {
		t.Fatal(err)
	}
	return doc, int(w)
}

// cpuTime is the CPU time (user and system) the process has used.
func cpuTime(t *testing.T) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
