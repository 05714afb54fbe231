// Package replay drives the engine from JSON lines, for `immune scan`: one
// message a line in, one decision a line out, in input order, through the
// same Engine and store the live bot uses. Nothing is sent anywhere; the
// decisions are printed instead of carried out.
//
// The input and output formats are the `immune scan` contract, documented
// in docs/scan.md. Lines are read in batches: a batch's decisions are printed only after the
// store has committed them, so that every printed decision is durable. A
// batch ends when the input has nothing more for now (so an interactive
// caller gets each answer at once) or at Scanner.BatchSize lines, later
// while the batch before is still being committed. Memory
// stays bounded for any input size; a line longer than MaxLine is reported
// as an error line and skipped.
package replay
