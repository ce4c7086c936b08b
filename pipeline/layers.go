package pipeline

import "fmt"

// Layer names a part of a Document that a stage reads or writes.
type Layer string

// The layers of a Document, in the order the stages fill them.
const (
	LayerText       Layer = "text"       // Text, ID, Path: the input
	LayerMeta       Layer = "meta"       // Meta
	LayerParagraphs Layer = "paragraphs" // Paragraphs
	LayerSentences  Layer = "sentences"  // Sentences
	LayerTokens     Layer = "tokens"     // Tokens, but their tags
	LayerIndex      Layer = "index"      // Index, the tokenizer's index of Tokens
	LayerTags       Layer = "tags"       // Tokens[i].Tag
	LayerEntities   Layer = "entities"   // Entities
	LayerQuotes     Layer = "quotes"     // Quotes
	LayerLabels     Layer = "labels"     // Labels
)

// Declared is a stage that declares the layers it reads and the layers it
// writes (spaCy's requires and assigns). A stage reads only what it
// declares and leaves every layer it does not write as it found it.
type Declared interface {
	Stage
	Reads() []Layer
	Writes() []Layer
}

// CheckLayers checks an ordered list of stages against their
// declarations: every stage declares, reads only the input and layers an
// earlier stage writes, and writes a layer no other stage writes.
func CheckLayers(stages []Stage) error {
	writer := map[Layer]string{LayerText: "the input"}
	for _, s := range stages {
		ds, ok := s.(Declared)
		if !ok {
			return fmt.Errorf("stage %s declares no layers", s.Name())
		}
		for _, l := range ds.Reads() {
			if _, ok := writer[l]; !ok {
				return fmt.Errorf("stage %s reads %s, which no stage before it writes", s.Name(), l)
			}
		}
		for _, l := range ds.Writes() {
			if w, ok := writer[l]; ok {
				return fmt.Errorf("stage %s writes %s, which %s writes", s.Name(), l, w)
			}
			writer[l] = s.Name()
		}
	}
	return nil
}
