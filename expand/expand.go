package expand

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"regexp"
	"strings"
	"time"

	"code.dny.dev/ssrf"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/bot/linkx"
)

// Defaults for the zero fields of Options.
const (
	DefaultTimeout = 10 * time.Second
	// MaxRedirects is the most redirects followed, and the default.
	MaxRedirects = 5
	// DefaultMaxBody bounds what is read of a page when HEAD does not
	// answer with a redirect.
	DefaultMaxBody = 64 << 10
	// DefaultUserAgent is the User-Agent of a desktop Chrome, what the
	// Expander sends unless Options.UserAgent says otherwise. Phishing
	// kits cloak: they show a harmless page, or no redirect, to a client
	// that names itself a bot or a link checker, so the Expander asks as a
	// member's browser would.
	DefaultUserAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
)

// Resolver finds the addresses of a host name.
type Resolver interface {
	LookupNetIP(ctx context.Context, network, host string) ([]netip.Addr, error)
}

// Options configure an Expander. The zero value is ready to use.
type Options struct {
	// Timeout bounds one link's whole expansion; zero means DefaultTimeout.
	Timeout time.Duration
	// MaxRedirects is how many redirects are followed, at most
	// MaxRedirects (the zero value).
	MaxRedirects int
	// MaxBody bounds what is read of a page; zero means DefaultMaxBody.
	MaxBody int64
	// Stop judges each URL a link redirects to before it is requested:
	// when it returns true (the URL is already known to be dangerous), the
	// expansion ends there without contacting it. Nil follows every hop.
	Stop func(url string) bool
	// UserAgent is sent with every request; empty means DefaultUserAgent.
	UserAgent string
	// Resolver looks host names up; nil means net.DefaultResolver. Every
	// address it returns is checked before a connection is made.
	Resolver Resolver
	// Dial connects to an address that passed the check; nil means a
	// net.Dialer that checks it again in its Control function. Tests use
	// it to reach local servers standing in for public addresses.
	Dial func(ctx context.Context, network, addr string) (net.Conn, error)
	// TLS configures https connections; nil means the system's roots. Tests
	// use it to trust a local server.
	TLS *tls.Config
	// Guard refuses addresses; nil means ssrf.New(): loopback, private,
	// link-local, carrier-grade NAT, documentation and every other
	// special-purpose range of IANA's registries, and ports other than 80
	// and 443.
	Guard *ssrf.Guardian
}

// Expander follows the redirects of shortened links without ever reaching
// an address that is not on the public internet: each host name is
// resolved and every address checked before a connection is made, so a
// redirect to 127.0.0.1, to 169.254.169.254 or to a name that resolves to a
// private address (DNS rebinding included) is refused. It implements
// bot.Expander.
type Expander struct {
	opts   Options
	client *http.Client
}

var _ bot.Expander = (*Expander)(nil)

// ErrRefused is the error of a connection to an address that is not on the
// public internet, or to a port other than those of the web.
var ErrRefused = errors.New("refused")

