package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/immunebot/immune/config"
)

// lockedBuffer is a log sink safe for concurrent writes.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestReadyzFollowsTheBotAPI runs `immune run` in-process against a fake
// Bot API and takes the API down: /readyz turns 503 and says the Telegram
// link is down, while /healthz (liveness) stays 200; when the API is back,
// /readyz is 200 again. /metrics counts the failed requests, and says the
// build.
func TestReadyzFollowsTheBotAPI(t *testing.T) {
	var down atomic.Bool
	// setMyCommands answered: the bot registers its commands for 2
	// languages × 2 scopes after getMe, beside its first polls
	var registered atomic.Int64
	var polls atomic.Int64 // getUpdates asked since the commands were registered
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if down.Load() {
			// what a proxy in front of a Bot API that is down says
			w.WriteHeader(http.StatusBadGateway)
			io.WriteString(w, "<html>502 Bad Gateway</html>")
			return
		}
		w.Header().Set("Content-Type", "application/json")
		switch {
		case strings.HasSuffix(r.URL.Path, "/getMe"):
			io.WriteString(w, `{"ok":true,"result":{"id":42,"is_bot":true,"first_name":"immune","username":"immune_test_bot"}}`)
		case strings.HasSuffix(r.URL.Path, "/getUpdates"):
			if registered.Load() == 4 {
				polls.Add(1)
			}
			select { // a short long poll
			case <-r.Context().Done():
				return
			case <-time.After(200 * time.Millisecond):
			}
			io.WriteString(w, `{"ok":true,"result":[]}`)
		default:
			io.WriteString(w, `{"ok":true,"result":true}`)
			if strings.HasSuffix(r.URL.Path, "/setMyCommands") {
				registered.Add(1)
			}
		}
	}))
	defer api.Close()
	dir := t.TempDir()
	cfg := filepath.Join(dir, "immune.toml")
	os.WriteFile(cfg, []byte(fmt.Sprintf("[store]\npath = %q\n[telegram]\napi_url = %q\npoll_timeout = \"1s\"\n[http]\nlisten = \"127.0.0.1:0\"\n",
		filepath.Join(dir, "immune.db"), api.URL)), 0o600)
	t.Setenv(config.EnvTelegramToken, "123456:TEST-token-for-a-fake-api")
	t.Setenv(config.EnvDiscordToken, "")

	ctx, cancel := context.WithCancel(context.Background())
	var logs lockedBuffer
	done := make(chan int, 1)
	go func() { done <- run(ctx, []string{"run", "-config", cfg}, strings.NewReader(""), io.Discard, &logs) }()
	defer func() {
		cancel()
		select {
		case code := <-done:
			if code != 0 {
				t.Errorf("run exited %d:\n%s", code, logs.String())
			}
		case <-time.After(60 * time.Second):
			t.Errorf("run did not stop")
		}
	}()
	addr := listenedAt(t, logs.String, "operator endpoint listening")

	type ready struct {
		Ready     bool `json:"ready"`
		Platforms map[string]struct {
			Connected bool   `json:"connected"`
			Error     string `json:"error"`
		} `json:"platforms"`
		Store struct {
			Writable bool `json:"writable"`
		} `json:"store"`
		Feeds struct {
			Fresh bool `json:"fresh"`
		} `json:"feeds"`
	}
	get := func(path string) (int, string) {
		resp, err := http.Get("http://" + addr + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	readyz := func() (int, ready) {
		code, body := get("/readyz")
		var r ready
		if err := json.Unmarshal([]byte(body), &r); err != nil {
			t.Fatalf("/readyz: %v: %q", err, body)
		}
		return code, r
	}
	waitReady := func(want int, what string) ready {
		t.Helper()
		deadline := time.Now().Add(30 * time.Second)
		for {
			code, r := readyz()
			if code == want {
				return r
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s: /readyz still %d %+v\nlogs:\n%s", what, code, r, logs.String())
			}
			time.Sleep(50 * time.Millisecond)
		}
	}

	r := waitReady(http.StatusOK, "with the Bot API up")
	if !r.Ready || !r.Platforms["telegram"].Connected || !r.Store.Writable || !r.Feeds.Fresh {
		t.Errorf("ready: %+v", r)
	}
	// The bot is past its start (its commands registered, answered
	// after getMe) and polls: from now on getUpdates is all it asks, so
	// it is what fails while the API is down.
	for deadline := time.Now().Add(30 * time.Second); polls.Load() == 0; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("the bot never polled after registering its commands\nlogs:\n%s", logs.String())
		}
	}
	down.Store(true)
	r = waitReady(http.StatusServiceUnavailable, "with the Bot API down")
	if r.Ready || r.Platforms["telegram"].Connected || !strings.Contains(r.Platforms["telegram"].Error, "getUpdates") || !r.Store.Writable {
		t.Errorf("not ready: %+v", r)
	}
	if code, body := get("/healthz"); code != http.StatusOK {
		t.Errorf("/healthz while the API is down: %d %s", code, body)
	}
	down.Store(false)
	r = waitReady(http.StatusOK, "with the Bot API back")
	if !r.Platforms["telegram"].Connected {
		t.Errorf("back: %+v", r)
	}
	_, metrics := get("/metrics")
	for _, want := range []string{
		`immune_platform_requests_total{method="getUpdates",outcome="network_error",platform="telegram"}`,
		`immune_platform_requests_total{method="getUpdates",outcome="ok",platform="telegram"}`,
		`immune_platform_requests_total{method="getMe",outcome="ok",platform="telegram"} 1`,
		`immune_platform_retries_total{method="getUpdates",platform="telegram"}`,
		`immune_platform_connected{platform="telegram"} 1`,
		`immune_queue_depth{platform="telegram"} 0`,
		`immune_queue_depth_max{platform="telegram"} 0`,
		`immune_store_size_bytes `,
		`immune_messages_total{platform="telegram"} 0`,
		`immune_build_info{go="go`,
	} {
		if !strings.Contains(metrics, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	if t.Failed() {
		t.Logf("metrics:\n%s", metrics)
	}
}
