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
// averaged-perceptron model (its classes, tags and weights) and the
// emoticon list of prose's tokenizer. All integers are little-endian.
//
//	"PTAG" u32 version (2)
//	classes: list                    // class index = position
//	tags:    list                    // tag index = classes, then these:
//	                                 // "-START-", "-START2-", any other tag
//	                                 // a feature names
//	kinds:   list                    // the word features' names, in the
//	                                 // order of an entry's mask bits
//	bias:    weights
//	per tag: weights "i-1 tag t", weights "i-2 tag t"
//	pairs:   u32 n, n × (u8 t1, u8 t2, weights "i tag+i-2 tag t1 t2")
//	vocabulary: table
//
// A list is u32 n, n × (u8 len, bytes).
//
// Weights are a feature's per-class weights, in thousandths (prose rounds
// every weight to three decimals; gen refuses one that is not a whole
// number of thousandths): u8 n, then either, for n < 255, n × u32
// (weight<<8 | lane bit of the class), or, for n = 255 (a feature with
// many classes), u64 class mask and 16 × u64 lane words. n = 0: none.
// Scores are summed three classes to a uint64: class c is the signed
// 21-bit lane c%3 of word c/3, and its bit in a class mask, its lane bit,
// is 4*(c/3) + c%3. gen checks that a sum of 14 weights is less than 2¹⁹
// in size, so that a lane biased by 2¹⁹ keeps a free top bit.
//
// The vocabulary holds every string that is a feature value, a tag
// dictionary word or an emoticon. Its table is u32 slots (a power of two),
// u32 blobLen, slots × 8 bytes, then the blob of entries. A slot is the
// high 32 bits of the key's hash and u32 offset+1 of its entry in the blob
// (0 = empty). The hash is FNV-1a 64 over the key's bytes; a key lives at
// the first slot from hash&(slots-1) on, probing linearly. An entry is
//
//	u8 keyLen, key, u8 dictionary class+1 (0 = none), u8 flags (1 =
//	emoticon), u16 mask of the kinds with weights, per kind in the mask a
//	u16 offset from the entry's start to its data
//
// where a kind's data is its weights, except for "i-1 tag+i word": u8 n,
// n tag indexes ascending, n × u16 offset from the n to the weights for
// that previous tag.
package postag

//go:generate go run ./gen -o model.bin