// New builds an Expander.
func New(opts Options) *Expander {
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxRedirects <= 0 || opts.MaxRedirects > MaxRedirects {
		opts.MaxRedirects = MaxRedirects
	}
	if opts.MaxBody <= 0 {
		opts.MaxBody = DefaultMaxBody
	}
	if opts.Resolver == nil {
		opts.Resolver = net.DefaultResolver
	}
	if opts.Guard == nil {
		opts.Guard = ssrf.New()
	}
	if opts.UserAgent == "" {
		opts.UserAgent = DefaultUserAgent
	}
	x := &Expander{opts: opts}
	if x.opts.Dial == nil {
		d := &net.Dialer{Timeout: opts.Timeout, Control: opts.Guard.Safe}
		x.opts.Dial = d.DialContext
	}
	x.client = &http.Client{
		Transport: &http.Transport{
			Proxy:                  nil, // a proxy would connect for us, unchecked
			DialContext:            x.dial,
			TLSClientConfig:        opts.TLS,
			TLSHandshakeTimeout:    opts.Timeout,
			ResponseHeaderTimeout:  opts.Timeout,
			MaxResponseHeaderBytes: 64 << 10,
			MaxIdleConns:           16,
			IdleConnTimeout:        30 * time.Second,
			ForceAttemptHTTP2:      true,
		},
		// Redirects are followed one at a time by Expand, each judged.
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	return x
}

// dial resolves the host, refuses it unless every address it has is
// public, and connects to the first that answers.
func (x *Expander) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	host, portStr, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, err
	}
	port, err := netip.ParseAddrPort("0.0.0.0:" + portStr)
	if err != nil {
		return nil, fmt.Errorf("%w: port %q", ErrRefused, portStr)
	}
	var addrs []netip.Addr
	if a, err := netip.ParseAddr(host); err == nil {
		addrs = []netip.Addr{a}
	} else {
		addrs, err = x.opts.Resolver.LookupNetIP(ctx, "ip", host)
		if err != nil {
			return nil, err
		}
	}
	if len(addrs) == 0 {
		return nil, fmt.Errorf("%s has no address", host)
	}
	// One private address among public ones is a rebinding trick: refuse
	// the name, not only the address.
	for _, a := range addrs {
		if err := x.opts.Guard.SafeAddrPort(netip.AddrPortFrom(a.Unmap(), port.Port())); err != nil {
			return nil, fmt.Errorf("%w: %s is %s (%v)", ErrRefused, host, a, err)
		}
	}
	var errs []error
	for _, a := range addrs {
		c, err := x.opts.Dial(ctx, network, netip.AddrPortFrom(a.Unmap(), port.Port()).String())
		if err == nil {
			return c, nil
		}
		errs = append(errs, err)
	}
	return nil, errors.Join(errs...)
}

// Expand follows the redirects of raw: HEAD first, and a GET whose body
// is read up to Options.MaxBody when HEAD is refused or the shortener
// answers without a redirect (an interstitial page with a meta refresh).
// Each URL it redirects to is judged by Options.Stop before it is
// requested. It stops after Options.MaxRedirects redirects, at a loop, at
// a refused address, at a scheme other than http and https, and when
// Options.Timeout runs out; what was learnt until then is in the Chain.
func (x *Expander) Expand(ctx context.Context, raw string) bot.Expansion {
	xp := bot.Expansion{Time: time.Now()}
	ctx, cancel := context.WithTimeout(ctx, x.opts.Timeout)
	defer cancel()
	cur, err := url.Parse(raw)
	if err != nil || (cur.Scheme != "http" && cur.Scheme != "https") || cur.Host == "" {
		xp.Err = "not an http or https link"
		return xp
	}
	seen := map[string]bool{cur.String(): true}
	for hop := 0; ; hop++ {
		next, err := through(cur)
		if next == nil {
			next, err = x.step(ctx, cur, hop == 0)
		}
		if err != nil {
			xp.Err, xp.Refused = describe(err, x.opts.Timeout), refused(err)
			return xp
		}
		if next == nil {
			return xp // cur is where it ends
		}
		xp.Chain = append(xp.Chain, next.String())
		switch {
		case next.Scheme != "http" && next.Scheme != "https":
			xp.Err = fmt.Sprintf("a redirect to a %s: link, not followed", next.Scheme)
			return xp
		case seen[next.String()]:
			xp.Err = "a redirect loop"
			return xp
		case len(xp.Chain) >= x.opts.MaxRedirects:
			if len(xp.Chain) > x.opts.MaxRedirects || x.redirects(ctx, next) {
				xp.Err = fmt.Sprintf("more than %d redirects", x.opts.MaxRedirects)
			}
			return xp
		case x.opts.Stop != nil && x.opts.Stop(next.String()):
			return xp // known to be dangerous: not contacted
		}
		seen[next.String()] = true
		cur = next
	}
}

// through returns the destination of a known redirector or proxy
// (Google's /url, Facebook's link shim, Outlook's Safe Links …:
// linkx.Destination), which is not requested: where it sends the reader
// is written in the link. It returns nil for any other link.
func through(u *url.URL) (*url.URL, error) {
	l, ok := linkx.Parse(u.String())
	if !ok {
		return nil, nil
	}
	dest, _, ok := linkx.Destination(&l)
	if !ok {
		return nil, nil
	}
	d, err := url.Parse(dest)
	if err != nil || d.Host == "" {
		return nil, nil
	}
	return d, nil
}

