// Package expandtest stands in for the internet in tests of link
// expansion: host names resolve to the public addresses a test gives them,
// and connections to those addresses reach a local httptest server (and
// its TLS twin on port 443, trusted through Options().TLS) that
// answers for every name. Addresses that are not served are never
// connected to; every connection asked for is recorded, so a test can show
// that a refused address was never reached.
package expandtest
