// Package entities is the entity stage: it finds named entities and
// joins their mentions.
//
// Reads: text, meta, paragraphs, sentences, tokens, index, tags. Writes:
// entities, one per real-world referent, under its fullest name, with its
// aliases, every mention (in text order, none twice), for a person the
// role the article gives, and for a date its calendar value
// (extract/datenorm, which reads the title and paragraphs for the year of
// the article's event).
//
// It works on the shape of the text rather than on commas, which the
// translation often drops: each capitalised run (runs.go) is cut into
// gazetteer names, nationality words, title words, dates and unknown name
// words; a title followed by a name makes a person with a role (roles.go);
// a run ending in a head word ("Palace", "Council", "Talks") takes that
// head's type (typing.go). Resolution (resolve.go, people.go) then joins
// the candidates: gazetteer names by referent, people by full name with
// surnames and spelling variants as further mentions, events with their
// lower-case forms (extra.go); a single unknown word is kept only when
// something explains it. Mentions inside a title are kept: "US" in "US
// President" is a mention of the United States.
package entities
