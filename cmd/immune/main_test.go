package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/immunebot/immune/adapters/replay"
	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/config"
	"github.com/immunebot/immune/store"
)

// immune runs the command in-process and returns its exit code and output.
func immune(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func line(id, chat, user string, at time.Time, text string) string {
	b, _ := json.Marshal(map[string]any{"id": id, "platform": "telegram", "chat": chat, "user": user, "time": at, "text": text})
	return string(b) + "\n"
}

func TestScanTwiceContinuesTheRecord(t *testing.T) {
	t.Parallel()
	db := filepath.Join(t.TempDir(), "scan.db")
	t0 := time.Date(2026, 10, 1, 12, 0, 0, 0, time.UTC)
	code, out, errs := immune(t, line("a", "g1", "u", t0, "https://dlscord.com/x"), "scan", "-db", db)
	if code != 0 || !strings.Contains(out, `"strikes":1`) {
		t.Fatalf("first scan: %d %s %s", code, out, errs)
	}
	code, out, errs = immune(t, line("b", "g2", "u", t0.Add(time.Hour), "https://dlscord.com/y"), "scan", "-db", db)
	if code != 0 || !strings.Contains(out, `"strikes":2`) {
		t.Fatalf("second scan did not continue the record: %d %s %s", code, out, errs)
	}
}

func TestCommandLineMistakes(t *testing.T) {
	t.Parallel()
	bad := filepath.Join(t.TempDir(), "bad.toml")
	os.WriteFile(bad, []byte("[policy]\nmode = \"loud\"\n"), 0o600)
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"no command", nil, "Usage:"},
		{"unknown command", []string{"frobnicate"}, `unknown command "frobnicate"`},
		{"check without text", []string{"check"}, "check needs a message"},
		{"check bad lang", []string{"check", "-lang", "fr", "hi"}, `unknown language "fr"`},
		{"scan argument", []string{"scan", "file.jsonl"}, "scan reads messages from stdin"},
		{"bad config", []string{"scan", "-config", bad}, `bad.toml:2: policy.mode: unknown mode "loud"`},
		{"missing config", []string{"scan", "-config", "/no/such.toml"}, "no such file or directory: to start one, copy config.example.toml (it documents every key), or leave -config out for the defaults"},
		{"backup without output", []string{"backup"}, "backup needs one output file"},
		{"bad flag value", []string{"scan", "-batch", "abc"}, `invalid value "abc" for flag -batch`},
		{"unknown flag", []string{"check", "-langg", "vi", "hi"}, "flag provided but not defined: -langg"},
		{"unknown flag of version", []string{"version", "-short"}, "flag provided but not defined: -short"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			code, _, errs := immune(t, "", c.args...)
			if code != exitUsage || !strings.Contains(errs, c.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, errs, exitUsage, c.want)
			}
		})
	}
}

func TestRunWithoutTokenSaysWhatToSet(t *testing.T) {
	t.Setenv(config.EnvTelegramToken, "")
	t.Setenv(config.EnvDiscordToken, "")
	code, _, errs := immune(t, "", "run")
	if code != exitUsage || !strings.Contains(errs, "IMMUNE_TELEGRAM_TOKEN") || !strings.Contains(errs, "IMMUNE_DISCORD_TOKEN") {
		t.Fatalf("exit %d: %s", code, errs)
	}
}

func TestCheck(t *testing.T) {
	t.Parallel()
	code, out, _ := immune(t, "", "check", "claim your prize at https://paypa1.com/login")
	if code != 0 || !strings.Contains(out, "Dangerous") || !strings.Contains(out, "imitates paypal.com") {
		t.Fatalf("check: %d %s", code, out)
	}
	code, out, _ = immune(t, "", "check", "-lang", "vi", "https://www.youtube.com/watch?v=x")
	if code != 0 || !strings.Contains(out, "an toàn") {
		t.Fatalf("vi check: %d %s", code, out)
	}
}

func TestDemoTellsTheWholeStory(t *testing.T) {
	t.Parallel()
	code, out, errs := immune(t, "", "demo")
	if code != 0 {
		t.Fatalf("demo: %d %s", code, errs)
	}
	for _, want := range []string{
		"swept 2 earlier copies",               // the hijacked friend's copies
		"Minh's account looks hijacked",        // explained to members
		"imitates yahoo.com",                   // the fake Yahoo login
		"giả mạo vietcombank.com.vn",           // the fake bank, in Vietnamese
		"Windows program disguised as a photo", // the .exe
		"Xin lỗi, chỉ quản trị viên",           // a member refused
		"Đã tha cho Minh",                      // the admin's pardon
		"↳ unmute Minh",
		"in «Hội chạy bộ»:", // admin notes name the group by its title
	} {
		if !strings.Contains(out, want) {
			t.Errorf("demo transcript lacks %q", want)
		}
	}
	if strings.Contains(out, "«g") {
		t.Error("an admin note names a group by its id, not its title")
	}
	if strings.Contains(out, "https://") {
		t.Error("demo prints a clickable link")
	}
}

