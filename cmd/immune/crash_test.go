package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
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
	"github.com/immunebot/immune/store"
)

// botAPI is a fake Bot API that outlives the bot processes of a crash
// test: it remembers which updates were confirmed (a restarted bot gets
// only the others), which messages were deleted (deleting one again is
// Telegram's "message to delete not found"), and can be down.
type botAPI struct {
	srv *httptest.Server

	mu        sync.Mutex
	updates   []json.RawMessage // update_id is index+1
	confirmed int               // updates below this id were confirmed
	down      bool              // deleteMessage and sendMessage answer 502
	hang      func(chat, id string) bool
	release   chan struct{}
	deleted   map[string]int // chat/id → successful deletes
	attempts  map[string]int // chat/id → deleteMessage calls
	notices   int
	// adminsHeld, when set, holds getChatAdministrators until it is
	// closed; adminAsks counts the requests
	adminsHeld chan struct{}
	adminAsks  int
	changed    chan struct{}
}

func newBotAPI(t *testing.T) *botAPI {
	f := &botAPI{deleted: map[string]int{}, attempts: map[string]int{}, changed: make(chan struct{}), release: make(chan struct{})}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(func() {
		f.setHang(nil)
		f.srv.Close()
	})
	return f
}

func (f *botAPI) push(chat int64, user int64, id int, text string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	u := map[string]any{"update_id": len(f.updates) + 1, "message": map[string]any{
		"message_id": id, "date": time.Now().Unix(), "text": text,
		"chat": map[string]any{"id": chat, "type": "supergroup", "title": "g"},
		"from": map[string]any{"id": user, "is_bot": false, "first_name": "U" + strconv.FormatInt(user, 10)},
	}}
	b, _ := json.Marshal(u)
	f.updates = append(f.updates, b)
}

func (f *botAPI) setDown(down bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.down = down
}

// setHang makes the deletes that match hang until setHang is called again.
func (f *botAPI) setHang(match func(chat, id string) bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.hang != nil {
		close(f.release)
		f.release = make(chan struct{})
	}
	f.hang = match
}

// wait waits until cond holds (checked under f.mu), or fails the test.
func (f *botAPI) wait(t *testing.T, what string, stderr fmt.Stringer, cond func() bool) {
	t.Helper()
	deadline := time.After(60 * time.Second)
	for {
		f.mu.Lock()
		ok, ch := cond(), f.changed
		f.mu.Unlock()
		if ok {
			return
		}
		select {
		case <-ch:
		case <-time.After(100 * time.Millisecond):
		case <-deadline:
			t.Fatalf("timed out waiting for %s; deleted %v, attempts %v\n%s", what, f.deleted, f.attempts, stderr.String())
		}
	}
}

func (f *botAPI) notify() {
	close(f.changed)
	f.changed = make(chan struct{})
}

