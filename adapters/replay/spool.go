package replay

import "io"

// spool holds a batch's encoded output lines in chunks of spoolChunk
// bytes until the batch is committed, and keeps the chunks for the next
// batch once they are written out. A buffer that doubles as it fills
// allocates about twice a batch's bytes, fresh memory, for the first
// batches of every scan; a batch of 16,384 lines is 3–8 MB of output.
type spool struct {
	full  [][]byte // chunks filled, in order
	cur   []byte   // the chunk being filled
	spare [][]byte // chunks written out, emptied
}

const (
	spoolChunk = 64 << 10
	// spoolRoom is the room a chunk needs left for room to hand it out
	// rather than take the next chunk: more than most lines take.
	spoolRoom = 2 << 10
)

// room returns the free space of the chunk being filled, for a line to be
// appended to and handed to wrote.
func (s *spool) room() []byte {
	if cap(s.cur)-len(s.cur) < spoolRoom {
		s.next()
	}
	return s.cur[len(s.cur):]
}

// next puts the chunk being filled (if any) with the full ones and takes
// a spare one, or a new one.
func (s *spool) next() {
	if s.cur != nil {
		s.full = append(s.full, s.cur)
	}
	if n := len(s.spare); n > 0 {
		s.cur, s.spare = s.spare[n-1][:0], s.spare[:n-1]
	} else {
		s.cur = make([]byte, 0, spoolChunk)
	}
}

// wrote takes a line appended to what room returned: in place when it
// fitted, copied when appending had to move it elsewhere.
func (s *spool) wrote(b []byte) {
	n := len(s.cur)
	if len(b) == 0 {
		return
	}
	if len(b) <= cap(s.cur)-n && &s.cur[:n+1][n] == &b[0] {
		s.cur = s.cur[:n+len(b)]
		return
	}
	s.Write(b)
}

// Write appends p, across chunks as needed.
func (s *spool) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		if len(s.cur) == cap(s.cur) {
			s.next()
		}
		k := copy(s.cur[len(s.cur):cap(s.cur)], p)
		s.cur, p = s.cur[:len(s.cur)+k], p[k:]
	}
	return n, nil
}

// WriteTo writes what the spool holds to w, in order, and empties it.
func (s *spool) WriteTo(w io.Writer) (int64, error) {
	var total int64
	var err error
	for i := 0; i <= len(s.full) && err == nil; i++ {
		c := s.cur
		if i < len(s.full) {
			c = s.full[i]
		}
		var n int
		n, err = w.Write(c)
		total += int64(n)
	}
	s.reset()
	return total, err
}

// reset empties the spool, keeping its chunks.
func (s *spool) reset() {
	for _, c := range s.full {
		s.spare = append(s.spare, c[:0])
	}
	clear(s.full)
	s.full = s.full[:0]
	s.cur = s.cur[:0]
}
