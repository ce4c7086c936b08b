// Package datenorm gives DATE entities their normalised value: an ISO 8601
// date, month, year or interval, or null with a reason.
//
// Normalize is a pure function of the expression and a year to supply,
// reading month and weekday names from the lexicon (a Normalizer holds
// them).
// Fill works over one document: it finds the year of the article's event
// and gives it to the day-and-month and month expressions that name no
// year where that is unambiguous (see Fill). It reads Meta, Paragraphs,
// Sentences and the DATE entities' mentions, and sets only Entity.Value.
package datenorm
