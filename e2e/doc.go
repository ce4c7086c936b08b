// Package e2e holds parley's end-to-end tests and benchmarks: the golden
// test over testdata/articles, the span invariants, determinism, the
// pipeline fuzz target, and the throughput benchmarks against prose. It has
// no code of its own.
package e2e
