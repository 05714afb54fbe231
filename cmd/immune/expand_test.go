package main

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/expand"
	"github.com/immunebot/immune/expand/expandtest"
)

// TestOperatorEndpointExpansions follows shortened links against a fake
// internet (one to a phishing page, twice; one to the cloud's metadata
// service; one to a name that does not resolve) and reads
// immune_expand_total on /metrics.
func TestOperatorEndpointExpansions(t *testing.T) {
	t.Parallel()
	engine, db := testEngine(t)
	n := expandtest.New(t)
	n.Serve("bit.ly", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/phish":
			http.Redirect(w, r, "http://dlscord-gift.com/login", http.StatusFound)
		case "/metadata":
			http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusFound)
		default:
			http.Redirect(w, r, "http://nowhere.example/", http.StatusFound)
		}
	}))
	n.Serve("dlscord-gift.com", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	engine.SetExpander(bot.ExpandConfig{Expander: expand.New(n.Options()), Inline: true})
	for i, link := range []string{"phish", "phish", "metadata", "gone"} {
		m := &bot.Message{Platform: bot.Telegram, Chat: "-100", ID: string(rune('a' + i)), User: "7", Time: time.Now(),
			Text: "look https://bit.ly/" + link}
		if _, err := engine.Handle(context.Background(), m); err != nil {
			t.Fatal(err)
		}
	}

	addr := serveOperator(t, localListener(t), engine, db)
	resp, err := http.Get("http://" + addr + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{
		`immune_expand_total{result="expanded"} 1`,
		`immune_expand_total{result="cached"} 1`,
		`immune_expand_total{result="refused"} 1`,
		`immune_expand_total{result="error"} 1`,
	} {
		if !strings.Contains(string(b), want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}
