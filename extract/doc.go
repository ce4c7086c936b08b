// Package extract builds parley's pipeline: Models (the lexicon and the
// part-of-speech model, made once per process), NewModels and Stages, the
// ordered list of stages that turns an article into its layers.
//
// Each stage is a package of its own, so that the compiler keeps one stage
// from reaching into another: a stage reads the layers of the Document
// that earlier stages wrote, through their exported, typed fields, and
// appends its own; none edits Document.Text, so every span stays a byte
// offset into the user's input. Each declares the layers it reads and
// writes (pipeline.Declared), and a test checks Stages against the
// declarations and this table:
//
//	stage     package            reads                                                   writes
//	read      extract/reader     text                                                    meta,paragraphs
//	segment   extract/segment    text,paragraphs                                         sentences
//	tokenize  extract/tokenize   text,sentences                                          tokens,index
//	tag       extract/tag        text,tokens,index                                       tags
//	entities  extract/entities   text,meta,paragraphs,sentences,tokens,index,tags        entities
//	quotes    extract/quotes     text,paragraphs,sentences,tokens,index,tags,entities    quotes
//	classify  extract/classify   text,meta,sentences,tokens,index,tags,entities,quotes   labels
//
// index is the tokenizer's index of the tokens (pipeline.TokenIndex): each
// token's folded text, the class of that fold in the lexicon's word index,
// and each sentence's token range, built once for every stage after it.
//
// Shared by the stages: extract/lexicon, the knowledge (gazetteer, titles,
// nationalities, cue phrases, every word list and the classifier's
// weights) as embedded data files, loaded once into a read-only Lexicon;
// extract/postag, the part-of-speech tagger the tag stage runs;
// extract/datenorm, the calendar value of a DATE entity, which the entity
// stage gives; and extract/internal/text, the byte- and rune-level helpers (folding,
// scanners, quotation marks, pools), one copy each.
package extract
