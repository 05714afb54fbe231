// Package feeds keeps immune's global lists: the threat feeds an operator
// subscribes to (Discord-AntiScam, ChongLuaDao, URLhaus, Phishing.Database,
// MetaMask's eth-phishing-detect, ...) and the operator's own block and
// allow files.
//
// A Manager reads each list file and the last good copy of each remote feed
// kept in a cache directory, so a restart with the network down still
// protects; then it downloads every feed again on its interval with
// conditional requests (ETag, If-Modified-Since), a timeout, a size limit
// and jittered backoff after failures. A download that is malformed, empty,
// or lost more than half of the feed's entries is refused and the last good
// copy stays. Every change is handed to the engine as one immutable
// bot.FeedSet, swapped in atomically. The formats the feeds use are read by
// Parse.
//
// The package imports bot; cmd/immune wires it to the engine, to status and
// to the operator endpoint's metrics.
package feeds
