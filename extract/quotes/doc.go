// Package quotes is the quote stage: it finds direct and reported speech
// and who says it.
//
// Reads: text, paragraphs, sentences, tokens, index, tags, entities.
// Writes: quotes, sorted by start.
//
// Direct quotes (direct.go) are the text inside a pair of quotation marks
// of any style, leaving out marks around a name or a scare phrase; a quote
// that runs over a paragraph break is one quote (cross.go). Reported
// speech (indirect.go, clause.go, after.go) is the clause a reporting
// verb reports, with or without "that", before or after the reporting
// clause, with or without the commas a translation drops, and "according
// to X, …" and a headline "Name: claim"; two reporting verbs in one
// sentence are two quotes, and a report quoting some of its words is one
// indirect quote and a direct quote per marked stretch. The speaker (attribute.go, subject.go,
// speakers.go, pronoun.go) is resolved to an entity through names,
// titles, roles, pronouns and the countries behind nationality words; a
// speaker the text does not name is nil, never a guess.
package quotes
