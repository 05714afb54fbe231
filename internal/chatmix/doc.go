// Package chatmix generates realistic streams of chat messages for
// benchmarks: a long-tail vocabulary in English and Vietnamese, many
// accounts posting as unevenly as people do, many chats, link-free chat of
// which about half has dots in it ("3.50", "notes.md", "ok."), benign links
// to popular sites and to a long tail of small ones, and threats from
// spammers and from hijacked accounts spraying one lure into several chats.
// It is deterministic for a seed. The messages are written for this
// project; no evaluation data is used.
package chatmix
