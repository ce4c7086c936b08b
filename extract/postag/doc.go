// Package postag is a part-of-speech tagger: prose v2's averaged perceptron
// (a port of TextBlob's tagger) with the same weights, tag dictionary and
// special cases, in a representation that loads without decoding.
//
// Input: the words of one sentence, as prose's tokenizer would give them
// (curly quotes already straightened). Output: one Penn Treebank tag per
// word. Model.Tag reproduces prose's perceptronTagger.tag except where two
// classes tie on score: prose picks one in map order (at random), postag
// picks the first in class order. Scores are exact here (integer
// thousandths) where prose sums float64s in map order.
//
// # model.bin
//
// model.bin is written by gen (go generate ./extract/postag) from prose's
// model/AveragedPerceptron/{classes,tags,weights}.gob and the emoticon list
// in prose's tokenize.go. All integers are little-endian.
//
//	"PTAG" u32 version (1)
//	classes:   u32 n, n × (u8 len, bytes)       // class index = position
//	emoticons: u32 n, n × (u8 len, bytes)       // sorted
//	tag dictionary: table, entry = u8 keyLen, u8 class, key
//	features:       table, entry = u8 keyLen, u8 n, key,
//	                n × u8 class, n × i32 weight (thousandths)
//
// A table is u32 slots (a power of two), u32 blobLen, slots × 12 bytes, then
// the blob of entries. A slot is u64 hash, u32 offset+1 of its entry in the
// blob (0 = empty). The hash is FNV-1a 64 over the key's bytes; a key lives
// at the first slot from hash&(slots-1) on, probing linearly. A feature key
// is prose's: the feature name and its values joined by single spaces
// ("i suffix ing", "i-1 tag+i word DT news", "bias").
//
// Prose rounds every weight to three decimals, so gen stores thousandths
// and refuses a weight that is not a whole number of them.
package postag

//go:generate go run ./gen -o model.bin