func (f *botAPI) serve(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	method := r.URL.Path[strings.LastIndex(r.URL.Path, "/")+1:]
	_ = r.ParseForm()
	p := r.PostForm
	ok := func(result string) { fmt.Fprintf(w, `{"ok":true,"result":%s}`, result) }
	fail := func(code int, desc string) {
		w.WriteHeader(code)
		fmt.Fprintf(w, `{"ok":false,"error_code":%d,"description":%q}`, code, desc)
	}
	switch method {
	case "getMe":
		ok(`{"id":42,"is_bot":true,"first_name":"immune","username":"immune_test_bot"}`)
	case "getUpdates":
		off, _ := strconv.Atoi(p.Get("offset"))
		f.mu.Lock()
		if off > f.confirmed {
			f.confirmed = off
		}
		from := max(f.confirmed, 1)
		var out []json.RawMessage
		if from-1 < len(f.updates) {
			out = f.updates[from-1:]
		}
		f.mu.Unlock()
		if len(out) == 0 {
			select {
			case <-r.Context().Done():
				return
			case <-time.After(300 * time.Millisecond):
			}
		}
		b, _ := json.Marshal(out)
		ok(string(b))
	case "deleteMessage", "deleteMessages":
		ids := []string{p.Get("message_id")}
		if method == "deleteMessages" {
			var ns []int
			json.Unmarshal([]byte(p.Get("message_ids")), &ns)
			ids = ids[:0]
			for _, n := range ns {
				ids = append(ids, strconv.Itoa(n))
			}
		}
		f.mu.Lock()
		for _, id := range ids {
			f.attempts[p.Get("chat_id")+"/"+id]++
		}
		f.notify()
		down, hang, release := f.down, f.hang, f.release
		f.mu.Unlock()
		if hang != nil && slices.ContainsFunc(ids, func(id string) bool { return hang(p.Get("chat_id"), id) }) {
			select {
			case <-release:
			case <-r.Context().Done():
				return
			}
		}
		if down {
			fail(502, "Bad Gateway")
			return
		}
		f.mu.Lock()
		defer f.mu.Unlock()
		// deleteMessage of a message gone is an error; deleteMessages
		// skips the messages gone
		if key := p.Get("chat_id") + "/" + ids[0]; method == "deleteMessage" && f.deleted[key] > 0 {
			fail(400, "Bad Request: message to delete not found")
			return
		}
		for _, id := range ids {
			if key := p.Get("chat_id") + "/" + id; f.deleted[key] == 0 {
				f.deleted[key]++
			}
		}
		f.notify()
		ok("true")
	case "sendMessage":
		f.mu.Lock()
		down := f.down
		if !down {
			f.notices++
			f.notify()
		}
		f.mu.Unlock()
		if down {
			fail(502, "Bad Gateway")
			return
		}
		ok(`{"message_id":1,"date":0,"chat":{"id":1,"type":"supergroup"}}`)
	case "getChatAdministrators":
		f.mu.Lock()
		f.adminAsks++
		f.notify()
		held := f.adminsHeld
		f.mu.Unlock()
		if held != nil {
			select {
			case <-held:
			case <-r.Context().Done():
				return
			}
		}
		ok(`[]`)
	case "getChatMember":
		ok(`{"status":"administrator","can_delete_messages":true,"can_restrict_members":true,"user":{"id":42,"is_bot":true,"first_name":"immune"}}`)
	default:
		ok("true")
	}
}

// bot runs the real binary as `immune run` against the fake.
type botProc struct {
	cmd *exec.Cmd
	log *procLog
}

func startBot(t *testing.T, bin, cfg string, env ...string) *botProc {
	t.Helper()
	cmd := exec.Command(bin, "run", "-config", cfg)
	cmd.Env = append(os.Environ(), config.EnvTelegramToken+"=123456:TEST-token-for-a-fake-api", config.EnvDiscordToken+"=")
	cmd.Env = append(cmd.Env, env...)
	lw := &procLog{w: &bytes.Buffer{}}
	cmd.Stderr = lw
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &botProc{cmd: cmd, log: lw}
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			cmd.Wait()
		}
	})
	return p
}

// procLog is a writer safe to read from while the process writes.
type procLog struct {
	mu sync.Mutex
	w  *bytes.Buffer
}

func (l *procLog) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(b)
}

// String returns what was written so far.
func (l *procLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.String()
}

// count counts a text in the process's log so far.
func (p *botProc) count(text string) int {
	p.log.mu.Lock()
	defer p.log.mu.Unlock()
	return strings.Count(p.log.w.String(), text)
}

func (p *botProc) kill9(t *testing.T) {
	t.Helper()
	if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	p.cmd.Wait()
}

func (p *botProc) term(t *testing.T) {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); p.count("telegram adapter running") == 0; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("never running:\n%s", p.log)
		}
	}
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- p.cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("exit after SIGTERM: %v", err)
		}
	case <-time.After(60 * time.Second):
		p.cmd.Process.Kill()
		t.Fatal("still running a minute after SIGTERM")
	}
}