func TestBackup(t *testing.T) {
	t.Parallel()
	dir, db := scannedStore(t)
	out := filepath.Join(dir, "copy.db")
	if code, _, errs := immune(t, "", "backup", "-db", db, out); code != 0 {
		t.Fatalf("backup: %s", errs)
	}
	requireStrikes(t, out, 1)

	// While a bot holds the store, backup asks it over the operator endpoint.
	held, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { held.Close() }) // after the endpoint serving it stops
	if code, _, errs := immune(t, "", "backup", "-db", db, out); code == 0 || !strings.Contains(errs, "[http] listen") {
		t.Fatalf("backup of a held store without an endpoint: %d %s", code, errs)
	}
	ln := localListener(t)
	addr := ln.Addr().String()
	cfg := filepath.Join(dir, "immune.toml")
	os.WriteFile(cfg, []byte(fmt.Sprintf("[store]\npath = %q\n[http]\nlisten = %q\n", db, addr)), 0o600)
	engine, err := bot.NewEngine(context.Background(), bot.DefaultConfig(), held, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	serveOperator(t, ln, engine, held)
	out2 := filepath.Join(dir, "live-copy.db")
	if code, stdout, errs := immune(t, "", "backup", "-config", cfg, out2); code != 0 || !strings.Contains(stdout, "running bot") {
		t.Fatalf("backup over http: %d %s %s", code, stdout, errs)
	}
	requireStrikes(t, out2, 1)
}

// scannedStore makes a store file, immune.db in a new directory, whose
// account u holds one strike.
func scannedStore(t *testing.T) (dir, db string) {
	t.Helper()
	dir = t.TempDir()
	db = filepath.Join(dir, "immune.db")
	t0 := time.Date(2026, 10, 1, 12, 0, 0, 0, time.UTC)
	if code, _, errs := immune(t, line("a", "g1", "u", t0, "https://dlscord.com/x"), "scan", "-db", db); code != 0 {
		t.Fatal(errs)
	}
	return dir, db
}

func requireStrikes(t *testing.T, path string, want int) {
	t.Helper()
	db, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer db.Close()
	o, err := db.Offender(context.Background(), bot.AccountKey{Platform: bot.Telegram, User: "u"})
	if err != nil || len(o.Strikes) != want {
		t.Fatalf("%s: offender %+v %v, want %d strikes", path, o, err, want)
	}
}

// localListener listens on a port of its own on loopback, closed when the
// test ends: a server handed it listens from the start, with no moment in
// which another program could take the port.
func localListener(t *testing.T) net.Listener {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	return ln
}

// listenedAt waits until a log holds the line msg (a server told to listen
// on port 0 saying where it listens) and returns its addr.
func listenedAt(t *testing.T, log func() string, msg string) string {
	t.Helper()
	re := regexp.MustCompile(`msg="?` + regexp.QuoteMeta(msg) + `"?\s.*?\baddr=(\S+)`)
	for deadline := time.Now().Add(60 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		if m := re.FindStringSubmatch(log()); m != nil {
			return m[1]
		}
		if time.Now().After(deadline) {
			t.Fatalf("never %s:\n%s", msg, log())
		}
	}
}

func waitListening(t *testing.T, addr string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("%s never listened", addr)
}

