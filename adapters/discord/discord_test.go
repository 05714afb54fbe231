package discord_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/immunebot/immune/adapters/discord"
	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store"
)

// logBuffer collects log output from several goroutines.
type logBuffer struct {
	mu      sync.Mutex
	b       bytes.Buffer
	written chan struct{} // closed and replaced on every write
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.written != nil {
		close(l.written)
		l.written = nil
	}
	return l.b.Write(p)
}

// waitFor waits until the log holds s: the adapter logs a state it
// reached (a rate limit it now keeps to) once it is in it.
func (l *logBuffer) waitFor(t *testing.T, s string) {
	t.Helper()
	deadline := time.NewTimer(waitLimit)
	defer deadline.Stop()
	for {
		l.mu.Lock()
		found := strings.Contains(l.b.String(), s)
		if l.written == nil {
			l.written = make(chan struct{})
		}
		ch := l.written
		l.mu.Unlock()
		if found {
			return
		}
		select {
		case <-ch:
		case <-deadline.C:
			t.Fatalf("timed out waiting for %q in the log", s)
		}
	}
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// harness is a running adapter on a real engine and store, connected to a
// fake Discord.
type harness struct {
	*fake
	engine  *bot.Engine
	logs    *logBuffer
	cancel  context.CancelFunc
	done    chan error
	backoff atomic.Int64 // how often the backoff was asked for
	asked   atomic.Int64 // commands run by ask
	db      *store.DB
	a       *discord.Adapter
}

// closeStore closes the store, so that another harness can open it.
func (h *harness) closeStore() {
	if err := h.db.Close(); err != nil {
		h.t.Errorf("close store: %v", err)
	}
}

// start runs an adapter against a new fake and waits until it has
// connected and registered its commands.
func start(t *testing.T, tweak ...func(*discord.Options)) *harness {
	t.Helper()
	return startAt(t, filepath.Join(t.TempDir(), "immune.db"), tweak...)
}

// startAt is start on the store at path.
func startAt(t *testing.T, path string, tweak ...func(*discord.Options)) *harness {
	t.Helper()
	return startWith(t, path, nil, tweak...)
}

// startWith is startAt with setup run on the engine before the adapter
// starts.
func startWith(t *testing.T, path string, setup func(*bot.Engine), tweak ...func(*discord.Options)) *harness {
	t.Helper()
	return startOn(t, newFake(t), path, setup, tweak...)
}

// startOn is startWith against a fake made (and set up) by the caller.
func startOn(t *testing.T, f *fake, path string, setup func(*bot.Engine), tweak ...func(*discord.Options)) *harness {
	t.Helper()
	h := &harness{fake: f, logs: &logBuffer{}, done: make(chan error, 1)}
	log := slog.New(slog.NewTextHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	h.db = db
	ctx, cancel := context.WithCancel(context.Background())
	h.cancel = cancel
	h.engine, err = bot.NewEngine(ctx, bot.DefaultConfig(), db, nil, log)
	if err != nil {
		t.Fatal(err)
	}
	if setup != nil {
		setup(h.engine)
	}
	opts := discord.Options{
		Token:       "test-token",
		APIURL:      h.srv.URL,
		CallTimeout: 10 * time.Second,
		Backoff: func(int) time.Duration {
			h.backoff.Add(1)
			return time.Millisecond
		},
	}
	for _, f := range tweak {
		f(&opts)
	}
	a, err := discord.New(opts, h.engine, log)
	if err != nil {
		t.Fatal(err)
	}
	h.a = a
	go func() { h.done <- a.Run(ctx) }()
	t.Cleanup(func() {
		h.stop()
		if err := db.Close(); err != nil {
			t.Errorf("close store: %v", err)
		}
		if strings.Contains(h.logs.String(), "test-token") {
			t.Errorf("the token was logged:\n%s", h.logs)
		}
		if t.Failed() {
			t.Logf("log:\n%s", h.logs)
		}
	})
	h.waitCalls("PUT", "/applications/"+appID+"/commands", 1)
	return h
}

// stop cancels Run and waits for it to return.
func (h *harness) stop() {
	h.t.Helper()
	h.cancel()
	select {
	case err, ok := <-h.done:
		if ok && err != nil && err != context.Canceled {
			h.t.Errorf("Run: %v", err)
		}
		if ok {
			close(h.done)
		}
	case <-time.After(waitLimit):
		h.t.Fatalf("Run did not return after cancel")
	}
}

// posts returns the messages the bot posted in a channel so far.
func (h *harness) posts(ch string) []map[string]any {
	var out []map[string]any
	for _, c := range h.snapshot() {
		if c.Method == "POST" && c.Path == "/channels/"+ch+"/messages" {
			out = append(out, c.json(h.t))
		}
	}
	return out
}

// waitPost waits for the n-th message the bot posts in a channel and
// returns it.
func (h *harness) waitPost(ch string, n int) map[string]any {
	h.t.Helper()
	cs := h.waitCalls("POST", "/channels/"+ch+"/messages", n)
	return cs[n-1].json(h.t)
}

// waitDelete waits until a message was deleted.
func (h *harness) waitDelete(ch, id string) {
	h.t.Helper()
	h.waitFor(fmt.Sprintf("message %s in %s deleted", id, ch), func(f *fake) bool { return f.deletesLocked(ch, id) > 0 })
}

// answerOf waits for the answer to an interaction and returns its data.
func (h *harness) answerOf(id string) map[string]any {
	h.t.Helper()
	c := h.waitCalls("POST", "/interactions/"+id+"/token-"+id+"/callback", 1)[0]
	body := c.json(h.t)
	if body["type"] != float64(4) {
		h.t.Fatalf("interaction answer type %v, want 4", body["type"])
	}
	data := body["data"].(map[string]any)
	if data["flags"] != float64(64) {
		h.t.Errorf("interaction answer flags %v, want 64 (ephemeral)", data["flags"])
	}
	assertNoPings(h.t, data)
	return data
}

func assertNoPings(t *testing.T, body map[string]any) {
	t.Helper()
	am, ok := body["allowed_mentions"].(map[string]any)
	if !ok {
		t.Fatalf("no allowed_mentions in %v", body)
	}
	if p, ok := am["parse"].([]any); !ok || len(p) != 0 {
		t.Errorf("allowed_mentions.parse = %v, want []", am["parse"])
	}
	if am["replied_user"] != false {
		t.Errorf("allowed_mentions.replied_user = %v, want false", am["replied_user"])
	}
}

const (
	phish  = "free nitro for everyone https://dlscord.gift/claim"
	benign = "docs at https://go.dev/doc/ and join us at https://discord.gg/golang, pic: https://cdn.discordapp.com/attachments/1/2/cat.png"
	lure   = "is this you in this photo? https://photo-album-share.net/you.zip"
	// spray is a link a member's first post only warns about (an
	// archive on a stranger's site, no lure beside it): lure itself is
	// deleted at first sight since lure47 reads "is this you?" beside a
	// stranger's link, so the spread of one copy into many channels is
	// shown with this one.
	spray = "look at these photos from saturday https://photo-album-share.net/you.zip"
)

func TestIdentifyAsksForMessageContent(t *testing.T) {
	t.Parallel()
	h := start(t)
	h.mu.Lock()
	id := h.identifies[0]
	h.mu.Unlock()
	intents := int64(id["intents"].(float64))
	for _, want := range []struct {
		bit  int64
		name string
	}{{1 << 0, "GUILDS"}, {1 << 9, "GUILD_MESSAGES"}, {1 << 15, "MESSAGE_CONTENT"}} {
		if intents&want.bit == 0 {
			t.Errorf("IDENTIFY intents %d lack %s", intents, want.name)
		}
	}
	if id["token"] != "Bot test-token" {
		t.Errorf("IDENTIFY token is not the bot token")
	}
}

func TestCommandsRegistered(t *testing.T) {
	t.Parallel()
	h := start(t)
	c := h.matching("PUT", "/applications/"+appID+"/commands")[0]
	var cmds []map[string]any
	if err := json.Unmarshal(c.Body, &cmds); err != nil {
		t.Fatal(err)
	}
	byName := map[string]map[string]any{}
	for _, c := range cmds {
		byName[c["name"].(string)] = c
	}
	slash := byName["immune"]
	if slash == nil {
		t.Fatalf("no /immune in %s", c.Body)
	}
	if slash["default_member_permissions"] != "8192" {
		t.Errorf("default_member_permissions = %v, want \"8192\" (Manage Messages)", slash["default_member_permissions"])
	}
	var subs []string
	for _, o := range slash["options"].([]any) {
		subs = append(subs, o.(map[string]any)["name"].(string))
	}
	want := "status mode allow unallow block unblock lists pardon offenders why audit check lang setlog help"
	if got := strings.Join(subs, " "); got != want {
		t.Errorf("subcommands %q, want %q", got, want)
	}
	for _, name := range []string{discord.CheckMenu, discord.ReportMenu, discord.WhyMenu} {
		if m := byName[name]; m == nil || m["type"] != float64(3) {
			t.Errorf("no message command %q", name)
		}
	}
	if m := byName[discord.WhyMenu]; m != nil && m["default_member_permissions"] != "8192" {
		t.Errorf("%s is for moderators: default_member_permissions = %v", discord.WhyMenu, m["default_member_permissions"])
	}
}

func TestPhishingDeletedWithNotice(t *testing.T) {
	t.Parallel()
	h := start(t)
	h.dispatch("MESSAGE_CREATE", message("m1", "c1", "u1", phish))
	h.waitDelete("c1", "m1")
	notice := h.waitPost("c1", 1)
	text := notice["content"].(string)
	for _, want := range []string{"discord.com", "dlscord[.]gift", "User u1"} {
		if !strings.Contains(text, want) {
			t.Errorf("notice %q lacks %q", text, want)
		}
	}
	if strings.Contains(text, "dlscord.gift") {
		t.Errorf("notice %q has a live link", text)
	}
	if notice["message_reference"] != nil {
		t.Errorf("notice replies to a deleted message: %v", notice["message_reference"])
	}
	assertNoPings(t, notice)
}

func TestBenignLinksKept(t *testing.T) {
	t.Parallel()
	h := start(t)
	h.dispatch("MESSAGE_CREATE", message("ok1", "c1", "u1", benign))
	h.dispatch("MESSAGE_CREATE", message("ok2", "c1", "u1", "see https://github.com/immunebot/immune and https://pkg.go.dev/net/http"))
	// a later message in the same channel is judged after them
	h.dispatch("MESSAGE_CREATE", message("sentinel", "c1", "u2", phish))
	h.waitDelete("c1", "sentinel")
	h.waitPost("c1", 1)
	for _, c := range h.snapshot() {
		if strings.Contains(c.Path, "/ok") {
			t.Errorf("benign message acted on: %s %s", c.Method, c.Path)
		}
	}
	if n := len(h.posts("c1")); n != 1 {
		t.Errorf("%d posts in c1, want only the sentinel's notice", n)
	}
}

func TestMaskedLink(t *testing.T) {
	t.Parallel()
	h := start(t)
	h.dispatch("MESSAGE_CREATE", message("mask", "c1", "u1", "claim here: [https://discord.com/nitro](https://nitro-claims.com/gift)"))
	h.waitDelete("c1", "mask")
	text := h.waitPost("c1", 1)["content"].(string)
	if !strings.Contains(text, "discord.com") || !strings.Contains(text, "nitro-claims[.]com") {
		t.Errorf("notice %q does not say the link shows discord.com and goes to nitro-claims[.]com", text)
	}
}

func TestDisguisedAttachment(t *testing.T) {
	t.Parallel()
	h := start(t)
	m := message("exe", "c2", "u1", "is this you?")
	m["attachments"] = []any{map[string]any{"id": "a1", "filename": "photo.jpg.exe", "size": 482304,
		"content_type": "application/x-msdos-program", "url": "https://cdn.discordapp.com/attachments/c2/a1/photo.jpg.exe"}}
	h.dispatch("MESSAGE_CREATE", m)
	h.waitDelete("c2", "exe")
	text := h.waitPost("c2", 1)["content"].(string)
	if !strings.Contains(text, "photo") || !strings.Contains(text, "Windows program") {
		t.Errorf("notice %q does not explain the disguised program", text)
	}
}

func TestEditAddingLink(t *testing.T) {
	t.Parallel()
	h := start(t)
	h.dispatch("MESSAGE_CREATE", message("ed", "c1", "u1", "see you all tonight"))
	// Discord adding a preview: an update without an edit time, skipped
	preview := message("ed", "c1", "u1", "see you all tonight")
	h.dispatch("MESSAGE_UPDATE", preview)
	edit := message("ed", "c1", "u1", "see you all tonight, and grab this: https://dlscord.gift/claim")
	edit["edited_timestamp"] = time.Now().UTC().Format(time.RFC3339Nano)
	h.dispatch("MESSAGE_UPDATE", edit)
	h.waitDelete("c1", "ed")
	text := h.waitPost("c1", 1)["content"].(string)
	if !strings.Contains(text, "dlscord[.]gift") {
		t.Errorf("notice %q", text)
	}
}

func TestRateLimitedDeleteRetried(t *testing.T) {
	t.Parallel()
	h := start(t)
	h.script("DELETE", "/channels/c1/messages/rl", reply{
		status: 429, body: `{"message": "You are being rate limited.", "retry_after": 0.05, "global": false}`,
		header: map[string]string{"Retry-After": "1", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset-After": "0.05", "X-RateLimit-Bucket": "b1"},
	})
	h.dispatch("MESSAGE_CREATE", message("rl", "c1", "u1", phish))
	h.waitCalls("DELETE", "/channels/c1/messages/rl", 2)
	h.waitPost("c1", 1) // the queue went on after the retried delete
	if n := h.count("DELETE", "/channels/c1/messages/rl"); n != 2 {
		t.Errorf("%d deletes, want 2 (429, then success)", n)
	}
}

// A delete rate limited without end is tried again and again, holds back
// the notice about it (deletes go first), and stays in the outbox when the
// bot stops.
func TestEndlessRateLimitKeepsTheDeleteQueued(t *testing.T) {
	t.Parallel()
	h := start(t, func(o *discord.Options) { o.DrainTimeout = 200 * time.Millisecond })
	h.script("DELETE", "/channels/c1/messages/stuck", reply{sticky: true,
		status: 429, body: `{"message": "You are being rate limited.", "retry_after": 0.01, "global": false}`})
	h.dispatch("MESSAGE_CREATE", message("stuck", "c1", "u1", phish))
	h.waitCalls("DELETE", "/channels/c1/messages/stuck", 4)
	h.dispatch("MESSAGE_CREATE", message("other", "c2", "u2", phish))
	h.waitDelete("c2", "other") // another channel is not held up
	h.waitPost("c2", 1)
	if n := len(h.posts("c1")); n != 0 {
		t.Errorf("%d notices in c1 while its delete waits, want none", n)
	}
	h.stop()
	ts, err := h.engine.Pending(context.Background(), bot.Discord)
	if err != nil || len(ts) != 2 || ts[0].ID != "delete/c1/stuck" {
		t.Errorf("outbox after the stop: %+v, %v; want the delete and its notice", ts, err)
	}
}

func TestServerErrorsRetriedWithBackoff(t *testing.T) {
	t.Parallel()
	h := start(t)
	h.script("DELETE", "/channels/c1/messages/s5",
		reply{status: 500, body: `{"message": "Internal Server Error", "code": 0}`},
		reply{status: 502, body: `bad gateway`},
		reply{status: 503, body: `{"message": "Service Unavailable", "code": 0}`})
	h.dispatch("MESSAGE_CREATE", message("s5", "c1", "u1", phish))
	h.waitCalls("DELETE", "/channels/c1/messages/s5", 4)
	h.waitPost("c1", 1)
	if n := h.backoff.Load(); n < 3 {
		t.Errorf("backoff asked %d times, want 3", n)
	}
}

func TestPermanentErrorsNotRetried(t *testing.T) {
	t.Parallel()
	h := start(t, func(o *discord.Options) { o.FloodAt = 100 }) // a notice for each
	missing := reply{status: 403, body: `{"message": "Missing Permissions", "code": 50013}`}
	h.script("DELETE", "/channels/c3/messages/p1", missing)
	h.script("DELETE", "/channels/c3/messages/p2", missing)
	h.script("DELETE", "/channels/c3/messages/p3", reply{status: 404, body: `{"message": "Unknown Message", "code": 10008}`})
	// one at a time: deletes waiting together would go as one bulk delete
	for _, id := range []string{"p1", "p2", "p3"} {
		h.dispatch("MESSAGE_CREATE", message(id, "c3", "u-"+id, phish))
		h.waitCalls("DELETE", "/channels/c3/messages/"+id, 1)
	}
	h.waitPost("c3", 3)
	for _, id := range []string{"p1", "p2", "p3"} {
		if n := h.count("DELETE", "/channels/c3/messages/"+id); n != 1 {
			t.Errorf("%s: %d deletes, want 1 (never retried)", id, n)
		}
	}
	if n := strings.Count(h.logs.String(), "lack of permissions"); n != 1 {
		t.Errorf("missing permissions logged %d times at warning, want once", n)
	}
}

func TestBlockByModeratorAllowByMemberRefused(t *testing.T) {
	t.Parallel()
	h := start(t)
	h.dispatch("INTERACTION_CREATE", interaction("i1", "c1", "mod1", permManage, slash("block", "domain", "bad-example.com")))
	if got := h.answerOf("i1")["content"].(string); !strings.Contains(got, "bad-example[.]com is blocked") {
		t.Errorf("block answer %q", got)
	}
	h.dispatch("MESSAGE_CREATE", message("b1", "c1", "u1", "look https://bad-example.com/page"))
	h.waitDelete("c1", "b1")

	h.dispatch("INTERACTION_CREATE", interaction("i2", "c1", "member1", permView|permSend, slash("allow", "domain", "dlscord.gift")))
	if got := h.answerOf("i2")["content"].(string); !strings.Contains(got, "only this server's moderators") {
		t.Errorf("allow by a member answered %q, want a refusal", got)
	}
	h.dispatch("MESSAGE_CREATE", message("b2", "c1", "u1", phish))
	h.waitDelete("c1", "b2") // still deleted: nothing was allowed

	h.dispatch("INTERACTION_CREATE", interaction("i3", "c1", "mod1", permManage, slash("lists")))
	if got := h.answerOf("i3")["content"].(string); !strings.Contains(got, "Allowed in this server: none") {
		t.Errorf("lists answered %q", got)
	}
}

func TestStatusNamesMissingPermissions(t *testing.T) {
	t.Parallel()
	h := start(t)
	in := interaction("st", "c1", "mod1", permManage, slash("status"))
	in["app_permissions"] = "3072" // view + send only
	h.dispatch("INTERACTION_CREATE", in)
	got := h.answerOf("st")["content"].(string)
	if !strings.Contains(got, "Missing permissions here: Manage Messages, Moderate Members") {
		t.Errorf("status answered %q", got)
	}
}

func TestSetlogSendsAdminNotes(t *testing.T) {
	t.Parallel()
	h := start(t)
	h.dispatch("INTERACTION_CREATE", interaction("sl", "clog", "owner1", permAdmin, slash("setlog")))
	h.answerOf("sl")
	h.dispatch("MESSAGE_CREATE", message("n1", "c2", "u1", phish))
	h.waitDelete("c2", "n1")
	note := h.waitPost("clog", 1)
	if text := note["content"].(string); !strings.Contains(text, "dlscord[.]gift") || !strings.Contains(text, "User u1 (id u1)") {
		t.Errorf("admin note %q", text)
	}
	assertNoPings(t, note)
}

func TestCheckContextMenu(t *testing.T) {
	t.Parallel()
	h := start(t)
	target := message("t1", "c1", "u9", phish)
	data := map[string]any{"id": "cmd-check", "name": discord.CheckMenu, "type": 3, "target_id": "t1",
		"resolved": map[string]any{"messages": map[string]any{"t1": target}}}
	h.dispatch("INTERACTION_CREATE", interaction("ck", "c1", "member2", permView|permSend, data))
	got := h.answerOf("ck")["content"].(string)
	if !strings.Contains(got, "Dangerous") || !strings.Contains(got, "dlscord[.]gift") {
		t.Errorf("check answered %q", got)
	}
}

func TestReportContextMenu(t *testing.T) {
	t.Parallel()
	h := start(t)
	target := message("t2", "c1", "u9", lure)
	data := map[string]any{"id": "cmd-report", "name": discord.ReportMenu, "type": 3, "target_id": "t2",
		"resolved": map[string]any{"messages": map[string]any{"t2": target}}}
	h.dispatch("INTERACTION_CREATE", interaction("rp", "c1", "member2", permView|permSend, data))
	if got := h.answerOf("rp")["content"].(string); !strings.Contains(got, "admins have been told") {
		t.Errorf("report answered %q", got)
	}
	if note := h.waitPost("c1", 1)["content"].(string); !strings.Contains(note, "photo-album-share[.]net") {
		t.Errorf("report note %q", note)
	}
}

func TestSprayAcrossChannels(t *testing.T) {
	t.Parallel()
	h := start(t)
	for i, ch := range []string{"c1", "c2"} {
		id := "spray" + ch
		h.dispatch("MESSAGE_CREATE", message(id, ch, "hijacked", spray))
		warn := h.waitPost(ch, 1)
		ref, _ := warn["message_reference"].(map[string]any)
		if ref == nil || ref["message_id"] != id {
			t.Errorf("copy %d: warning does not reply to it: %v", i+1, warn)
		}
		assertNoPings(t, warn)
	}
	if n := h.deletes("c1", "sprayc1"); n != 0 {
		t.Fatalf("the first copy was deleted before the account looked hijacked")
	}
	h.dispatch("MESSAGE_CREATE", message("sprayc3", "c3", "hijacked", spray))
	for _, ch := range []string{"c1", "c2", "c3"} {
		h.waitDelete(ch, "spray"+ch)
	}
	patch := h.waitCalls("PATCH", "/guilds/"+guildID+"/members/hijacked", 1)[0].json(t)
	until, err := time.Parse(time.RFC3339, patch["communication_disabled_until"].(string))
	if err != nil {
		t.Fatal(err)
	}
	if d := time.Until(until); d < 23*time.Hour || d > 25*time.Hour {
		t.Errorf("timed out until %s (in %s), want about 24h", until, d)
	}
	var noted bool
	h.waitFor("the admin note", func(f *fake) bool {
		for _, c := range f.matching("POST", "/channels/c3/messages") {
			if strings.Contains(string(c.Body), "Account marked hijacked") {
				noted = true
			}
		}
		return noted
	})

	// a moderator pardons the account: the timeout is lifted
	h.dispatch("INTERACTION_CREATE", interaction("pd", "c1", "mod1", permManage, slash("pardon", "user", "hijacked")))
	if got := h.answerOf("pd")["content"].(string); !strings.Contains(got, "Pardoned") {
		t.Errorf("pardon answered %q", got)
	}
	lift := h.waitCalls("PATCH", "/guilds/"+guildID+"/members/hijacked", 2)[1].json(t)
	if v, ok := lift["communication_disabled_until"]; !ok || v != nil {
		t.Errorf("pardon PATCH %v, want communication_disabled_until null", lift)
	}
}

func TestModeratorNotTimedOut(t *testing.T) {
	t.Parallel()
	h := start(t)
	for _, ch := range []string{"c1", "c2", "c3"} {
		m := message("mod"+ch, ch, "mod1", lure)
		m["member"].(map[string]any)["roles"] = []string{modRole} // Manage Messages: an admin for immune
		h.dispatch("MESSAGE_CREATE", m)
		h.waitPost(ch, 1)
	}
	// a hijacked moderator's copies are swept, and the admins are told
	// instead of a timeout Discord would refuse
	for _, ch := range []string{"c1", "c2", "c3"} {
		h.waitDelete(ch, "mod"+ch)
	}
	h.waitFor("the admin note", func(f *fake) bool {
		for _, c := range f.matching("POST", "/channels/c3/messages") {
			if strings.Contains(string(c.Body), "User mod1 (id mod1)") {
				return true
			}
		}
		return false
	})
	h.stop()
	if n := h.count("PATCH", "/guilds/"+guildID+"/members/mod1"); n != 0 {
		t.Errorf("a moderator was timed out")
	}
}

func TestReconnects(t *testing.T) {
	t.Parallel()
	h := start(t)
	check := func(id, ch string) {
		t.Helper()
		h.dispatch("MESSAGE_CREATE", message(id, ch, "u-"+id, phish))
		h.waitDelete(ch, id)
	}
	check("before", "c1")

	h.drop()
	h.waitFor("RESUME after a dropped connection", func(f *fake) bool { return f.resumes == 1 && f.conn != nil })
	check("after-drop", "c1")

	h.op(7, nil)
	h.waitFor("RESUME after op 7", func(f *fake) bool { return f.resumes == 2 && f.conn != nil })
	check("after-reconnect", "c2")

	h.op(9, false)
	h.waitFor("IDENTIFY after op 9", func(f *fake) bool { return len(f.identifies) == 2 })
	check("after-invalid", "c3")
}

func TestShutdownFinishesQueuedActions(t *testing.T) {
	t.Parallel()
	h := start(t)
	gate := make(chan struct{})
	h.script("DELETE", "/channels/c1/messages/slow", reply{gate: gate})
	h.dispatch("MESSAGE_CREATE", message("slow", "c1", "u1", phish))
	h.waitCalls("DELETE", "/channels/c1/messages/slow", 1) // held by the gate
	h.cancel()
	close(gate)
	h.stop()
	// Run has returned: the delete finished and the notice queued behind
	// it went out before
	if n := len(h.posts("c1")); n != 1 {
		t.Errorf("%d notices after shutdown, want 1:\n%s", n, h.dump())
	}
	if !strings.Contains(h.logs.String(), "discord stopped") {
		t.Errorf("no clean stop in the log")
	}
}

func TestShutdownDrainIsBounded(t *testing.T) {
	t.Parallel()
	h := start(t, func(o *discord.Options) { o.DrainTimeout = 200 * time.Millisecond })
	gate := make(chan struct{})
	defer close(gate) // after the harness stopped: let the fake answer
	h.script("DELETE", "/channels/c1/messages/hung", reply{gate: gate})
	h.dispatch("MESSAGE_CREATE", message("hung", "c1", "u1", phish))
	h.waitCalls("DELETE", "/channels/c1/messages/hung", 1)
	h.stop()
	if !strings.Contains(h.logs.String(), "they stay in the outbox for the next start") {
		t.Errorf("the notice left in the queue was not logged as not done")
	}
	if n := len(h.posts("c1")); n != 0 {
		t.Errorf("%d notices, want none after the drain timed out", n)
	}
}

func TestEmptyContentWarnedOnce(t *testing.T) {
	t.Parallel()
	h := start(t)
	h.dispatch("MESSAGE_CREATE", message("e1", "c1", "u1", ""))
	h.dispatch("MESSAGE_CREATE", message("e2", "c1", "u2", ""))
	h.dispatch("MESSAGE_CREATE", message("e3", "c1", "u3", phish))
	h.waitDelete("c1", "e3")
	if n := strings.Count(h.logs.String(), "Message Content intent"); n != 1 {
		t.Errorf("the missing intent was logged %d times, want once", n)
	}
}

func TestBotsAndSelfIgnored(t *testing.T) {
	t.Parallel()
	h := start(t)
	other := message("bot-msg", "c1", "otherbot", phish)
	other["author"].(map[string]any)["bot"] = true
	self := message("self-msg", "c1", botID, phish)
	h.dispatch("MESSAGE_CREATE", other)
	h.dispatch("MESSAGE_CREATE", self)
	h.dispatch("MESSAGE_CREATE", message("human", "c1", "u1", phish))
	h.waitDelete("c1", "human")
	h.waitPost("c1", 1)
	if n := h.deletes("c1", "bot-msg") + h.deletes("c1", "self-msg"); n != 0 {
		t.Errorf("a bot's message was deleted")
	}
}

func TestMissingIntentStopsRun(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	f.closeOnIdentify = 4014
	db, err := store.Open(filepath.Join(t.TempDir(), "immune.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	engine, err := bot.NewEngine(context.Background(), bot.DefaultConfig(), db, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	a, err := discord.New(discord.Options{Token: "test-token", APIURL: f.srv.URL, Backoff: func(int) time.Duration { return time.Millisecond }}, engine, nil)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- a.Run(context.Background()) }()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "Message Content intent") {
			t.Errorf("Run = %v, want an error that names the Message Content intent", err)
		}
	case <-time.After(waitLimit):
		t.Fatal("Run kept retrying a refused intent")
	}
	f.mu.Lock()
	n := len(f.identifies)
	f.mu.Unlock()
	if n != 1 {
		t.Errorf("%d IDENTIFYs, want 1: a refused intent is not retried", n)
	}
}

func TestNewRejectsBadOptions(t *testing.T) {
	t.Parallel()
	db, err := store.Open(filepath.Join(t.TempDir(), "immune.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	engine, err := bot.NewEngine(context.Background(), bot.DefaultConfig(), db, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for name, o := range map[string]discord.Options{
		"no token":  {},
		"bad shard": {Token: "x", ShardID: 2, ShardCount: 2},
		"bad url":   {Token: "x", APIURL: "discord.com"},
	} {
		if _, err := discord.New(o, engine, nil); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
