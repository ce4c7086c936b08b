// Package fit fits the sentence classifier's weights (lexicon
// weights.tsv) to gold labels, and estimates how well they carry to
// articles they were not fitted to by cross-validation over articles.
//
// The model is the classifier's own: each label's score is its bias plus
// the sum of each feature's value times the feature's weight for that
// label. Fit trains it as a multinomial logistic regression: the softmax
// of the scores should give the labels gold accepts for a sentence (its
// label and "also") a high probability, with an L2 penalty on the weights
// (not on the biases), minimised by limited-memory BFGS. Everything is
// deterministic: the same articles and options give the same weights.
package fit
