package main

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/config"
	"github.com/immunebot/immune/store"
)

// operator is what the operator endpoint reports on: the engine, the
// store, the running platforms and the metrics registry (on which the
// adapters' meter is registered already).
type operator struct {
	engine *bot.Engine
	mem    memory
	plats  map[bot.Platform]platform
	reg    *prometheus.Registry
}

// serveHTTP runs the operator endpoint until ctx is done: /healthz
// (liveness), /readyz (readiness, with detail), /metrics (Prometheus) and
// /backup (a consistent copy of the store, to loopback callers only; see
// backupGuard).
func serveHTTP(ctx context.Context, listen string, op operator, log *slog.Logger) error {
	ln, err := net.Listen("tcp", listen)
	if err != nil {
		return fmt.Errorf("http.listen %s: %w", listen, err)
	}
	host, _, _ := net.SplitHostPort(listen)
	return serveHTTPOn(ctx, ln, host, op, log)
}

// serveHTTPOn is serveHTTP on a listener already open; listenHost is the
// host of [http] listen, which backup callers may name.
func serveHTTPOn(ctx context.Context, ln net.Listener, listenHost string, op operator, log *slog.Logger) error {
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	host := listenHost
	guard := backupGuard{listenHost: host, port: port, token: config.ReadSecrets().BackupToken.Reveal()}
	engine, mem, reg := op.engine, op.mem, op.reg
	reg.MustRegister(prometheus.NewGoCollector(), prometheus.NewProcessCollector(prometheus.ProcessCollectorOpts{}))
	registerOperatorMetrics(reg, op)
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(healthOf(engine, time.Now()))
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		rd := readinessOf(r.Context(), op, time.Now())
		w.Header().Set("Content-Type", "application/json")
		if !rd.Ready {
			w.WriteHeader(http.StatusServiceUnavailable)
		}
		json.NewEncoder(w).Encode(rd)
	})
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	mux.HandleFunc("GET /backup", func(w http.ResponseWriter, r *http.Request) {
		if status, why := guard.check(r); status != http.StatusOK {
			log.Warn("backup refused", "status", status, "why", why, "remote", r.RemoteAddr)
			if status == http.StatusUnauthorized {
				w.Header().Set("WWW-Authenticate", `Bearer realm="immune backup"`)
			}
			http.Error(w, why, status)
			return
		}
		db, ok := mem.(*store.DB)
		if !ok {
			http.Error(w, "the store is a PostgreSQL database: back it up with pg_dump, or copy it to a bbolt file with \"immune backup\" on any machine that reaches it", http.StatusNotImplemented)
			return
		}
		w.Header().Set("Content-Type", "application/octet-stream")
		n, err := db.Backup(w)
		if err != nil {
			log.Error("backup over http", bot.LogErr, err, "bytes", n)
			return
		}
		log.Info("backup served", "bytes", n)
	})
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
	}()
	log.Info("operator endpoint listening", "addr", ln.Addr().String(), "backup_token", guard.token != "")
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// backupGuard decides who gets /backup, the whole store: a caller on this
// machine (loopback), asking for this endpoint by a loopback name (the
// Host header: 127.0.0.1, ::1 or localhost, or the configured listen host,
// with the port it listens on), not a web browser, and, when
// IMMUNE_BACKUP_TOKEN is set, with that token. The Host check defeats DNS
// rebinding: a web page in the operator's browser whose own name was made
// to resolve to 127.0.0.1 reaches the endpoint from loopback, but names
// its own host.
type backupGuard struct {
	listenHost string // the host of [http] listen
	port       string // the port the endpoint listens on
	token      string // empty: no token asked for
}

// check returns http.StatusOK, or the status and reason to refuse r.
func (g backupGuard) check(r *http.Request) (int, string) {
	if !fromLoopback(r) {
		return http.StatusForbidden, "backups are served to loopback callers only"
	}
	if r.Header.Get("Origin") != "" || r.Header.Get("Sec-Fetch-Site") != "" || r.Header.Get("Sec-Fetch-Mode") != "" {
		return http.StatusForbidden, "backups are not served to web browsers; use immune backup"
	}
	if !g.hostOK(r.Host) {
		return http.StatusForbidden, fmt.Sprintf("Host %q does not name this endpoint (want 127.0.0.1:%s): backups are not served to web pages", r.Host, g.port)
	}
	if g.token != "" {
		got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok || subtle.ConstantTimeCompare([]byte(got), []byte(g.token)) != 1 {
			return http.StatusUnauthorized, "backups need the token set in " + config.EnvBackupToken
		}
	}
	return http.StatusOK, ""
}

