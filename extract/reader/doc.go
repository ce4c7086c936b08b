// Package reader is the first stage: it recognises the page boilerplate of
// an article and splits the body into paragraphs.
//
// Reads: text. Writes: meta (title, source language, section list, the
// boilerplate spans) and paragraphs.
//
// The translation notice (first line), the discussion trailer ("No
// Discussion Added Yet", then the title and the section headings) and a
// bare title line are metadata, not body. Every other non-blank line is a
// paragraph; its span excludes surrounding white space, NBSP, zero-width
// characters and a BOM, and the text is never rewritten (CRLF and CR line
// ends are read in place).
package reader
