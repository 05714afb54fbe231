package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/config"
	"github.com/immunebot/immune/store/postgres"
	"github.com/immunebot/immune/store/postgres/pgtest"
)

// replicaAPI is a small fake of the Telegram Bot API for real webhook replicas: it
// answers what the adapter asks and records every call.
type replicaAPI struct {
	srv   *httptest.Server
	mu    sync.Mutex
	calls []url.Values // with "method" set
	next  int
}

func newReplicaAPI(t *testing.T) *replicaAPI {
	f := &replicaAPI{}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		method := r.URL.Path[strings.LastIndex(r.URL.Path, "/")+1:]
		r.ParseForm()
		p := r.PostForm
		p.Set("method", method)
		f.mu.Lock()
		f.calls = append(f.calls, p)
		f.next++
		next := f.next
		f.mu.Unlock()
		var result any = true
		switch method {
		case "getMe":
			result = map[string]any{"id": 4242, "is_bot": true, "first_name": "immune", "username": "immune_scale_bot"}
		case "getChatAdministrators":
			result = []any{map[string]any{"status": "administrator", "user": map[string]any{"id": 4242, "is_bot": true, "first_name": "immune"},
				"can_delete_messages": true, "can_restrict_members": true}}
		case "getChatMember":
			result = map[string]any{"status": "member", "user": map[string]any{"id": 1, "first_name": "Someone"}}
		case "sendMessage":
			chat, _ := strconv.ParseInt(p.Get("chat_id"), 10, 64)
			result = map[string]any{"message_id": 100000 + next, "date": time.Now().Unix(), "chat": map[string]any{"id": chat, "type": "supergroup"}}
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{"ok": true, "result": result})
	}))
	t.Cleanup(f.srv.Close)
	return f
}

// count counts the calls of method whose parameters include want.
func (f *replicaAPI) count(method string, want map[string]string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := 0
next:
	for _, c := range f.calls {
		if c.Get("method") != method {
			continue
		}
		for k, v := range want {
			if c.Get(k) != v {
				continue next
			}
		}
		n++
	}
	return n
}

