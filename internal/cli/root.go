// Package cli holds parley's cobra commands: a thin layer over package
// pipeline, package extract and package eval. One file per command; each
// has an options struct, a NewCmdX(f, runF) constructor and a runX
// function. Nothing here writes to os.Stdout or exits: Main returns the
// exit code.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/parley-nlp/parley/extract"
)

// Exit codes. A run ended by a signal exits 128 plus the signal's number,
// as a shell reports a process the signal killed: 130 for SIGINT, 143 for
// SIGTERM.
const (
	ExitOK       = 0 // success
	ExitFindings = 1 // golden drift, failed documents
	ExitError    = 2 // usage or runtime error
)

// version is set at build time:
//
//	go build -ldflags "-X github.com/parley-nlp/parley/internal/cli.version=v1.2.3" ./cmd/parley
var version = ""

// Version is parley's version: the -ldflags value, else the module
// version from the build info, else "dev".
func Version() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

// Factory is what commands share: I/O streams and the costly or
// environment-bound dependencies, injected so tests can replace them.
type Factory struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer

	// Models builds the extraction models with extra gazetteers. It is
	// costly: commands call it once per run.
	Models func(extra ...extract.NamedReader) (*extract.Models, error)
	// IsTerminal reports whether w is an interactive terminal.
	IsTerminal func(w io.Writer) bool
	// Now is the clock, for elapsed times in summaries.
	Now func() time.Time
}

// FindingsError reports that a command ran to the end but found problems
// it has already printed (failed documents, golden drift): exit code 1.
type FindingsError struct{ Msg string }

func (e *FindingsError) Error() string { return e.Msg }

// usageError is a bad command line: exit code 2 with a hint to --help.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

// Main runs parley with args (without the program name) and returns the
// exit code. SIGINT or SIGTERM cancels the running command: it stops
// within a second, removes its temporary files, prints what it did and
// exits 130 or 143. A second signal ends the process at once.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sigs)
	go func() {
		select {
		case sig := <-sigs:
			signal.Reset(os.Interrupt, syscall.SIGTERM) // the next one kills
			cancel(&interrupted{sig})
		case <-ctx.Done():
		}
	}()
	f := &Factory{In: stdin, Out: stdout, ErrOut: stderr, Models: extract.NewModels, IsTerminal: isTerminal, Now: time.Now}
	return Run(ctx, f, args)
}

// interrupted is the cause of a run cancelled by a signal.
type interrupted struct{ sig os.Signal }

func (e *interrupted) Error() string {
	switch e.sig {
	case os.Interrupt:
		return "interrupted (SIGINT)"
	case syscall.SIGTERM:
		return "terminated (SIGTERM)"
	}
	return "stopped by " + e.sig.String()
}

// code is the exit code for a run the signal ended.
func (e *interrupted) code() int {
	if n, ok := e.sig.(syscall.Signal); ok {
		return 128 + int(n)
	}
	return ExitError
}

// Run executes the command line args with f and returns the exit code.
func Run(ctx context.Context, f *Factory, args []string) int {
	cmd := NewCmdRoot(f)
	cmd.SetArgs(args)
	err := cmd.ExecuteContext(ctx)
	if err == nil {
		return ExitOK
	}
	var sig *interrupted
	if errors.As(context.Cause(ctx), &sig) {
		fmt.Fprintln(f.ErrOut, "parley:", err)
		return sig.code()
	}
	var fe *FindingsError
	if errors.As(err, &fe) {
		if fe.Msg != "" {
			fmt.Fprintln(f.ErrOut, "parley:", fe.Msg)
		}
		return ExitFindings
	}
	fmt.Fprintln(f.ErrOut, "parley:", err)
	var ue *usageError
	if errors.As(err, &ue) {
		fmt.Fprintln(f.ErrOut, "Run 'parley --help' for usage.")
	}
	return ExitError
}

// NewCmdRoot is the parley command with all subcommands.
func NewCmdRoot(f *Factory) *cobra.Command {
	root := &cobra.Command{
		Use:   "parley",
		Short: "Turn machine-translated diplomacy articles into contract JSON",
		Long: `parley reads machine-translated articles about diplomatic talks and writes
one JSON object per article: metadata, entities with their mentions, quotes
with their speakers, and every body sentence with a label (agreement, demand,
reaction, other). Every span is a byte offset into the input as read.`,
		Example: `  parley extract --pretty testdata/articles/riyadh-talks-2025.txt
  parley batch corpus/ --out out/ --workers 4
  parley golden check
  parley eval --gold testdata/gold out/
  parley explain testdata/articles/riyadh-talks-2025.txt --sentence 9
  parley fit --gold testdata/gold testdata/articles
  parley render testdata/articles/riyadh-talks-2025.txt -o riyadh.html
  parley diff before.json after.json`,
		Version:       Version(),
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SetVersionTemplate("parley {{.Version}}\n")
	root.SetIn(f.In)
	root.SetOut(f.Out)
	root.SetErr(f.ErrOut)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &usageError{err} })
	root.AddCommand(
		NewCmdExtract(f, nil),
		NewCmdBatch(f, nil),
		NewCmdGolden(f),
		NewCmdEval(f, nil),
		NewCmdExplain(f, nil),
		NewCmdFit(f, nil),
		NewCmdRender(f, nil),
		NewCmdDiff(f, nil),
	)
	return root
}

// usageArgs wraps a cobra argument validator so its errors are usage errors.
func usageArgs(v cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := v(cmd, args); err != nil {
			return &usageError{err}
		}
		return nil
	}
}

// isTerminal reports whether w is a character device (a terminal), without
// a dependency on x/term: pipes and files are not.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// loadModels opens the --lexicon files and builds the models once.
func loadModels(load func(...extract.NamedReader) (*extract.Models, error), lexicons []string) (*extract.Models, error) {
	var extra []extract.NamedReader
	for _, p := range lexicons {
		fh, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("lexicon: %w", err)
		}
		defer fh.Close()
		extra = append(extra, extract.NamedReader{Name: p, R: fh})
	}
	m, err := load(extra...)
	if err != nil {
		return nil, fmt.Errorf("load models: %w", err)
	}
	return m, nil
}