// redirects reports whether the last URL allowed redirects again, without
// following it: HEAD only.
func (x *Expander) redirects(ctx context.Context, u *url.URL) bool {
	if x.opts.Stop != nil && x.opts.Stop(u.String()) {
		return false
	}
	if d, _ := through(u); d != nil {
		return true
	}
	resp, err := x.do(ctx, http.MethodHead, u)
	if err != nil {
		return false
	}
	resp.Body.Close()
	return resp.StatusCode >= 300 && resp.StatusCode < 400 && resp.Header.Get("Location") != ""
}

// step requests u and returns where it redirects, or nil where it ends.
// getPage allows the GET of a page that answered HEAD without a redirect.
func (x *Expander) step(ctx context.Context, u *url.URL, getPage bool) (*url.URL, error) {
	resp, err := x.do(ctx, http.MethodHead, u)
	if err != nil {
		return nil, err
	}
	resp.Body.Close()
	if loc := location(u, resp); loc != nil {
		return loc, nil
	}
	switch resp.StatusCode {
	case http.StatusMethodNotAllowed, http.StatusNotImplemented, http.StatusBadRequest, http.StatusForbidden, http.StatusNotFound:
		getPage = true // some shorteners answer only GET
	}
	if !getPage {
		return nil, nil
	}
	resp, err = x.do(ctx, http.MethodGet, u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if loc := location(u, resp); loc != nil {
		return loc, nil
	}
	if resp.StatusCode/100 != 2 {
		return nil, nil
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, x.opts.MaxBody))
	if err != nil && len(body) == 0 {
		return nil, err
	}
	return metaRefresh(u, body), nil
}

func (x *Expander) do(ctx context.Context, method string, u *url.URL) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", x.opts.UserAgent)
	// the headers a browser sends with every page: a kit that cloaks
	// looks for their absence as well
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
	req.Header.Set("Accept-Language", "en-US,en;q=0.9,vi;q=0.8")
	if method == http.MethodGet {
		req.Header.Set("Range", fmt.Sprintf("bytes=0-%d", x.opts.MaxBody-1))
	}
	return x.client.Do(req)
}

// location returns where a redirect response points, resolved against u.
func location(u *url.URL, resp *http.Response) *url.URL {
	if resp.StatusCode < 300 || resp.StatusCode >= 400 {
		return nil
	}
	loc := resp.Header.Get("Location")
	if loc == "" {
		return nil
	}
	next, err := u.Parse(loc)
	if err != nil {
		return nil
	}
	next.Fragment = ""
	return next
}

var (
	metaTag    = regexp.MustCompile(`(?is)<meta\s[^>]*http-equiv\s*=\s*["']?refresh["']?[^>]*>`)
	metaTarget = regexp.MustCompile(`(?is)content\s*=\s*["']?\s*\d*\s*;?\s*url\s*=\s*['"]?([^"'>\s]+)`)
)

// metaRefresh finds a page's <meta http-equiv="refresh" content="0;url=...">.
func metaRefresh(u *url.URL, body []byte) *url.URL {
	tag := metaTag.Find(body)
	if tag == nil {
		return nil
	}
	m := metaTarget.FindSubmatch(tag)
	if m == nil {
		return nil
	}
	next, err := u.Parse(string(bytes.ReplaceAll(m[1], []byte("&amp;"), []byte("&"))))
	if err != nil {
		return nil
	}
	next.Fragment = ""
	return next
}

// describe writes why an expansion stopped, for the audit and the log.
func describe(err error, timeout time.Duration) string {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	var dnsErr *net.DNSError
	switch {
	case refused(err):
		return strings.TrimPrefix(err.Error(), "dial tcp: ")
	case errors.Is(err, context.DeadlineExceeded) || isTimeout(err):
		return fmt.Sprintf("no answer within %s", timeout)
	case errors.As(err, &dnsErr):
		return "the name does not resolve: " + dnsErr.Name
	}
	return err.Error()
}

// refused reports an address or port the Expander refuses to reach.
func refused(err error) bool {
	return errors.Is(err, ErrRefused) || errors.Is(err, ssrf.ErrProhibitedIP) || errors.Is(err, ssrf.ErrProhibitedPort) ||
		errors.Is(err, ssrf.ErrProhibitedNetwork)
}

func isTimeout(err error) bool {
	var t interface{ Timeout() bool }
	return errors.As(err, &t) && t.Timeout()
}
