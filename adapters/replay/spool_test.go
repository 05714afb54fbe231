package replay

import (
	"bytes"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestSpoolKeepsLinesInOrder writes batches of lines into a spool the
// three ways the printer does (appended in place, appended past the room
// given and moved, written by the encoder), lines from a few bytes to
// several chunks long, and reads each batch back whole and in order.
func TestSpoolKeepsLinesInOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(12, 7))
	var s spool
	for batch := range 20 {
		var want, got bytes.Buffer
		for i := range 2000 {
			n := 1 + r.IntN(400)
			if i%500 == 7 {
				n = spoolRoom + r.IntN(3*spoolChunk) // past the room, past a chunk
			}
			line := []byte(strings.Repeat(string(rune('a'+(batch+i)%26)), n) + "\n")
			want.Write(line)
			switch i % 3 {
			case 0, 1:
				s.wrote(append(s.room(), line...))
			default:
				s.Write(line)
			}
		}
		if _, err := s.WriteTo(&got); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Fatalf("batch %d: read back %d bytes, want %d, first difference at %d", batch, got.Len(), want.Len(), firstDiff(got.Bytes(), want.Bytes()))
		}
	}
	// an emptied spool writes nothing
	var none bytes.Buffer
	s.reset()
	if n, err := s.WriteTo(&none); n != 0 || err != nil || none.Len() != 0 {
		t.Fatalf("empty spool wrote %d bytes, %v", n, err)
	}
}

// TestSpoolReusesItsChunks: once a batch's lines are written out, the
// next batch of the same size takes no new memory.
func TestSpoolReusesItsChunks(t *testing.T) {
	line := []byte(strings.Repeat("x", 300) + "\n")
	var s spool
	fill := func() {
		for range 5000 {
			s.wrote(append(s.room(), line...))
		}
		if n, err := s.WriteTo(io.Discard); err != nil || n != int64(5000*len(line)) {
			t.Fatalf("wrote %d bytes, %v", n, err)
		}
	}
	fill()
	if a := testing.AllocsPerRun(5, fill); a != 0 {
		t.Errorf("a batch after the first allocated %v times, want none", a)
	}
}

func firstDiff(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}
