package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/immunebot/immune/config"
)

// chanWriter hands each write to the test, which reads while the bot writes.
type chanWriter struct {
	ch chan string
}

func (b *chanWriter) Write(p []byte) (int, error) {
	b.ch <- string(p)
	return len(p), nil
}

// TestRunWarnsOfAStoreURLItDoesNotUse: [store] url set beside driver =
// "bbolt" (or left at its default) is not the store run uses; run says so
// at start, with the keys and their lines, and goes on with the file.
func TestRunWarnsOfAStoreURLItDoesNotUse(t *testing.T) {
	t.Setenv(config.EnvTelegramToken, "123456:TEST-token-for-a-fake-api")
	t.Setenv(config.EnvDiscordToken, "")
	t.Setenv(config.EnvStoreURL, "")
	apiURL, _ := idleBotAPI(t, time.Second)
	for _, tc := range []struct{ name, store, want string }{
		{"driver set", "driver = \"bbolt\"\nurl = \"postgres://immune@db:5432/immune\"\n",
			`store.url (line 4) is set, but store.driver is "bbolt" (line 3): the store is the file `},
		{"driver left out", "url = \"postgres://immune@db:5432/immune\"\n",
			`store.url (line 3) is set, but store.driver is left at its default, "bbolt": the store is the file `},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			cfg := filepath.Join(dir, "immune.toml")
			db := filepath.Join(dir, "immune.db")
			text := fmt.Sprintf("# immune\n[store]\n%spath = %q\n[telegram]\napi_url = %q\npoll_timeout = \"1s\"\n", tc.store, db, apiURL)
			if err := os.WriteFile(cfg, []byte(text), 0o600); err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			logs := &chanWriter{ch: make(chan string, 1024)}
			done := make(chan int, 1)
			go func() { done <- run(ctx, []string{"run", "-config", cfg}, strings.NewReader(""), io.Discard, logs) }()
			var all strings.Builder
			for !strings.Contains(all.String(), "immune is running") {
				select {
				case s := <-logs.ch:
					all.WriteString(s)
				case code := <-done:
					t.Fatalf("run ended with %d:\n%s", code, all.String())
				case <-time.After(30 * time.Second):
					t.Fatalf("run did not start:\n%s", all.String())
				}
			}
			cancel()
			for {
				select {
				case s := <-logs.ch:
					all.WriteString(s)
					continue
				case code := <-done:
					if code != 0 {
						t.Errorf("exit %d", code)
					}
				}
				break
			}
			log := strings.ReplaceAll(all.String(), `\"`, `"`) // as the text log quotes it
			if !strings.Contains(log, tc.want+db) || !strings.Contains(log, `set driver = "postgres"`) {
				t.Errorf("log lacks the warning %q:\n%s", tc.want+db, all.String())
			}
		})
	}
}
