// Package job runs parley's library pipeline as an Apache Beam pipeline,
// so that a batch too large for one machine can run on Dataflow, Flink or
// Spark, and locally on Beam's prism runner.
//
// The pipeline:
//
//	Impulse -> list (filesystem.List per input) -> Reshuffle
//	        -> extract (one document per element; models loaded once per worker)
//	        -> json:  write <output_dir>/<id>.json
//	           jsonl: key by shard -> GroupByKey -> write <output_dir>/parley-SSSSS-of-NNNNN.jsonl
//	dead letters (list, extract) -> GroupByKey -> write --dead_letter
//
// Invariants:
//   - each <id>.json is byte-identical to `parley batch`'s (pipeline.AppendEncode),
//     and each JSON Lines line to `parley extract`'s (pipeline.EncodeCompact);
//   - a bad document (unreadable, not an article, a stage error or panic, a
//     per-document timeout) becomes one dead-letter line and never an error
//     returned to the runner, which would retry or fail the whole bundle;
//     only an output write failure or a cancelled bundle is returned;
//   - every file is written whole (a temporary name renamed into place on a
//     local disk; object stores publish an object only when it is closed),
//     so a retried bundle rewrites the same bytes;
//   - the lines of a JSON Lines shard and of the dead-letter file are sorted,
//     so every output is the same whatever the runner's scheduling.
package job
