// Package trainlist reads the gzipped lists of ../shared/train (one item
// a line, '#' lines are comments, "# --- block:" lines start a source
// block) for the trainer (cmd/train) and the generators under
// internal/gen that rank what the lists hold. It copies nothing: the
// lists stay where they are, read at run time.
package trainlist
