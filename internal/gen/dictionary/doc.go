// Command dictionary writes bot/brand/dictionary.go: the words of several
// languages' dictionaries that the built-in brands' edit distances would
// read as look-alikes of a brand (telegraf is German and Dutch, paywall
// English: neither is a misspelling of telegram or paypal). Package brand
// reads such a word as the brand only when it is written like it. It also
// writes the compounds: names one letter from a brand's name made of two
// English words whose second word is swapped for another English word
// (safepay for safepal, bitbet for bitget), which package brand weighs
// as plausible names rather than misspellings.
//
// The word lists are Debian's (wamerican, wbritish, wngerman, wdutch,
// wfrench, wspanish, witalian, wportuguese, wnorwegian, wswedish,
// wdanish; apt-get install them), read from /usr/share/dict, folded to
// lower-case ASCII (diacritics dropped), five letters or more; the
// committed file was written from Debian 12's. The output depends on the
// built-in brands' names, and the trained weights on it: run it after
// changing bot/brand/brands.go, and go run ./cmd/train after it.
//
//	go run ./internal/gen/dictionary > bot/brand/dictionary.go
package main