// crashSetup builds the binary and writes a config for a store in dir.
func crashSetup(t *testing.T, api *botAPI) (bin, cfg, db string) {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary")
	}
	dir := t.TempDir()
	bin = filepath.Join(dir, "immune")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	db = filepath.Join(dir, "immune.db")
	cfg = filepath.Join(dir, "immune.toml")
	os.WriteFile(cfg, []byte(fmt.Sprintf("[store]\npath = %q\n[log]\nlevel = \"debug\"\n[telegram]\napi_url = %q\npoll_timeout = \"1s\"\n", db, api.srv.URL)), 0o600)
	return bin, cfg, db
}

// emptyOutbox fails the test if the store at db holds tasks not done.
func emptyOutbox(t *testing.T, db string) {
	t.Helper()
	s, err := store.Open(db, store.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ts, err := s.PendingTasks(t.Context(), bot.Telegram)
	if err != nil || len(ts) != 0 {
		t.Errorf("outbox after the last stop: %+v, %v", ts, err)
	}
}

const crashPhish = "Your Yahoo account will be locked, verify now: https://yahoo-account-verify.top/login"

// TestKill9DuringOutageLosesNoDelete kills the real bot with SIGKILL while
// Telegram is down and its deletes wait, starts it again once Telegram is
// back, and expects every decided delete carried out exactly once.
func TestKill9DuringOutageLosesNoDelete(t *testing.T) {
	t.Parallel()
	api := newBotAPI(t)
	bin, cfg, db := crashSetup(t, api)
	api.setDown(true)
	var want []string
	for i := range 12 {
		chat := int64(-1000 - i%4)
		id := 100 + i
		api.push(chat, int64(500+i), id, crashPhish)
		want = append(want, fmt.Sprintf("%d/%d", chat, id))
	}
	api.push(-1000, 900, 200, "good morning everyone") // a clean message: nothing to do
	p := startBot(t, bin, cfg)
	api.wait(t, "every threat decided, deletes stuck", p.log, func() bool {
		chats := map[string]bool{}
		for k := range api.attempts {
			chats[strings.Split(k, "/")[0]] = true
		}
		return p.count(`msg="telegram decision"`) == len(want) && len(chats) == 4
	})
	p.kill9(t)
	for _, k := range want {
		if api.deleted[k] != 0 {
			t.Fatalf("%s deleted during the outage", k)
		}
	}

	api.setDown(false)
	p = startBot(t, bin, cfg)
	api.wait(t, "every threat deleted after the restart", p.log, func() bool {
		for _, k := range want {
			if api.deleted[k] == 0 {
				return false
			}
		}
		return true
	})
	p.term(t)
	api.mu.Lock()
	for _, k := range want {
		if n := api.deleted[k]; n != 1 {
			t.Errorf("%s deleted %d times, want 1", k, n)
		}
	}
	if api.attempts["-1000/200"] != 0 {
		t.Errorf("the clean message was deleted")
	}
	if api.notices != 4 {
		t.Errorf("%d notices, want one in each of the 4 chats for its 3 threats", api.notices)
	}
	api.mu.Unlock()
	if !strings.Contains(p.log.String(), "resuming tasks left from before the start") {
		t.Errorf("the restart did not resume the outbox:\n%s", p.log.String())
	}
	emptyOutbox(t, db)
}

// TestKill9DuringSweepFinishesIt kills the real bot with SIGKILL while it
// sweeps a hijacked account's copies (one delete done, one hanging),
// starts it again, and expects every copy deleted: each once, a second
// attempt at one done before the kill answered "not found" and taken as
// done.
func TestKill9DuringSweepFinishesIt(t *testing.T) {
	t.Parallel()
	api := newBotAPI(t)
	bin, cfg, db := crashSetup(t, api)
	const lure = "is this you in this photo?? https://photo-album-share.xyz/p/8812"
	chats := []int64{-2001, -2002, -2003}
	for i, c := range chats {
		api.push(c, 777, 300+i, lure)
	}
	// the copy in the second chat hangs: the sweep is caught midway
	api.setHang(func(chat, id string) bool { return chat == "-2002" })
	p := startBot(t, bin, cfg)
	api.wait(t, "the sweep under way", p.log, func() bool {
		return api.deleted["-2001/300"] == 1 && api.attempts["-2002/301"] > 0 && api.deleted["-2003/302"] == 1
	})
	p.kill9(t)
	api.setHang(nil)

	p = startBot(t, bin, cfg)
	api.wait(t, "the sweep finished", p.log, func() bool { return api.deleted["-2002/301"] == 1 })
	p.term(t)
	api.mu.Lock()
	for i, c := range chats {
		k := fmt.Sprintf("%d/%d", c, 300+i)
		if n := api.deleted[k]; n != 1 {
			t.Errorf("%s deleted %d times, want 1", k, n)
		}
	}
	api.mu.Unlock()
	emptyOutbox(t, db)
}

// TestKill9WhileJudgingAWebhookUpdateLosesIt: in webhook mode the real
// bot is killed with SIGKILL while it judges an update (waiting for the
// chat's admin list, which the "report" policy makes the decision depend
// on). The update was not answered 200, so Telegram delivers it again to
// the restarted bot, which deletes the threat, once.
func TestKill9WhileJudgingAWebhookUpdateLosesIt(t *testing.T) {
	t.Parallel()
	api := newBotAPI(t)
	bin, cfg, db := crashSetup(t, api)
	// each start listens on a port of its own, which its log names
	var addr string
	const secret = "crash-test_Secret"
	text := fmt.Sprintf("[store]\npath = %q\n[telegram]\napi_url = %q\nwebhook_url = \"https://bot.example.org/tg\"\nlisten = \"127.0.0.1:0\"\n[policy]\nadmins = \"report\"\n",
		db, api.srv.URL)
	if err := os.WriteFile(cfg, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	env := config.EnvWebhookSecret + "=" + secret
	held := make(chan struct{})
	api.mu.Lock()
	api.adminsHeld = held
	api.mu.Unlock()
	update, _ := json.Marshal(map[string]any{"update_id": 1, "message": map[string]any{
		"message_id": 77, "date": time.Now().Unix(), "text": crashPhish,
		"chat": map[string]any{"id": -3001, "type": "supergroup", "title": "g"},
		"from": map[string]any{"id": 501, "is_bot": false, "first_name": "U"},
	}})
	deliver := func() (int, error) { // as Telegram does
		req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/tg", bytes.NewReader(update))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secret)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return 0, err
		}
		resp.Body.Close()
		return resp.StatusCode, nil
	}

	p := startBot(t, bin, cfg, env)
	addr = listenedAt(t, p.log.String, "telegram webhook listening")
	answered := make(chan string, 1)
	go func() {
		code, err := deliver()
		answered <- fmt.Sprint(code, " ", err)
	}()
	api.wait(t, "the update being judged", p.log, func() bool { return api.adminAsks > 0 })
	p.kill9(t)
	if got := <-answered; strings.HasPrefix(got, "200 ") {
		t.Fatalf("the update was answered 200 before it was judged: a crash then loses it")
	}
	close(held)

	p = startBot(t, bin, cfg, env)
	addr = listenedAt(t, p.log.String, "telegram webhook listening")
	if code, err := deliver(); err != nil || code != http.StatusOK {
		t.Fatalf("delivered again to the restarted bot: %d %v, want 200 once judged\n%s", code, err, p.log)
	}
	api.wait(t, "the threat deleted", p.log, func() bool { return api.deleted["-3001/77"] == 1 })
	p.term(t)
	if n := api.attempts["-3001/77"]; n != 1 {
		t.Errorf("%d delete attempts, want 1", n)
	}
	emptyOutbox(t, db)
}
