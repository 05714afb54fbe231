package lure

// "Free" as tech chat says it of what it links: reading matter that costs
// nothing ("the dsp guide is free", "crafting interpreters, free
// online", "a free ebook") or a service's plan ("the free tier"). Gift
// counts "free" alone as a mild lure word, and a message holding one
// does not talk plainly: a page of an older site the link model reads as
// a kit's was read in full beside such a line, where the same line
// without "free" reads it as its site (dspguide.com/pdfbook.htm deleted,
// craftinginterpreters.com's chapters warned). The gift's phrases
// ("free nitro", "free gift", "free crypto") are strong ones of their
// own and are read as before; so is "free" before any other word ("free
// download", "free premium") or after one that is not "is" or "are"
// ("for free", "get it free").

// costNouns are the folded words after "free" that make it a reading's
// or a plan's cost: free online, free ebook, free course, free tier.
var costNouns = map[string]bool{"online": true, "book": true, "books": true, "ebook": true, "ebooks": true, "pdf": true,
	"course": true, "courses": true, "tutorial": true, "tutorials": true, "guide": true, "guides": true,
	"chapter": true, "chapters": true, "docs": true, "tier": true, "plan": true}

// costFree reports a "free" at buf[i:end] of folded text (words a space
// apart) said of a reading's or a plan's cost: before a word of
// costNouns, or after "is" or "are" with nothing after it but "to read"
// ("the guide is free", "the book is free to read").
func costFree(buf []byte, i, end int) bool {
	next, after := word(buf, end+1)
	if next != nil && costNouns[string(next)] {
		return true
	}
	if i < 2 {
		return false
	}
	k := i - 1 // the space before "free"
	s := k - 1
	for s >= 0 && buf[s] != ' ' {
		s--
	}
	if prev := string(buf[s+1 : k]); prev != "is" && prev != "are" {
		return false
	}
	if next == nil {
		return true
	}
	second, rest := word(buf, after+1)
	return string(next) == "to" && string(second) == "read" && rest >= len(buf)
}

// word returns the word of folded text starting at i (nil past its end)
// and the index just after it.
func word(buf []byte, i int) ([]byte, int) {
	if i >= len(buf) {
		return nil, len(buf)
	}
	j := i
	for j < len(buf) && buf[j] != ' ' {
		j++
	}
	return buf[i:j], j
}
