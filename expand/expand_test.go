package expand_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/immunebot/immune/expand"
	"github.com/immunebot/immune/expand/expandtest"
)

func TestExpand(t *testing.T) {
	t.Parallel()
	n := expandtest.New(t)
	var phishHits atomic.Int32
	n.Redirect("bit.ly", http.StatusMovedPermanently, "http://t.co/abc")
	n.Redirect("t.co", http.StatusFound, "http://dlscord-gift.com/login?ref=1#top")
	n.Serve("dlscord-gift.com", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodHead {
			phishHits.Add(1)
		}
		io.WriteString(w, "<html>a fake login</html>")
	}))
	n.Redirect("to-loopback.ly", http.StatusFound, "http://127.0.0.1/admin")
	n.Redirect("to-metadata.ly", http.StatusFound, "http://169.254.169.254/latest/meta-data/iam/")
	n.Redirect("to-v6-loopback.ly", http.StatusFound, "http://[::ffff:127.0.0.1]/")
	n.Redirect("to-private-name.ly", http.StatusFound, "http://intranet.corp.example/")
	n.Resolve("intranet.corp.example", "10.1.2.3")
	n.Redirect("to-rebind.ly", http.StatusFound, "http://rebind.example/")
	n.Resolve("rebind.example", "93.184.217.9", "127.0.0.1")
	n.Redirect("to-port.ly", http.StatusFound, "http://bit.ly:8080/x")
	n.Redirect("loop-a.ly", http.StatusFound, "http://loop-b.ly/")
	n.Redirect("loop-b.ly", http.StatusFound, "http://loop-a.ly/")
	for i := range 7 {
		n.Redirect(fmt.Sprintf("r%d.ly", i), http.StatusFound, fmt.Sprintf("http://r%d.ly/", i+1))
	}
	n.Serve("r7.ly", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	n.Serve("head-refused.ly", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodHead {
			w.WriteHeader(http.StatusMethodNotAllowed)
			return
		}
		http.Redirect(w, r, "http://dlscord-gift.com/login", http.StatusFound)
	}))
	n.Serve("interstitial.ly", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, `<html><head><META HTTP-EQUIV="Refresh" CONTENT="0; URL='http://dlscord-gift.com/login?a=1&amp;b=2'"></head></html>`)
	}))
	n.Redirect("to-js.ly", http.StatusFound, "javascript:alert(1)")
	n.Redirect("to-bad.ly", http.StatusFound, "http://known-bad.example/x")
	n.Serve("plain.example", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	// www.google.com is not on the fake network: asked for, it would not resolve
	n.Redirect("to-google.ly", http.StatusFound, "https://www.google.com/url?q=http%3A%2F%2Fdlscord-gift.com%2Flogin&sa=D&usg=AOvVaw")

	opts := n.Options()
	opts.Stop = func(u string) bool { return strings.Contains(u, "known-bad.example") }
	x := expand.New(opts)
	tests := []struct {
		name  string
		url   string
		chain []string
		err   string // in Expansion.Err; "" for none
	}{
		{"redirect chain", "http://bit.ly/3xYz", []string{"http://t.co/abc", "http://dlscord-gift.com/login?ref=1"}, ""},
		{"no redirect", "http://plain.example/", nil, ""},
		{"redirect to loopback", "http://to-loopback.ly/", []string{"http://127.0.0.1/admin"}, "refused"},
		{"redirect to the metadata service", "http://to-metadata.ly/", []string{"http://169.254.169.254/latest/meta-data/iam/"}, "refused"},
		{"redirect to mapped loopback", "http://to-v6-loopback.ly/", []string{"http://[::ffff:127.0.0.1]/"}, "refused"},
		{"a name resolving to a private address", "http://to-private-name.ly/", []string{"http://intranet.corp.example/"}, "intranet.corp.example is 10.1.2.3"},
		{"a name with one private address among public ones", "http://to-rebind.ly/", []string{"http://rebind.example/"}, "rebind.example is 127.0.0.1"},
		{"a port other than the web's", "http://to-port.ly/", []string{"http://bit.ly:8080/x"}, "8080 is not a permitted port"},
		{"a redirect loop", "http://loop-a.ly/", []string{"http://loop-b.ly/", "http://loop-a.ly/"}, "a redirect loop"},
		{"more than five redirects", "http://r0.ly/", []string{"http://r1.ly/", "http://r2.ly/", "http://r3.ly/", "http://r4.ly/", "http://r5.ly/"}, "more than 5 redirects"},
		{"five redirects exactly", "http://r2.ly/", []string{"http://r3.ly/", "http://r4.ly/", "http://r5.ly/", "http://r6.ly/", "http://r7.ly/"}, ""},
		{"HEAD refused, GET redirects", "http://head-refused.ly/x", []string{"http://dlscord-gift.com/login"}, ""},
		{"meta refresh", "http://interstitial.ly/x", []string{"http://dlscord-gift.com/login?a=1&b=2"}, ""},
		{"a javascript: redirect", "http://to-js.ly/", []string{"javascript:alert(1)"}, "javascript: link, not followed"},
		{"a redirector's destination is read, not requested", "http://to-google.ly/", []string{"https://www.google.com/url?q=http%3A%2F%2Fdlscord-gift.com%2Flogin&sa=D&usg=AOvVaw", "http://dlscord-gift.com/login"}, ""},
		{"a hop known to be bad is not requested", "http://to-bad.ly/", []string{"http://known-bad.example/x"}, ""},
		{"unknown name", "http://nowhere.example/", nil, "does not resolve"},
		{"a literal private address", "http://192.168.1.1/", nil, "refused"},
		{"not a web link", "ftp://bit.ly/x", nil, "not an http or https link"},
	}
	// the cases stopped at an address or port never contacted
	refused := map[string]bool{
		"redirect to loopback": true, "redirect to the metadata service": true, "redirect to mapped loopback": true,
		"a name resolving to a private address": true, "a name with one private address among public ones": true,
		"a port other than the web's": true, "a literal private address": true,
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			xp := x.Expand(context.Background(), tt.url)
			if xp.Refused != refused[tt.name] {
				t.Errorf("refused %v, want %v (%q)", xp.Refused, refused[tt.name], xp.Err)
			}
			if strings.Join(xp.Chain, " ") != strings.Join(tt.chain, " ") {
				t.Errorf("chain %q, want %q", xp.Chain, tt.chain)
			}
			if tt.err == "" && xp.Err != "" || !strings.Contains(xp.Err, tt.err) {
				t.Errorf("err %q, want %q", xp.Err, tt.err)
			}
			if xp.Time.IsZero() {
				t.Error("no time")
			}
		})
	}
	// Nothing was ever dialled but the served public addresses.
	for _, a := range n.Dialed() {
		if !strings.HasPrefix(a, "93.184.216.") || !strings.HasSuffix(a, ":80") {
			t.Errorf("a connection was asked for %s", a)
		}
	}
	// Where a chain ends, only HEAD is sent: the page itself is never
	// downloaded.
	if phishHits.Load() != 0 {
		t.Errorf("the phishing page was downloaded %d times", phishHits.Load())
	}
}

