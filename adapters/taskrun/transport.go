package taskrun

import (
	"net"
	"net/http"
	"time"
)

// MaxConnsPerHost is how many connections NewTransport opens to one host
// at most: enough for the per-chat workers of a busy bot to keep their
// requests in flight, few enough that a burst waits for a connection
// instead of opening hundreds (each a TLS handshake).
const MaxConnsPerHost = 64

// NewTransport returns the HTTP transport the adapters make platform
// requests with: keep-alive connections pooled for the per-chat workers
// (net/http keeps only 2 idle connections per host by default, so a burst
// opens a new connection for nearly every request), bounded dials and
// handshakes, and HTTP/2 where the server offers it.
func NewTransport() *http.Transport {
	return &http.Transport{
		Proxy: http.ProxyFromEnvironment,
		DialContext: (&net.Dialer{
			Timeout:   10 * time.Second,
			KeepAlive: 30 * time.Second,
		}).DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          2 * MaxConnsPerHost,
		MaxIdleConnsPerHost:   MaxConnsPerHost,
		MaxConnsPerHost:       MaxConnsPerHost,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ExpectContinueTimeout: time.Second,
	}
}
