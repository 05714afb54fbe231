package expandtest

import (
	"context"
	"crypto/tls"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"slices"
	"sync"
	"testing"

	"github.com/immunebot/immune/expand"
)

// Net is a small fake internet for an Expander.
type Net struct {
	srv, tls *httptest.Server // port 80 and port 443

	mu     sync.Mutex
	names  map[string][]netip.Addr
	hosts  map[string]http.Handler // by host name (the Host header, without port)
	served map[netip.Addr]bool
	dialed []string
	next   byte
}

// New starts a fake internet that lives as long as the test.
func New(t testing.TB) *Net {
	n := &Net{names: map[string][]netip.Addr{}, hosts: map[string]http.Handler{}, served: map[netip.Addr]bool{}}
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host, _, err := net.SplitHostPort(r.Host)
		if err != nil {
			host = r.Host
		}
		n.mu.Lock()
		h := n.hosts[host]
		n.mu.Unlock()
		if h == nil {
			http.NotFound(w, r)
			return
		}
		h.ServeHTTP(w, r)
	})
	n.srv = httptest.NewServer(handler)
	n.tls = httptest.NewTLSServer(handler)
	t.Cleanup(n.srv.Close)
	t.Cleanup(n.tls.Close)
	return n
}

// Serve makes host resolve to a public address of its own and answer
// with h.
func (n *Net) Serve(host string, h http.Handler) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.next++
	a := netip.AddrFrom4([4]byte{93, 184, 216, n.next}) // public, never contacted: Dial brings it here
	n.names[host] = []netip.Addr{a}
	n.hosts[host] = h
	n.served[a] = true
}

// Redirect makes host answer every request with a redirect to location.
func (n *Net) Redirect(host string, code int, location string) {
	n.Serve(host, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, location, code)
	}))
}

// Resolve makes name resolve to the given addresses, which are not served:
// a connection to one fails (and is recorded).
func (n *Net) Resolve(name string, addrs ...string) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.names[name] = nil
	for _, a := range addrs {
		n.names[name] = append(n.names[name], netip.MustParseAddr(a))
	}
}

// Options returns expander options that use the fake internet (and trust
// its https server, whatever name it is asked for).
func (n *Net) Options() expand.Options {
	return expand.Options{Resolver: resolver{n}, Dial: n.dial, TLS: &tls.Config{InsecureSkipVerify: true}}
}

// Dialed returns every address a connection was asked for.
func (n *Net) Dialed() []string {
	n.mu.Lock()
	defer n.mu.Unlock()
	return slices.Clone(n.dialed)
}

type resolver struct{ n *Net }

// LookupNetIP returns the addresses a test gave the name.
func (r resolver) LookupNetIP(_ context.Context, _, host string) ([]netip.Addr, error) {
	r.n.mu.Lock()
	defer r.n.mu.Unlock()
	if a, ok := r.n.names[host]; ok {
		return a, nil
	}
	return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
}

func (n *Net) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	ap, err := netip.ParseAddrPort(addr)
	n.mu.Lock()
	n.dialed = append(n.dialed, addr)
	served := err == nil && n.served[ap.Addr()]
	n.mu.Unlock()
	if !served {
		return nil, fmt.Errorf("expandtest: %s is not served", addr)
	}
	to := n.srv
	if ap.Port() == 443 {
		to = n.tls
	}
	var d net.Dialer
	return d.DialContext(ctx, network, to.Listener.Addr().String())
}
