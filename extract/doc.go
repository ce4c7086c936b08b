// Package extract holds parley's stages: the Reader (boilerplate and
// paragraphs), the Segmenter (sentences), the Tokenizer, the Tagger (part of
// speech, through prose), the EntityFinder, the QuoteFinder and the
// Classifier. Each is a pipeline.Stage that reads earlier layers of the
// Document and appends its own; none edits Document.Text, so every span
// stays a byte offset into the user's input.
//
// Knowledge (gazetteers, titles, cue words) lives in embedded data files
// under lexicon/, loaded once into a Lexicon that stages share read-only.
package extract
