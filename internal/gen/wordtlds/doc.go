// Command wordtlds writes bot/linkx/wordtlds.go: the ICANN top-level
// domains of three letters or more that are ordinary English words
// (map, top, run, help, report, link) or words of chat (lol, fyi). After
// a full stop, such a word is how the next sentence begins ("dm me your
// ign. map is live", "run the installer. report back"), and linkx reads a
// word there as a spaced-dot disguise's ending only with a path after it.
//
// The words are Debian's English word lists (wamerican, wbritish;
// apt-get install them), read from /usr/share/dict, lower-case ASCII
// words only (no proper nouns, no possessives), and the chat words below;
// a word is kept when linkx.IsTLD takes it, so the output follows the
// public suffix list vendored in golang.org/x/net.
//
//	go run ./internal/gen/wordtlds > bot/linkx/wordtlds.go
package main
