// Package expand follows the redirects of shortened links (bit.ly, t.co,
// ...) so that immune can judge where they really lead.
//
// Following a link an attacker chose is a server-side request forgery
// risk: the link, or any redirect on the way, may point at the bot's own
// machine (127.0.0.1), its cloud's metadata service (169.254.169.254) or a
// private network, directly or through a name that resolves there, now or
// a second later (DNS rebinding). The Expander resolves each name itself,
// refuses it unless every address is public (code.dny.dev/ssrf's list of
// IANA special-purpose ranges), and connects only to an address it checked;
// the dialer checks the address again as the socket connects. It uses no
// proxy, follows at most five redirects, judging each before requesting
// it, sends HEAD and reads at most a capped part of a page, and bounds the
// whole expansion by a timeout.
//
// The engine (bot) calls it off the path of judging and keeps the results
// in the store; the package does network I/O, so it is kept out of bot.
package expand
