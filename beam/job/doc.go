// Package job runs parley's library pipeline as an Apache Beam pipeline,
// so that a batch too large for one machine can run on Dataflow, Flink or
// Spark, and locally on Beam's prism runner.
//
// The pipeline:
//
//	json:  Impulse -> list (filesystem.List) -> Reshuffle
//	       -> extract one document per element, streamed into <output_dir>/<id>.json
//	jsonl: Impulse -> list -> key by shard -> GroupByKey
//	       -> extract and write one shard per element (its documents in path order,
//	          streamed into <output_dir>/parley-SSSSS-of-NNNNN.jsonl)
//	dead letters (list, extract) -> GroupByKey -> write --dead_letter, sorted
//
// The models are built once per worker process, in the extracting DoFns'
// Setup. The articles' JSON never passes through the runner: paths go in
// and files come out, so a worker holds one document at a time whatever
// the number of articles.
//
// Invariants:
//   - each <id>.json is byte-identical to `parley batch`'s and each JSON
//     Lines line to `parley extract`'s (pipeline.EncodeTo);
//   - a bad document (unreadable, not an article, a stage error or panic, a
//     per-document timeout) becomes one dead-letter line and never an error
//     returned to the runner, which would retry or fail the whole bundle;
//     only an output write failure or a cancelled bundle is returned;
//   - every file is written whole (a temporary name renamed into place on a
//     local disk; object stores publish an object only when it is closed),
//     so a retried bundle rewrites the same bytes;
//   - a JSON Lines shard holds its articles in path order and the
//     dead-letter file is sorted, so every output is the same whatever the
//     runner's scheduling.
package job