// waitUntil polls cond for a minute.
func waitUntil(t *testing.T, what string, cond func() bool, logs func() string) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("after a minute, still not: %s\n%s", what, logs())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestScaleOutProcesses runs three real `immune run` processes as webhook
// replicas of one bot on one PostgreSQL database, against a fake Bot API.
// One account posts the same link into three chats, each copy delivered to
// a different process: first one after another, then all at the same
// moment. Both times the account is marked compromised and every copy is
// deleted, the two earlier ones swept by the process that saw the third.
func TestScaleOutProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs three processes")
	}
	base := pgtest.URL(t)
	// A password the server (trust auth) ignores, to check that no log
	// line shows it.
	const password = "Pw-never-logged-7"
	u, _ := url.Parse(base)
	u.User = url.UserPassword(u.User.Username(), password)
	dbURL := u.String()

	dir := t.TempDir()
	bin := filepath.Join(dir, "immune")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	api := newReplicaAPI(t)
	const secret = "scale-out_Secret"
	type proc struct {
		cmd  *exec.Cmd
		addr string
		logs *bytes.Buffer
		mu   *sync.Mutex
	}
	var procs []*proc
	allLogs := func() string {
		var b strings.Builder
		for i, p := range procs {
			p.mu.Lock()
			fmt.Fprintf(&b, "--- process %d\n%s", i, p.logs.String())
			p.mu.Unlock()
		}
		return b.String()
	}
	for i := range 3 {
		// each listens on a port of its own, which its log names
		const addr = "127.0.0.1:0"
		cfg := filepath.Join(dir, fmt.Sprintf("immune-%d.toml", i))
		os.WriteFile(cfg, []byte(fmt.Sprintf(`[store]
driver = "postgres"
[telegram]
api_url = %q
webhook_url = "https://bot.example.org/telegram"
listen = %q
`, api.srv.URL, addr)), 0o600)
		p := &proc{logs: &bytes.Buffer{}, mu: &sync.Mutex{}}
		p.cmd = exec.Command(bin, "run", "-config", cfg)
		p.cmd.Env = append(os.Environ(), config.EnvTelegramToken+"=4242:SCALE-token-for-a-fake-api", config.EnvDiscordToken+"=",
			config.EnvWebhookSecret+"="+secret, config.EnvStoreURL+"="+dbURL)
		p.cmd.Stderr = lockedWriter{w: p.logs, mu: p.mu}
		if err := p.cmd.Start(); err != nil {
			t.Fatal(err)
		}
		procs = append(procs, p)
	}
	stopped := false
	stopAll := func() {
		if stopped {
			return
		}
		stopped = true
		for _, p := range procs {
			p.cmd.Process.Signal(syscall.SIGTERM)
		}
		for i, p := range procs {
			if err := p.cmd.Wait(); err != nil {
				t.Errorf("process %d: %v", i, err)
			}
		}
	}
	t.Cleanup(stopAll)
	for _, p := range procs {
		p.addr = listenedAt(t, func() string { p.mu.Lock(); defer p.mu.Unlock(); return p.logs.String() }, "telegram webhook listening")
	}

	check, err := postgres.Open(ctx, base, postgres.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer check.Close()
	post := func(p *proc, update map[string]any) {
		body, _ := json.Marshal(update)
		req, _ := http.NewRequest(http.MethodPost, "http://"+p.addr+"/telegram", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secret)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Error(err)
			return
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	const lure = "is this you in this photo?? https://photo-album-share.xyz/p/8812"
	updateID := 1
	copyOf := func(user int64, chat int64, msg int, date int64) map[string]any {
		updateID++
		return map[string]any{"update_id": updateID, "message": map[string]any{
			"message_id": msg, "date": date, "text": lure,
			"chat": map[string]any{"id": chat, "type": "supergroup", "title": "g"},
			"from": map[string]any{"id": user, "is_bot": false, "first_name": "Minh"}}}
	}
	sightings := func(user int64) int {
		ss, err := check.RecentSightings(ctx, bot.AccountKey{Platform: bot.Telegram, User: strconv.FormatInt(user, 10)}, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		return len(ss)
	}
	type scenario struct {
		name  string
		user  int64
		chats [3]int64
		burst bool
	}
	scenarios := []scenario{{"one after another", 555001, [3]int64{-1001, -1002, -1003}, false}}
	// Several accounts spray at the same moment, so that their copies
	// reach the three processes at once.
	var burst []scenario
	for a := range 6 {
		c := -int64(2000 + 10*a)
		burst = append(burst, scenario{fmt.Sprintf("at the same moment, account %d", a), 555100 + int64(a), [3]int64{c - 1, c - 2, c - 3}, true})
	}
	var wg sync.WaitGroup
	start := make(chan struct{})
	now := time.Now().Unix()
	for _, sc := range burst {
		for i, p := range procs {
			u := copyOf(sc.user, sc.chats[i], 70+i, now)
			wg.Go(func() { <-start; post(p, u) })
		}
	}
	close(start)
	wg.Wait()
	scenarios = append(scenarios, burst...)
	for _, sc := range scenarios {
		now := time.Now().Unix()
		if !sc.burst {
			for i, p := range procs {
				post(p, copyOf(sc.user, sc.chats[i], 70+i, now+int64(i)))
				if i == len(procs)-1 {
					break // its sweep forgets the sightings it swept
				}
				// the next copy goes out once this one is recorded
				waitUntil(t, fmt.Sprintf("%s: copy %d recorded", sc.name, i+1), func() bool { return sightings(sc.user) >= i+1 }, allLogs)
			}
		}
		for i, chat := range sc.chats {
			want := map[string]string{"chat_id": strconv.FormatInt(chat, 10), "message_id": strconv.Itoa(70 + i)}
			waitUntil(t, fmt.Sprintf("%s: copy %d deleted", sc.name, i+1), func() bool { return api.count("deleteMessage", want) > 0 }, allLogs)
			waitUntil(t, fmt.Sprintf("%s: muted in chat %d", sc.name, chat), func() bool {
				return api.count("restrictChatMember", map[string]string{"chat_id": strconv.FormatInt(chat, 10), "user_id": strconv.FormatInt(sc.user, 10)}) > 0
			}, allLogs)
		}
		o, err := check.Offender(ctx, bot.AccountKey{Platform: bot.Telegram, User: strconv.FormatInt(sc.user, 10)})
		if err != nil || !o.Compromised {
			t.Errorf("%s: record %+v %v, want compromised", sc.name, o, err)
		}
		// One decision found the spread and swept the other two copies.
		audit, err := check.RecentAudit(ctx, 0)
		if err != nil {
			t.Fatal(err)
		}
		var swept []string
		for _, e := range audit {
			if e.Account.User == strconv.FormatInt(sc.user, 10) && len(e.Sweep) > 0 {
				swept = append(swept, e.Message.Chat)
				for _, s := range e.Sweep {
					swept = append(swept, s.Chat)
				}
			}
		}
		slices.Sort(swept)
		want := []string{strconv.FormatInt(sc.chats[2], 10), strconv.FormatInt(sc.chats[1], 10), strconv.FormatInt(sc.chats[0], 10)}
		slices.Sort(want)
		if !slices.Equal(swept, want) {
			t.Errorf("%s: the sweep covered %v, want one decision sweeping the other two copies: %v", sc.name, swept, want)
		}
	}
	stopAll()
	logs := allLogs()
	if strings.Contains(logs, password) || strings.Contains(logs, "SCALE-token") {
		t.Errorf("a secret in the logs:\n%s", logs)
	}
	if n := strings.Count(logs, "stopped cleanly"); n != 3 {
		t.Errorf("%d of 3 processes stopped cleanly:\n%s", n, logs)
	}
}