func TestExpandSlowServer(t *testing.T) {
	t.Parallel()
	n := expandtest.New(t)
	release := make(chan struct{})
	defer close(release)
	n.Redirect("bit.ly", http.StatusFound, "http://slow.example/")
	n.Serve("slow.example", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	opts := n.Options()
	opts.Timeout = 300 * time.Millisecond
	start := time.Now()
	xp := expand.New(opts).Expand(context.Background(), "http://bit.ly/slow")
	if time.Since(start) > 5*time.Second {
		t.Errorf("took %s", time.Since(start))
	}
	if len(xp.Chain) != 1 || xp.Chain[0] != "http://slow.example/" || xp.Err != "no answer within 300ms" {
		t.Errorf("%+v", xp)
	}
}

// TestExpandRefusesWithTheRealDialer uses the production dialer, with no
// stand-in: a link to a loopback server is refused before any connection,
// and the server sees nothing.
func TestExpandRefusesWithTheRealDialer(t *testing.T) {
	t.Parallel()
	var hits atomic.Int32
	srv := newLoopbackServer(t, &hits)
	x := expand.New(expand.Options{Timeout: 2 * time.Second})
	for _, u := range []string{srv, "http://localhost/", "http://127.0.0.1/", "http://[::1]/"} {
		xp := x.Expand(context.Background(), u)
		if !xp.Refused || !strings.Contains(xp.Err, "refused") && !strings.Contains(xp.Err, "not a permitted") {
			t.Errorf("%s: %+v", u, xp)
		}
	}
	if hits.Load() != 0 {
		t.Errorf("the loopback server got %d requests", hits.Load())
	}
}

func newLoopbackServer(t *testing.T, hits *atomic.Int32) string {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	t.Cleanup(srv.Close)
	return srv.URL
}

// TestExpandPassesForABrowser follows a link whose kit cloaks, as real
// kits do: it redirects a browser to the phishing page and shows anything
// that names itself a bot, a checker or a library a harmless page. The
// Expander is sent to the phishing page by default, and sends the
// User-Agent it is configured with.
func TestExpandPassesForABrowser(t *testing.T) {
	t.Parallel()
	n := expandtest.New(t)
	var agents []string
	var mu sync.Mutex
	n.Serve("cloak.ly", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ua := r.Header.Get("User-Agent")
		mu.Lock()
		agents = append(agents, ua)
		mu.Unlock()
		low := strings.ToLower(ua)
		for _, bot := range []string{"bot", "immune", "check", "crawl", "spider", "go-http-client", "curl", "python"} {
			if strings.Contains(low, bot) {
				io.WriteString(w, "<html>a recipe blog</html>")
				return
			}
		}
		if !strings.HasPrefix(ua, "Mozilla/5.0") || r.Header.Get("Accept-Language") == "" {
			io.WriteString(w, "<html>a recipe blog</html>")
			return
		}
		http.Redirect(w, r, "http://dlscord-gift.com/login", http.StatusFound)
	}))
	n.Serve("dlscord-gift.com", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))

	xp := expand.New(n.Options()).Expand(context.Background(), "http://cloak.ly/x")
	if len(xp.Chain) != 1 || xp.Chain[0] != "http://dlscord-gift.com/login" || xp.Err != "" {
		t.Errorf("by default: %+v, want the redirect a browser gets", xp)
	}

	opts := n.Options()
	opts.UserAgent = "ExampleCorp link checker/2.0"
	xp = expand.New(opts).Expand(context.Background(), "http://cloak.ly/y")
	if len(xp.Chain) != 0 {
		t.Errorf("with a checker's User-Agent: %+v, want the cloaked page", xp)
	}
	mu.Lock()
	defer mu.Unlock()
	if last := agents[len(agents)-1]; last != opts.UserAgent {
		t.Errorf("User-Agent sent %q, want %q", last, opts.UserAgent)
	}
}
