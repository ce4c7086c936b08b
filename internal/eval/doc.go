// Package eval scores extraction output (the contract's section 1) against
// hand-written gold annotations (section 2). It is a port of the referee
// scorer kept beside the contract (eval/score, Python): the same matching
// rules, the same rounding and the same table and JSON, byte for byte, so
// that `parley eval` and the referee never disagree.
//
// Matching, per article paired by id (output article.id, gold article):
//   - entities one-to-one on type and a shared name (text or alias, folded:
//     NFC, curly apostrophes straightened, white space collapsed, lower case);
//   - quotes one-to-one on kind and the best Dice overlap of word tokens,
//     at least 0.8; speakers by name through the gold entity's aliases;
//   - sentences on folded text; a label is right if it is the gold label or
//     one of its "also" readings;
//   - metadata (title, source_language, sections) on folded text.
//
// Documents are decoded JSON (map[string]any) so that odd or partial input
// scores as the referee scores it rather than failing to decode.
package eval
