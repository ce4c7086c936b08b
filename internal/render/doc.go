// Package render writes parley's output as self-contained, accessible
// HTML pages (html/template, inline CSS, no script, no network): one page
// per article (Page), a drift page setting an old and a new output side
// by side with their changes marked (Drift), and an index (Index).
//
// The text is cut into nested elements: sentences tinted by label with a
// badge, quotes marked by kind and followed by a link to their speaker's
// mention, entity mentions with their type written after them, cue words.
// Annotations that cross are cut into fragments (nest), so the elements
// always nest as HTML requires.
package render
