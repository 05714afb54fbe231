package main

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/immunebot/immune/bot"
)

// meter is the Prometheus side of bot.Meter: what the adapters count of
// their platform requests and actions, and the store's commits.
type meter struct {
	requests    *prometheus.CounterVec
	retries     *prometheus.CounterVec
	rateLimited *prometheus.CounterVec
	results     *prometheus.CounterVec
	latency     *prometheus.HistogramVec
	commits     prometheus.Histogram
	commitErrs  prometheus.Counter
}

var _ bot.Meter = (*meter)(nil)

// newMeter makes the metrics and registers them on reg.
func newMeter(reg prometheus.Registerer) *meter {
	m := &meter{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "immune_platform_requests_total",
			Help: "Platform API requests, by platform, method (Telegram: the Bot API method; Discord: HTTP method and route) and outcome (ok, rate_limited, refused, server_error, network_error).",
		}, []string{"platform", "method", "outcome"}),
		retries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "immune_platform_retries_total",
			Help: "Platform requests tried again after a failure or a rate limit, by platform and method (for the outbox's tasks: the action).",
		}, []string{"platform", "method"}),
		rateLimited: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "immune_platform_rate_limited_total",
			Help: "Platform requests answered 429 (rate limited), by platform and method.",
		}, []string{"platform", "method"}),
		results: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "immune_action_results_total",
			Help: "Actions finished with, by platform, action and result: executed, or failed (refused for good, or gone stale).",
		}, []string{"platform", "action", "result"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "immune_action_latency_seconds",
			Help:    "Time from a message's timestamp to its action executed, by platform and action.",
			Buckets: []float64{0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300, 3600},
		}, []string{"platform", "action"}),
		commits: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "immune_store_commit_seconds",
			Help:    "How long a store commit (one bbolt write transaction, synced) takes.",
			Buckets: []float64{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5},
		}),
		commitErrs: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "immune_store_commit_errors_total",
			Help: "Store commits that failed.",
		}),
	}
	reg.MustRegister(m.requests, m.retries, m.rateLimited, m.results, m.latency, m.commits, m.commitErrs)
	return m
}

// Request counts a platform request.
func (m *meter) Request(p bot.Platform, method string, o bot.Outcome) {
	m.requests.WithLabelValues(string(p), method, string(o)).Inc()
	if o == bot.OutcomeRateLimited {
		m.rateLimited.WithLabelValues(string(p), method).Inc()
	}
}

// Retry counts a request tried again.
func (m *meter) Retry(p bot.Platform, method string) {
	m.retries.WithLabelValues(string(p), method).Inc()
}

// Executed counts an action finished with, and how long after its message.
func (m *meter) Executed(p bot.Platform, a bot.Action, ok bool, latency time.Duration) {
	result := "executed"
	if !ok {
		result = "failed"
	}
	m.results.WithLabelValues(string(p), string(a), result).Inc()
	if ok {
		m.latency.WithLabelValues(string(p), string(a)).Observe(max(latency, 0).Seconds())
	}
}

// commit observes one store commit.
func (m *meter) commit(took time.Duration, err error) {
	if err != nil {
		m.commitErrs.Inc()
		return
	}
	m.commits.Observe(took.Seconds())
}

// queued is an adapter whose action queues can be counted.
type queued interface {
	QueueDepth() (total, most int)
}

// unjudged is an adapter that counts the events it left unjudged at its
// backlogs' bounds.
type unjudged interface {
	NotJudged() int64
}

// healthy is an adapter that says whether its platform link works.
type healthy interface {
	Health() bot.Health
}

// sizer is a store that knows its size.
type sizer interface {
	Size(ctx context.Context) (int64, error)
}

// runtimeCollector exports what is read at scrape time: the queues of the
// adapters, their links, the store's size, the build.
type runtimeCollector struct {
	plats map[bot.Platform]platform
	store any
	build buildInfo
}

var (
	descQueueDepth = prometheus.NewDesc("immune_queue_depth", "Actions waiting to be carried out, in all chats, by platform.", []string{"platform"}, nil)
	descQueueMax   = prometheus.NewDesc("immune_queue_depth_max", "Actions waiting in the busiest chat, by platform.", []string{"platform"}, nil)
	descNotJudged  = prometheus.NewDesc("immune_events_not_judged_total", "Platform events left unjudged because too many waited to be judged (Discord: past a channel's backlog or all channels' together), by platform.", []string{"platform"}, nil)
	descConnected  = prometheus.NewDesc("immune_platform_connected", "1 while the platform answers (Telegram: the last request got an answer; Discord: the gateway is connected), else 0.", []string{"platform"}, nil)
	descStoreSize  = prometheus.NewDesc("immune_store_size_bytes", "Bytes the store's data takes (the bbolt file's data, or the PostgreSQL database).", nil, nil)
	descBuild      = prometheus.NewDesc("immune_build_info", "The running build: always 1, with its version and Go release as labels.", []string{"version", "go"}, nil)
)

// Describe sends the descriptions.
func (runtimeCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{descQueueDepth, descQueueMax, descNotJudged, descConnected, descStoreSize, descBuild} {
		ch <- d
	}
}

// Collect reads the queues, links and store now.
func (c runtimeCollector) Collect(ch chan<- prometheus.Metric) {
	for p, plat := range c.plats {
		if q, ok := plat.(queued); ok {
			total, most := q.QueueDepth()
			ch <- prometheus.MustNewConstMetric(descQueueDepth, prometheus.GaugeValue, float64(total), string(p))
			ch <- prometheus.MustNewConstMetric(descQueueMax, prometheus.GaugeValue, float64(most), string(p))
		}
		if u, ok := plat.(unjudged); ok {
			ch <- prometheus.MustNewConstMetric(descNotJudged, prometheus.CounterValue, float64(u.NotJudged()), string(p))
		}
		if h, ok := plat.(healthy); ok {
			v := 0.0
			if h.Health().Connected {
				v = 1
			}
			ch <- prometheus.MustNewConstMetric(descConnected, prometheus.GaugeValue, v, string(p))
		}
	}
	if s, ok := c.store.(sizer); ok {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		if n, err := s.Size(ctx); err == nil {
			ch <- prometheus.MustNewConstMetric(descStoreSize, prometheus.GaugeValue, float64(n))
		}
	}
	ch <- prometheus.MustNewConstMetric(descBuild, prometheus.GaugeValue, 1, c.build.Version, c.build.Go)
}
