package job

import (
	"crypto/sha256"
	"fmt"
	"sync"

	"github.com/parley-nlp/parley/extract"
	"github.com/parley-nlp/parley/pipeline"
)

// models holds the models of this process by the lexicons they were built
// with. A runner makes one DoFn instance per bundle processor, several per
// worker process; the models are read-only and safe to share between
// goroutines, so each worker builds them once rather than once per
// instance.
var models = struct {
	sync.Mutex
	byKey map[[sha256.Size]byte]*extract.Models
}{byKey: map[[sha256.Size]byte]*extract.Models{}}

// sharedModels returns this process's models for lexicons, building them
// on first use.
func sharedModels(lexicons []Lexicon) (*extract.Models, error) {
	h := sha256.New()
	for _, lx := range lexicons {
		fmt.Fprintf(h, "%d:%s%d:", len(lx.Name), lx.Name, len(lx.Data))
		h.Write(lx.Data)
	}
	var key [sha256.Size]byte
	h.Sum(key[:0])

	models.Lock()
	defer models.Unlock()
	if m := models.byKey[key]; m != nil {
		return m, nil
	}
	m, err := extract.NewModels(namedReaders(lexicons)...)
	if err != nil {
		return nil, fmt.Errorf("load models: %w", err)
	}
	models.byKey[key] = m
	return m, nil
}

// stageLists holds the stage lists other than parley's own, by name; a
// DoFn carries only the name, since it is serialized into the pipeline.
// Registered at init time only (tests register lists with stages of their
// own), read-only after.
var stageLists = map[string]func(*extract.Models) []pipeline.Stage{}

// RegisterStages makes a stage list available to Options.Stages. Call it
// from an init function, so that workers, which run the same binary, have
// it too.
func RegisterStages(name string, stages func(*extract.Models) []pipeline.Stage) {
	if _, dup := stageLists[name]; dup || name == "" {
		panic(fmt.Sprintf("job: stage list %q registered twice", name))
	}
	stageLists[name] = stages
}

// stagesFor is the stage list named name ("" for parley's own).
func stagesFor(name string, m *extract.Models) ([]pipeline.Stage, error) {
	if name == "" {
		return extract.Stages(m), nil
	}
	f, ok := stageLists[name]
	if !ok {
		return nil, fmt.Errorf("no stage list %q registered", name)
	}
	return f(m), nil
}
