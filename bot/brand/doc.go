// Package brand knows the brands phishing imitates and tells when a host
// name imitates one: spelled like it (edit distance over a visual
// skeleton: rn for m, l for I and 1, 0 for o, vv for w), written with
// look-alike characters of another script (a TR39-style confusable
// skeleton), mixing scripts inside one label, or carrying the brand's name
// inside somebody else's domain.
//
// A brand's official domains and their subdomains never match: the
// matcher is asked about a host only once it is known not to be official.
package brand