// hostOK reports whether a Host header names this endpoint by a loopback
// name, or by the configured listen host, with its port.
func (g backupGuard) hostOK(h string) bool {
	host, port, err := net.SplitHostPort(h)
	if err != nil {
		host, port = h, "80" // no port: HTTP's
	}
	if port != g.port {
		return false
	}
	host = strings.ToLower(strings.TrimSuffix(host, "."))
	if host == "localhost" || host != "" && strings.EqualFold(host, g.listenHost) {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func fromLoopback(r *http.Request) bool {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return false
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// statsCollector exports the engine's counts, by platform.
type statsCollector struct{ engine *bot.Engine }

var (
	descMessages = prometheus.NewDesc("immune_messages_total", "Messages judged.", []string{"platform"}, nil)
	descVerdicts = prometheus.NewDesc("immune_verdicts_total", "Verdicts reached, by verdict.", []string{"platform", "verdict"}, nil)
	descActions  = prometheus.NewDesc("immune_actions_total", "Actions decided, by action (immune_action_results_total counts those carried out).", []string{"platform", "action"}, nil)
	descSwept    = prometheus.NewDesc("immune_swept_total", "Earlier copies of a hijacked account's links swept.", []string{"platform"}, nil)
	descComp     = prometheus.NewDesc("immune_compromised_total", "Accounts marked compromised.", []string{"platform"}, nil)
	descCommands = prometheus.NewDesc("immune_commands_total", "Admin and member commands run.", []string{"platform"}, nil)
	descRefused  = prometheus.NewDesc("immune_commands_refused_total", "Commands refused to members who are not admins.", []string{"platform"}, nil)
	descStoreErr = prometheus.NewDesc("immune_store_errors_total", "Store reads or writes that failed while judging.", []string{"platform"}, nil)
	descPresses  = prometheus.NewDesc("immune_button_presses_total", "Buttons under admin notes pressed and acted on, by button.", []string{"platform", "button"}, nil)
	descPressRef = prometheus.NewDesc("immune_button_presses_refused_total", "Button presses refused: not an admin of the chat, not an operator, nothing to do.", []string{"platform"}, nil)
	descRepeats  = prometheus.NewDesc("immune_messages_repeated_total", "Messages judged before and handed over again (re-sent updates, replicas): nothing was done again.", []string{"platform"}, nil)
)

// Describe sends the descriptions of the engine's metrics.
func (statsCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{descMessages, descVerdicts, descActions, descSwept, descComp, descCommands,
		descRefused, descStoreErr, descRepeats, descPresses, descPressRef} {
		ch <- d
	}
}

// Collect sends the engine's counts as metrics.
func (s statsCollector) Collect(ch chan<- prometheus.Metric) {
	for p, st := range s.engine.Stats() {
		pl := string(p)
		counter := func(d *prometheus.Desc, v uint64, labels ...string) {
			ch <- prometheus.MustNewConstMetric(d, prometheus.CounterValue, float64(v), append([]string{pl}, labels...)...)
		}
		counter(descMessages, st.Messages)
		for l, v := range st.Levels {
			counter(descVerdicts, v, l.String())
		}
		for a, v := range st.Actions {
			counter(descActions, v, string(a))
		}
		counter(descSwept, st.Swept)
		counter(descComp, st.Compromised)
		counter(descCommands, st.Commands)
		counter(descRefused, st.Refused)
		counter(descStoreErr, st.StoreErrors)
		for b, v := range st.Presses {
			counter(descPresses, v, string(b))
		}
		counter(descPressRef, st.PressesRefused)
		counter(descRepeats, st.Repeats)
	}
}

// health is what /healthz answers: "ok", or "degraded" with the feeds that
// are out of date. The process is alive either way (status 200).
type health struct {
	Status string       `json:"status"` // ok or degraded
	Feeds  []feedHealth `json:"feeds"`
}

type feedHealth struct {
	Name           string     `json:"name"`
	File           bool       `json:"file,omitempty"`
	Entries        int        `json:"entries"`
	LastSuccess    *time.Time `json:"last_success"`
	AgeSeconds     float64    `json:"age_seconds,omitempty"`
	RefreshSeconds float64    `json:"refresh_seconds,omitempty"`
	LastError      string     `json:"last_error,omitempty"`
	Errors         uint64     `json:"errors"`
	Degraded       bool       `json:"degraded"`
}

func healthOf(engine *bot.Engine, now time.Time) health {
	h := health{Status: "ok", Feeds: []feedHealth{}}
	for _, f := range engine.FeedHealth() {
		fh := feedHealth{Name: f.Name, File: f.File, Entries: f.Entries, LastError: f.LastError, Errors: f.Errors,
			RefreshSeconds: f.Refresh.Seconds(), Degraded: f.Degraded(now)}
		if !f.LastSuccess.IsZero() {
			t := f.LastSuccess.UTC()
			fh.LastSuccess = &t
			fh.AgeSeconds = now.Sub(f.LastSuccess).Round(time.Second).Seconds()
		}
		if fh.Degraded {
			h.Status = "degraded"
		}
		h.Feeds = append(h.Feeds, fh)
	}
	return h
}

// feedCollector exports the state of each feed and list file.
type feedCollector struct{ engine *bot.Engine }

var (
	descFeedEntries = prometheus.NewDesc("immune_feed_entries", "Entries of the feed's list in use.", []string{"feed"}, nil)
	descFeedSuccess = prometheus.NewDesc("immune_feed_last_success_timestamp_seconds",
		"When the feed in use was last downloaded (or confirmed unchanged) or the list file read, as a Unix time; 0 if never.", []string{"feed"}, nil)
	descFeedErrors = prometheus.NewDesc("immune_feed_errors_total", "Downloads (or reads) of the feed that failed or were refused.", []string{"feed"}, nil)
)

// Describe sends the descriptions of the feed metrics.
func (feedCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- descFeedEntries
	ch <- descFeedSuccess
	ch <- descFeedErrors
}

// Collect sends each feed's entries, last success and errors.
func (f feedCollector) Collect(ch chan<- prometheus.Metric) {
	for _, h := range f.engine.FeedHealth() {
		ch <- prometheus.MustNewConstMetric(descFeedEntries, prometheus.GaugeValue, float64(h.Entries), h.Name)
		last := 0.0
		if !h.LastSuccess.IsZero() {
			last = float64(h.LastSuccess.UnixNano()) / 1e9
		}
		ch <- prometheus.MustNewConstMetric(descFeedSuccess, prometheus.GaugeValue, last, h.Name)
		ch <- prometheus.MustNewConstMetric(descFeedErrors, prometheus.CounterValue, float64(h.Errors), h.Name)
	}
}

// expandCollector exports what became of the shortened links followed.
type expandCollector struct{ engine *bot.Engine }

var descExpand = prometheus.NewDesc("immune_expand_total",
	"Shortened links of judged messages, by result: expanded (followed to the end), cached (judged with the expansion the store kept), refused (led to an address not on the public internet, never contacted) or error (no answer in time, a name that does not resolve, a loop, too many redirects).",
	[]string{"result"}, nil)

// Describe sends the description of the expansion metric.
func (expandCollector) Describe(ch chan<- *prometheus.Desc) { ch <- descExpand }

// Collect sends the expansion counts, when expansion is on.
func (x expandCollector) Collect(ch chan<- prometheus.Metric) {
	st, on := x.engine.ExpandStats()
	if !on {
		return
	}
	for _, r := range []struct {
		result string
		n      uint64
	}{{"expanded", st.Expanded}, {"cached", st.Cached}, {"refused", st.Refused}, {"error", st.Errors}} {
		ch <- prometheus.MustNewConstMetric(descExpand, prometheus.CounterValue, float64(r.n), r.result)
	}
}

// readiness is what /readyz answers: ready (status 200) when every
// platform is connected, the store takes writes and no feed is out of date;
// else status 503, with what is wrong.
type readiness struct {
	Ready     bool                  `json:"ready"`
	Platforms map[string]bot.Health `json:"platforms"`
	Store     storeReadiness        `json:"store"`
	Feeds     feedReadiness         `json:"feeds"`
}

type storeReadiness struct {
	Writable bool   `json:"writable"`
	Error    string `json:"error,omitempty"`
}

type feedReadiness struct {
	Fresh bool     `json:"fresh"`
	Stale []string `json:"stale,omitempty"` // the feeds out of date
}

// prober is a store that can check it takes writes.
type prober interface {
	Probe(ctx context.Context) error
}

func readinessOf(ctx context.Context, op operator, now time.Time) readiness {
	rd := readiness{Ready: true, Platforms: map[string]bot.Health{}, Feeds: feedReadiness{Fresh: true}}
	for p, plat := range op.plats {
		h := bot.Health{Connected: true}
		if hp, ok := plat.(healthy); ok {
			h = hp.Health()
		}
		rd.Platforms[string(p)] = h
		rd.Ready = rd.Ready && h.Connected
	}
	if len(op.plats) == 0 {
		rd.Ready = false
	}
	rd.Store.Writable = true
	if pr, ok := op.mem.(prober); ok {
		ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		defer cancel()
		if err := pr.Probe(ctx); err != nil {
			rd.Store = storeReadiness{Error: err.Error()}
			rd.Ready = false
		}
	}
	for _, f := range op.engine.FeedHealth() {
		if f.Degraded(now) {
			rd.Feeds.Fresh = false
			rd.Feeds.Stale = append(rd.Feeds.Stale, f.Name)
		}
	}
	rd.Ready = rd.Ready && rd.Feeds.Fresh
	return rd
}

// registerOperatorMetrics registers the collectors that read the engine,
// the feeds, link expansion, the platforms and the store at each scrape
// (the adapters' own counters are newMeter's).
func registerOperatorMetrics(reg prometheus.Registerer, op operator) {
	reg.MustRegister(statsCollector{op.engine}, feedCollector{op.engine}, expandCollector{op.engine},
		runtimeCollector{plats: op.plats, store: op.mem, build: readBuildInfo()})
}
