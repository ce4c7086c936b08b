//go:build unix

package e2e

import (
	"context"
	"flag"
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
// machine; CPU time does (caches, the clock's grain, n log n searches and
// sorts), and linear runs measured up to 5.4 times at the short sizes, so
// its bound is 8, midway between 4 and 16 as ratios go.
const (
	maxOutputGrowth = 5
	maxCPUGrowth    = 8
)

// TestGrowth runs every adversarial shape at n and 4n bytes and checks
// that CPU time and output grow in proportion to the input, not faster.
// It compares ratios, not absolute times, so it holds on a busy machine;
// CPU time is the least of a few runs with the collector paused, so that a
// collection that falls in one run does not count. Larger sizes:
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
			if r := float64(out[1]) / float64(out[0]); r > maxOutputGrowth {
				t.Errorf("output grew %.1f times from %d to %d bytes of input (%d to %d bytes)", r, len(small), len(large), out[0], out[1])
			}
			if r := ratio(cpu[1], cpu[0]); r > maxCPUGrowth {
				t.Errorf("CPU time grew %.1f times from %d to %d bytes of input (%v to %v)", r, len(small), len(large), cpu[0], cpu[1])
			}
		})
	}
}

// ratio is b/a, with a floor under both so that runs too short for the
// clock do not divide by zero.
func ratio(b, a time.Duration) float64 {
	const floor = 200 * time.Microsecond
	return float64(max(b, floor)) / float64(max(a, floor))
}

// measure runs the pipeline and the encoder on text three times, the
// collector paused, and returns the least CPU time of the process and the
// output's length, which it checks against the fuzz target's bounds.
func measure(t *testing.T, st []pipeline.Stage, text string) (time.Duration, int) {
	t.Helper()
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	best, size := time.Duration(-1), 0
	var doc *pipeline.Document
	for range 3 {
		start := cpuTime(t)
		var err error
		doc, err = pipeline.NewDocument("adversary.txt", []byte(text))
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
		if d := cpuTime(t) - start; best < 0 || d < best {
			best = d
		}
		size = int(w)
	}
	checkOutputSize(t, doc)
	return best, size
}

// cpuTime is the CPU time (user and system) the process has used.
func cpuTime(t *testing.T) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
