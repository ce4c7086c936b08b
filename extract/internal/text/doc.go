// Package text holds the byte- and rune-level helpers that several
// stages share, one copy each: folding words for lookups, the
// eight-bytes-at-a-time scanners, the quotation-mark table and the pairing
// of marks into quote regions, the word filter, and the pool and slice
// helpers through which a stage reuses its scratch space from document to
// document.
//
// Nothing here rewrites a text: folding builds keys for lookups, and every
// offset is a byte offset into the text as read.
package text
