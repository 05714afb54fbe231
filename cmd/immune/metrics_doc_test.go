package main

import (
	"maps"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
)

// describer is a prometheus.Registerer that keeps the descriptions of
// what is registered on it, so that a test sees every metric the bot
// serves, whether or not it has a sample yet.
type describer struct{ descs []*prometheus.Desc }

// Register keeps c's descriptions.
func (d *describer) Register(c prometheus.Collector) error {
	ch := make(chan *prometheus.Desc)
	go func() { c.Describe(ch); close(ch) }()
	for desc := range ch {
		d.descs = append(d.descs, desc)
	}
	return nil
}

// MustRegister keeps the descriptions of each of cs.
func (d *describer) MustRegister(cs ...prometheus.Collector) {
	for _, c := range cs {
		d.Register(c)
	}
}

// Unregister is never needed here.
func (d *describer) Unregister(prometheus.Collector) bool { return false }

var (
	descName   = regexp.MustCompile(`fqName: "([^"]+)"`)
	descLabels = regexp.MustCompile(`variableLabels: \{([^}]*)\}`)
	// readmeMetric is a metric as README.md's table names it, with its
	// labels: immune_verdicts_total{platform,verdict}.
	readmeMetric = regexp.MustCompile("`(immune_[a-z_]+)(\\{[a-z_,]*\\})?`")
)

// TestReadmeNamesEveryMetric: README.md's table of metrics names each
// immune_ metric the bot serves on /metrics, with its labels, and names
// none that it does not serve.
func TestReadmeNamesEveryMetric(t *testing.T) {
	engine, db := testEngine(t)
	var d describer
	newMeter(&d)
	registerOperatorMetrics(&d, operator{engine: engine, mem: db})
	served := map[string]string{}
	for _, desc := range d.descs {
		s := desc.String()
		name, labels := descName.FindStringSubmatch(s), descLabels.FindStringSubmatch(s)
		if name == nil || labels == nil {
			t.Fatalf("cannot read the name and labels of %s", s)
		}
		served[name[1]] = "{" + strings.ReplaceAll(labels[1], " ", "") + "}"
	}
	if len(served) < 20 {
		t.Fatalf("only %d metrics described: %v", len(served), served)
	}

	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	documented := map[string]string{}
	for line := range strings.Lines(string(readme)) {
		if !strings.HasPrefix(line, "| `immune_") {
			continue
		}
		cell, _, _ := strings.Cut(line[1:], "|")
		for _, m := range readmeMetric.FindAllStringSubmatch(cell, -1) {
			labels := m[2]
			if labels == "" {
				labels = "{}"
			}
			documented[m[1]] = labels
		}
	}
	for _, name := range slices.Sorted(maps.Keys(served)) {
		switch doc, ok := documented[name]; {
		case !ok:
			t.Errorf("%s%s is served but not in README.md's table of metrics", name, served[name])
		case doc != served[name]:
			t.Errorf("README.md names %s%s; it is served as %s%s", name, doc, name, served[name])
		}
	}
	for name := range documented {
		if _, ok := served[name]; !ok {
			t.Errorf("README.md's table of metrics names %s, which is not served", name)
		}
	}
}
