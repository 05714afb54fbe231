package main

import (
	"testing"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/immunebot/immune/adapters/discord"
	"github.com/immunebot/immune/bot"
)

// The Discord adapter's count of events left unjudged at its backlogs'
// bounds is on /metrics as immune_events_not_judged_total.
func TestNotJudgedOnMetrics(t *testing.T) {
	engine, _ := testEngine(t)
	a, err := discord.New(discord.Options{Token: "test-token"}, engine, nil)
	if err != nil {
		t.Fatal(err)
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(runtimeCollector{plats: map[bot.Platform]platform{bot.Discord: a}})
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != "immune_events_not_judged_total" {
			continue
		}
		if len(mf.Metric) != 1 || mf.Metric[0].GetCounter() == nil || mf.Metric[0].GetLabel()[0].GetValue() != "discord" {
			t.Fatalf("immune_events_not_judged_total: %v, want one discord counter", mf)
		}
		if v := mf.Metric[0].GetCounter().GetValue(); v != 0 {
			t.Errorf("immune_events_not_judged_total{platform=\"discord\"} = %v, want 0", v)
		}
		return
	}
	t.Error("no immune_events_not_judged_total for Discord")
}
