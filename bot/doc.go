// Package bot is immune's domain: the chat message as the engine sees it, the
// verdict a classifier reaches about it, the decision a policy turns that
// verdict into, and the Engine that runs one message through classify,
// behaviour and policy.
//
// The package imports the standard library and golang.org/x only. Platforms
// live in adapters/ and turn their events into Message values; the bbolt store
// lives in store/ and implements the small interfaces declared in store.go.
// Subpackages hold the pure parts of classification: link extraction
// (linkx), brand lookalikes (brand), lure language (lure) and dangerous files
// (filetype).
//
// Member-facing texts exist in English and Vietnamese (texts.go); the admin
// commands that platforms wire to their own syntax are in commands.go.
package bot