// TestScanKilledMidwayLosesNoPrintedDecision kills a real immune scan
// process with SIGKILL while it works through a long input, then shows that
// every decision it printed is in the store.
func TestScanKilledMidwayLosesNoPrintedDecision(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	t.Parallel()
	dir := t.TempDir()
	bin := filepath.Join(dir, "immune")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	dbPath := filepath.Join(dir, "scan.db")
	cmd := exec.Command(bin, "scan", "-db", dbPath)
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Write a long stream of messages; every fifth one a lookalike from one
	// of a few accounts, so that strikes pile up.
	t0 := time.Date(2026, 10, 1, 12, 0, 0, 0, time.UTC)
	go func() {
		w := bufio.NewWriter(stdin)
		for i := 0; i < 200000; i++ {
			text := "just chatting, nothing to see"
			if i%5 == 0 {
				text = fmt.Sprintf("https://dlscord.com/gift/%d", i)
			}
			if _, err := w.WriteString(line(fmt.Sprintf("m%d", i), fmt.Sprintf("g%d", i%7), fmt.Sprintf("u%d", i%13), t0.Add(time.Duration(i)*time.Second), text)); err != nil {
				return // the process was killed
			}
		}
		w.Flush()
		stdin.Close()
	}()
	printed := map[string]replay.Output{}
	sc := bufio.NewScanner(stdout)
	for sc.Scan() {
		var o replay.Output
		if err := json.Unmarshal(sc.Bytes(), &o); err != nil {
			t.Fatalf("output %q: %v", sc.Text(), err)
		}
		printed[o.ID] = o
		if len(printed) == 5000 {
			cmd.Process.Signal(syscall.SIGKILL)
			break
		}
	}
	io.Copy(io.Discard, stdout)
	cmd.Wait()
	if len(printed) < 5000 {
		t.Fatalf("only %d decisions printed before the scan ended", len(printed))
	}

	db, err := store.Open(dbPath, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("the killed scan's store does not open: %v", err)
	}
	defer db.Close()
	audit, err := db.RecentAudit(context.Background(), 0)
	if err != nil {
		t.Fatal(err)
	}
	audited := map[string]bool{}
	for _, e := range audit {
		audited[e.Message.ID] = true
	}
	maxStrikes := map[string]int{}
	flagged := 0
	for id, o := range printed {
		if o.Verdict == bot.Allow {
			continue
		}
		flagged++
		if !audited[id] {
			t.Errorf("printed decision %s (%s) is not in the store's audit log", id, o.Verdict)
		}
		var n int
		fmt.Sscanf(id, "m%d", &n)
		u := fmt.Sprintf("u%d", n%13)
		maxStrikes[u] = max(maxStrikes[u], o.UserState.Strikes)
	}
	for u, want := range maxStrikes {
		off, err := db.Offender(context.Background(), bot.AccountKey{Platform: bot.Telegram, User: u})
		if err != nil || len(off.Strikes) < want {
			t.Errorf("%s: store has %d strikes (%v), printed %d", u, len(off.Strikes), err, want)
		}
	}
	t.Logf("killed after %d printed decisions (%d flagged); all in the store", len(printed), flagged)
}

// TestRunStopsCleanlyOnSIGTERM runs the real binary as `immune run` against
// a small fake of the Bot API, waits until it long-polls, sends SIGTERM and
// expects a clean exit 0 with the store closed and reusable.
func TestRunStopsCleanlyOnSIGTERM(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	t.Parallel()
	dir := t.TempDir()
	bin := filepath.Join(dir, "immune")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	apiURL, polling := idleBotAPI(t, 2*time.Second)
	db := filepath.Join(dir, "immune.db")
	cfg := filepath.Join(dir, "immune.toml")
	os.WriteFile(cfg, []byte(fmt.Sprintf("[store]\npath = %q\n[telegram]\napi_url = %q\npoll_timeout = \"5s\"\n", db, apiURL)), 0o600)
	cmd := exec.Command(bin, "run", "-config", cfg)
	cmd.Env = append(os.Environ(), config.EnvTelegramToken+"=123456:TEST-token-for-a-fake-api", config.EnvDiscordToken+"=")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-polling:
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("the bot never polled for updates:\n%s", stderr.String())
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("exit after SIGTERM: %v\n%s", err, stderr.String())
		}
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("still running a minute after SIGTERM:\n%s", stderr.String())
	}
	if !strings.Contains(stderr.String(), "stopped cleanly") || strings.Contains(stderr.String(), "TEST-token") {
		t.Errorf("log:\n%s", stderr.String())
	}
	// The store was closed: it opens at once.
	s, err := store.Open(db, store.Options{Timeout: 100 * time.Millisecond})
	if err != nil {
		t.Fatalf("store after stop: %v", err)
	}
	s.Close()
}

func TestVersion(t *testing.T) {
	t.Parallel()
	code, out, errs := immune(t, "", "version")
	if code != 0 || !strings.HasPrefix(out, "immune ") || !strings.Contains(out, runtime.Version()) {
		t.Errorf("version: exit %d, %q %q", code, out, errs)
	}
	if code, _, errs := immune(t, "", "version", "extra"); code != exitUsage || !strings.Contains(errs, "no arguments") {
		t.Errorf("version extra: exit %d, %q", code, errs)
	}
	// the usage says that -config may be left out
	_, _, errs = immune(t, "")
	if !strings.Contains(errs, "immune run [-config FILE]") || !strings.Contains(errs, "-config is optional") || !strings.Contains(errs, "immune version") {
		t.Errorf("usage:\n%s", errs)
	}
}

