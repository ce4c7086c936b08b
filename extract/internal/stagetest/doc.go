// Package stagetest helps the stages' tests and benchmarks: the test
// articles, documents run through a list of stages, and the corpus
// benchmark loop. Only tests import it.
package stagetest
