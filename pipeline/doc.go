// Package pipeline holds parley's document model and the stage runner.
//
// A Document carries the input bytes exactly as read (Text) and one layer
// per stage: paragraphs, sentences, tokens, entities, quotes and labels.
// Every annotation has a Span of byte offsets into Text, half-open
// [Start, End). Stages append their own layer and never edit the text or
// another stage's layer. This package holds no NLP code: the stages live in
// package extract.
package pipeline
