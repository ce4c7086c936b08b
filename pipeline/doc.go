// Package pipeline holds parley's document model and the stage runner.
//
// A Document carries the input bytes exactly as read (Text) and one layer
// per stage: meta and paragraphs, sentences, tokens and the tokenizer's
// index of them, tags, entities, quotes and labels. Every annotation has
// a Span of byte offsets into Text, half-open [Start, End). Stages append
// their own layer and never edit the text or another stage's layer; a
// stage declares the layers it reads and writes (Declared), and
// CheckLayers checks a stage list against the declarations. This package
// holds no NLP code: the stages are the packages under extract.
package pipeline