func TestEmptyStoreFileNeedsNewStore(t *testing.T) {
	t.Parallel()
	db := filepath.Join(t.TempDir(), "empty.db")
	if err := os.WriteFile(db, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	t0 := time.Date(2026, 10, 1, 12, 0, 0, 0, time.UTC)
	in := line("a", "g1", "u", t0, "https://dlscord.com/x")
	code, out, errs := immune(t, in, "scan", "-db", db)
	if code == 0 || out != "" || !strings.Contains(errs, "empty") || !strings.Contains(errs, "-new-store") || !strings.Contains(errs, "immune backup") {
		t.Fatalf("scan into an empty store file: exit %d, %q, %q; want a refusal that says what to do", code, out, errs)
	}
	if st, err := os.Stat(db); err != nil || st.Size() != 0 {
		t.Fatalf("the refused file was changed: %v %v", st, err)
	}
	if code, out, errs := immune(t, in, "scan", "-db", db, "-new-store"); code != 0 || !strings.Contains(out, `"strikes":1`) {
		t.Fatalf("scan -new-store: exit %d, %q, %q", code, out, errs)
	}
}

// TestRunStopsWhenTheStoreFails runs the real binary on a store with a
// damaged page (flipped bytes in the leaf holding an account's record,
// which a clean close leaves unchecked). The account's message makes bbolt
// panic: the bot logs why, stops cleanly with an error instead of crashing,
// and leaves the store to be checked at the next open.
func TestRunStopsWhenTheStoreFails(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	t.Parallel()
	dir := t.TempDir()
	bin := filepath.Join(dir, "immune")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	dbPath := filepath.Join(dir, "immune.db")
	s, err := store.Open(dbPath, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// An audit log a few pages long: judging the message appends to its
	// last page, which is not read when the store opens (the keys of
	// offender records, first links, judged messages, tasks and chat
	// settings are read whole then, and a damaged page among them is
	// refused there).
	for i := range 500 {
		e := bot.AuditEntry{Time: time.Now().Add(-time.Hour + time.Duration(i)*time.Millisecond), Note: fmt.Sprintf("entry %d of a long list", i)}
		if err := s.AppendAudit(context.Background(), e); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Commit(context.Background()); err != nil {
		t.Fatal(err)
	}
	s.Close()
	damageLeaf(t, dbPath, "entry 499 of a long list")

	var sent atomic.Bool
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		switch {
		case strings.HasSuffix(r.URL.Path, "/getMe"):
			io.WriteString(w, `{"ok":true,"result":{"id":42,"is_bot":true,"first_name":"immune","username":"immune_test_bot"}}`)
		case strings.HasSuffix(r.URL.Path, "/getUpdates"):
			if !sent.Swap(true) {
				fmt.Fprintf(w, `{"ok":true,"result":[{"update_id":1,"message":{"message_id":7,"date":%d,"chat":{"id":-100,"type":"supergroup","title":"G"},"from":{"id":1250,"is_bot":false,"first_name":"M"},"text":"verify now https://dlscord.com/gift"}}]}`, time.Now().Unix())
				return
			}
			select {
			case <-r.Context().Done():
				return
			case <-time.After(2 * time.Second):
			}
			io.WriteString(w, `{"ok":true,"result":[]}`)
		default:
			io.WriteString(w, `{"ok":true,"result":true}`)
		}
	}))
	defer api.Close()
	cfg := filepath.Join(dir, "immune.toml")
	os.WriteFile(cfg, []byte(fmt.Sprintf("[store]\npath = %q\n[telegram]\napi_url = %q\npoll_timeout = \"5s\"\n", dbPath, api.URL)), 0o600)
	cmd := exec.Command(bin, "run", "-config", cfg)
	cmd.Env = append(os.Environ(), config.EnvTelegramToken+"=123456:TEST-token-for-a-fake-api", config.EnvDiscordToken+"=")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != 1 {
			t.Fatalf("exit: %v, want status 1\n%s", err, stderr.String())
		}
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("still running a minute after the store failed:\n%s", stderr.String())
	}
	log := stderr.String()
	if !strings.Contains(log, "the store stopped") || !strings.Contains(log, "panicked") || strings.Contains(log, "goroutine ") {
		t.Errorf("log does not say the store stopped, or shows a crash:\n%s", log)
	}
	if _, err := store.Open(dbPath, store.Options{}); !errors.Is(err, store.ErrCorrupt) {
		t.Errorf("reopening: %v, want the check to refuse the damaged store", err)
	}
}

// damageLeaf scrambles the element headers of the bbolt leaf page that
// holds key.
func damageLeaf(t *testing.T, path, key string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ps := os.Getpagesize()
	at := bytes.Index(data, []byte(key))
	if at < 0 {
		t.Fatalf("%q not in the file", key)
	}
	page := at / ps * ps
	count := int(data[page+10]) | int(data[page+11])<<8
	for i := range count {
		data[page+16+16*i+7] ^= 0xf0 // the high byte of the element's pos
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
}
