package discord_test

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// The fake server's fixed ids.
const (
	appID   = "app1"
	botID   = "bot1"
	guildID = "g1"
	ownerID = "owner1"
	modRole = "rmod"
	// adminRole has Administrator.
	adminRole = "radmin"
)

// waitLimit is the generous deadline of every wait on the fakes; a test
// that reaches it has failed, so it is never part of a passing run's time.
const waitLimit = 20 * time.Second

// call is one REST request the fake answered.
type call struct {
	Method string
	Path   string // without the /api/vN prefix
	Body   []byte
	At     time.Time // by the fake's clock
}

// json decodes the call's body.
func (c call) json(t *testing.T) map[string]any {
	t.Helper()
	var v map[string]any
	if err := json.Unmarshal(c.Body, &v); err != nil {
		t.Fatalf("%s %s: body %q: %v", c.Method, c.Path, c.Body, err)
	}
	return v
}

// reply is a scripted answer.
type reply struct {
	status int
	body   string
	header map[string]string
	gate   chan struct{} // when set, the answer waits until it is closed
	sticky bool          // answer this every time from now on
}

// fake is Discord: a REST API on an httptest server and a gateway on the
// same server, both recording what the bot does.
type fake struct {
	t   *testing.T
	srv *httptest.Server

	mu      sync.Mutex
	calls   []call
	scripts map[string][]reply // "METHOD /path" → answers in order
	wake    chan struct{}      // closed and replaced on every change

	// gateway
	conn       *gwConn
	seq        int
	identifies []map[string]any
	resumes    int
	heartbeats int
	sessions   int
	// closeOnIdentify, when set, is the close code the gateway answers
	// IDENTIFY with (4014: disallowed intents).
	closeOnIdentify int
	// clock, when set, times the calls (call.At); else the wall clock.
	clock func() time.Time
	// members are the roles of members the REST API knows, by server and
	// user; GET of any other member is Unknown Member.
	members map[[2]string][]string
	// guildLater, when set, leaves the server unavailable after READY: no
	// GUILD_CREATE comes, as for a while after start in a large server or
	// in one of Discord's outages. The REST API still answers for it.
	guildLater bool
}

// setMember makes a member of a server, with roles, known to the REST API.
func (f *fake) setMember(guild, user string, roles ...string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.members == nil {
		f.members = map[[2]string][]string{}
	}
	f.members[[2]string{guild, user}] = append([]string{}, roles...)
}

type gwConn struct {
	mu sync.Mutex // gorilla allows one writer at a time
	c  *websocket.Conn
}

func (g *gwConn) send(v any) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.c.WriteJSON(v)
}

var apiPrefix = regexp.MustCompile(`^/api/v\d+`)

func newFake(t *testing.T) *fake {
	f := &fake{t: t, scripts: map[string][]reply{}, wake: make(chan struct{})}
	mux := http.NewServeMux()
	mux.HandleFunc("/gateway", f.serveGateway)
	mux.HandleFunc("/gateway/", f.serveGateway) // discordgo adds a slash
	mux.HandleFunc("/", f.serveREST)
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.srv.Close)
	return f
}

// changed wakes every waiter; f.mu is held.
func (f *fake) changed() {
	close(f.wake)
	f.wake = make(chan struct{})
}

// script queues answers for one method and path (without /api/vN).
func (f *fake) script(method, path string, rs ...reply) {
	f.mu.Lock()
	defer f.mu.Unlock()
	k := method + " " + path
	f.scripts[k] = append(f.scripts[k], rs...)
}

// waitFor waits until cond holds over the fake's record, or fails the test.
func (f *fake) waitFor(what string, cond func(f *fake) bool) {
	f.t.Helper()
	deadline := time.NewTimer(waitLimit)
	defer deadline.Stop()
	for {
		f.mu.Lock()
		ok := cond(f)
		wake := f.wake
		f.mu.Unlock()
		if ok {
			return
		}
		select {
		case <-wake:
		case <-deadline.C:
			f.t.Fatalf("timed out waiting for %s; calls:\n%s", what, f.dump())
		}
	}
}

// matching returns the recorded calls with this method whose path matches.
// f.mu must be held, or the test must be past every call.
// deletes counts the requests that deleted a message: its own DELETE, or
// a bulk delete naming it.
func (f *fake) deletes(ch, id string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.deletesLocked(ch, id)
}

// deletesLocked is deletes with f.mu held, as in waitFor's conditions.
func (f *fake) deletesLocked(ch, id string) int {
	n := len(f.matching("DELETE", "/channels/"+ch+"/messages/"+id))
	for _, c := range f.matching("POST", "/channels/"+ch+"/messages/bulk-delete") {
		var in struct {
			Messages []string `json:"messages"`
		}
		if json.Unmarshal(c.Body, &in) == nil && slices.Contains(in.Messages, id) {
			n++
		}
	}
	return n
}

func (f *fake) matching(method, path string) []call {
	var out []call
	for _, c := range f.calls {
		if c.Method == method && c.Path == path {
			out = append(out, c)
		}
	}
	return out
}

// waitCalls waits until n calls with this method and path were made and
// returns them.
func (f *fake) waitCalls(method, path string, n int) []call {
	f.t.Helper()
	var out []call
	f.waitFor(fmt.Sprintf("%d× %s %s", n, method, path), func(f *fake) bool {
		out = f.matching(method, path)
		return len(out) >= n
	})
	return out
}

// count returns how many calls with this method and path were made so far.
func (f *fake) count(method, path string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.matching(method, path))
}

// snapshot returns the calls so far.
func (f *fake) snapshot() []call {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]call(nil), f.calls...)
}

func (f *fake) dump() string {
	var b strings.Builder
	for _, c := range f.snapshot() {
		fmt.Fprintf(&b, "  %s %s %s\n", c.Method, c.Path, c.Body)
	}
	return b.String()
}

func (f *fake) serveREST(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	path := apiPrefix.ReplaceAllString(r.URL.Path, "")
	if r.Header.Get("Authorization") != "Bot test-token" {
		w.WriteHeader(http.StatusUnauthorized)
		io.WriteString(w, `{"message": "401: Unauthorized", "code": 0}`)
		return
	}
	f.mu.Lock()
	at := time.Now()
	if f.clock != nil {
		at = f.clock()
	}
	f.calls = append(f.calls, call{Method: r.Method, Path: path, Body: body, At: at})
	k := r.Method + " " + path
	var rp *reply
	if rs := f.scripts[k]; len(rs) > 0 {
		x := rs[0]
		rp = &x
		if !x.sticky {
			f.scripts[k] = rs[1:]
		}
	}
	f.changed()
	f.mu.Unlock()
	if rp != nil {
		if rp.gate != nil {
			<-rp.gate
		}
		for k, v := range rp.header {
			w.Header().Set(k, v)
		}
		if rp.status != 0 {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(rp.status)
			io.WriteString(w, rp.body)
			return
		}
	}
	f.answer(w, r.Method, path, body)
}

var (
	reChannelMessage = regexp.MustCompile(`^/channels/([^/]+)/messages/([^/]+)$`)
	reChannelPost    = regexp.MustCompile(`^/channels/([^/]+)/messages$`)
	reBulkDelete     = regexp.MustCompile(`^/channels/([^/]+)/messages/bulk-delete$`)
	reMember         = regexp.MustCompile(`^/guilds/([^/]+)/members/([^/]+)$`)
	reCommands       = regexp.MustCompile(`^/applications/([^/]+)/commands$`)
	reCallback       = regexp.MustCompile(`^/interactions/([^/]+)/([^/]+)/callback$`)
	reFollowup       = regexp.MustCompile(`^/webhooks/([^/]+)/([^/]+)$`)
	reBan            = regexp.MustCompile(`^/guilds/([^/]+)/bans/([^/]+)$`)
	reGuild          = regexp.MustCompile(`^/guilds/([^/]+)$`)
)

// answer is the fake's default behaviour, like Discord's on success.
func (f *fake) answer(w http.ResponseWriter, method, path string, body []byte) {
	w.Header().Set("Content-Type", "application/json")
	ok := func(v any) { json.NewEncoder(w).Encode(v) }
	switch {
	case method == "GET" && (path == "/gateway" || path == "/gateway/bot"):
		ok(map[string]any{"url": "ws" + strings.TrimPrefix(f.srv.URL, "http") + "/gateway", "shards": 1,
			"session_start_limit": map[string]any{"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}})
	case method == "GET" && path == "/users/@me":
		ok(map[string]any{"id": botID, "username": "immune", "bot": true})
	case method == "PUT" && reCommands.MatchString(path):
		w.Write(body)
	case method == "DELETE" && reChannelMessage.MatchString(path):
		w.WriteHeader(http.StatusNoContent)
	case method == "POST" && reBulkDelete.MatchString(path):
		var in struct {
			Messages []string `json:"messages"`
		}
		if json.Unmarshal(body, &in) != nil || len(in.Messages) < 2 || len(in.Messages) > 100 {
			w.WriteHeader(http.StatusBadRequest)
			io.WriteString(w, `{"message": "Invalid Form Body", "code": 50035}`)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	case method == "POST" && reChannelPost.MatchString(path):
		ch := reChannelPost.FindStringSubmatch(path)[1]
		var in map[string]any
		json.Unmarshal(body, &in)
		ok(map[string]any{"id": fmt.Sprintf("sent-%d", time.Now().UnixNano()), "channel_id": ch, "content": in["content"],
			"author": map[string]any{"id": botID, "username": "immune", "bot": true}, "timestamp": time.Now().UTC().Format(time.RFC3339)})
	case method == "GET" && reMember.MatchString(path):
		m := reMember.FindStringSubmatch(path)
		f.mu.Lock()
		roles, ok := f.members[[2]string{m[1], m[2]}]
		f.mu.Unlock()
		if !ok {
			w.WriteHeader(http.StatusNotFound)
			io.WriteString(w, `{"message": "Unknown Member", "code": 10007}`)
			return
		}
		ok2 := map[string]any{"user": map[string]any{"id": m[2], "username": m[2]}, "roles": roles, "joined_at": "2020-01-01T00:00:00Z"}
		json.NewEncoder(w).Encode(ok2)
	case method == "PATCH" && reMember.MatchString(path):
		m := reMember.FindStringSubmatch(path)
		var in map[string]any
		json.Unmarshal(body, &in)
		ok(map[string]any{"user": map[string]any{"id": m[2], "username": m[2]}, "roles": []string{}, "joined_at": "2020-01-01T00:00:00Z",
			"communication_disabled_until": in["communication_disabled_until"]})
	case method == "POST" && reCallback.MatchString(path):
		w.WriteHeader(http.StatusNoContent)
	case method == "POST" && reFollowup.MatchString(path):
		var in map[string]any
		json.Unmarshal(body, &in)
		ok(map[string]any{"id": fmt.Sprintf("followup-%d", time.Now().UnixNano()), "content": in["content"], "flags": in["flags"]})
	case method == "PUT" && reBan.MatchString(path):
		w.WriteHeader(http.StatusNoContent)
	case method == "GET" && reGuild.MatchString(path) && reGuild.FindStringSubmatch(path)[1] == guildID:
		g := guildCreate() // the REST API's server has no channels or members
		delete(g, "channels")
		delete(g, "members")
		ok(g)
	default:
		w.WriteHeader(http.StatusNotFound)
		io.WriteString(w, `{"message": "404: Not Found", "code": 0}`)
	}
}

// Gateway.

var upgrader = websocket.Upgrader{}

func (f *fake) serveGateway(w http.ResponseWriter, r *http.Request) {
	c, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	conn := &gwConn{c: c}
	defer c.Close()
	if err := conn.send(map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": 45000}}); err != nil {
		return
	}
	for {
		var p struct {
			Op int             `json:"op"`
			D  json.RawMessage `json:"d"`
		}
		if err := c.ReadJSON(&p); err != nil {
			f.mu.Lock()
			if f.conn == conn {
				f.conn = nil
			}
			f.changed()
			f.mu.Unlock()
			return
		}
		switch p.Op {
		case 1:
			f.mu.Lock()
			f.heartbeats++
			f.mu.Unlock()
			conn.send(map[string]any{"op": 11})
		case 2:
			var d map[string]any
			json.Unmarshal(p.D, &d)
			f.mu.Lock()
			f.identifies = append(f.identifies, d)
			if code := f.closeOnIdentify; code != 0 {
				f.changed()
				f.mu.Unlock()
				conn.mu.Lock()
				c.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(code, "Disallowed intent(s)."))
				conn.mu.Unlock()
				return
			}
			f.sessions++
			session := fmt.Sprintf("session-%d", f.sessions)
			f.seq++
			ready := map[string]any{"op": 0, "t": "READY", "s": f.seq, "d": map[string]any{
				"v": 10, "session_id": session, "resume_gateway_url": "ws" + strings.TrimPrefix(f.srv.URL, "http") + "/gateway",
				"user":        map[string]any{"id": botID, "username": "immune", "bot": true},
				"application": map[string]any{"id": appID, "flags": 0},
				"guilds":      []any{map[string]any{"id": guildID, "unavailable": true}},
			}}
			conn.send(ready)
			if !f.guildLater {
				f.seq++
				conn.send(map[string]any{"op": 0, "t": "GUILD_CREATE", "s": f.seq, "d": guildCreate()})
			}
			f.conn = conn
			f.changed()
			f.mu.Unlock()
		case 6:
			f.mu.Lock()
			f.resumes++
			f.seq++
			conn.send(map[string]any{"op": 0, "t": "RESUMED", "s": f.seq, "d": map[string]any{}})
			f.conn = conn
			f.changed()
			f.mu.Unlock()
		}
	}
}

// dispatch sends an event on the current gateway connection.
func (f *fake) dispatch(typ string, d any) {
	f.t.Helper()
	f.waitFor("a gateway connection", func(f *fake) bool { return f.conn != nil })
	f.mu.Lock()
	defer f.mu.Unlock()
	f.seq++
	if err := f.conn.send(map[string]any{"op": 0, "t": typ, "s": f.seq, "d": d}); err != nil {
		f.t.Fatalf("dispatch %s: %v", typ, err)
	}
}

// op sends a bare gateway opcode (7 RECONNECT, 9 INVALID_SESSION).
func (f *fake) op(op int, d any) {
	f.t.Helper()
	f.waitFor("a gateway connection", func(f *fake) bool { return f.conn != nil })
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.conn.send(map[string]any{"op": op, "d": d}); err != nil {
		f.t.Fatalf("op %d: %v", op, err)
	}
	if op == 7 {
		f.conn = nil // the bot is to come back with RESUME
	}
}

// drop cuts the gateway connection without a close frame.
func (f *fake) drop() {
	f.t.Helper()
	f.waitFor("a gateway connection", func(f *fake) bool { return f.conn != nil })
	f.mu.Lock()
	defer f.mu.Unlock()
	f.conn.c.UnderlyingConn().Close()
	f.conn = nil
}

// The server the fake gateway announces: roles, channels and members.
const (
	permView    = 1 << 10
	permSend    = 1 << 11
	permManage  = 1 << 13
	permHistory = 1 << 16
	permAdmin   = 1 << 3
	permTimeout = 1 << 40
)

func guildCreate() map[string]any {
	ch := func(id, name string) map[string]any {
		return map[string]any{"id": id, "type": 0, "name": name, "permission_overwrites": []any{}}
	}
	return map[string]any{
		"id": guildID, "name": "Test server", "owner_id": ownerID, "preferred_locale": "en-US", "joined_at": "2020-01-01T00:00:00Z", "member_count": 5,
		"roles": []any{
			map[string]any{"id": guildID, "name": "@everyone", "permissions": fmt.Sprint(permView | permSend | permHistory)},
			map[string]any{"id": modRole, "name": "mods", "permissions": fmt.Sprint(permManage)},
			map[string]any{"id": adminRole, "name": "admins", "permissions": fmt.Sprint(permAdmin)},
			map[string]any{"id": "rbot", "name": "immune", "permissions": fmt.Sprint(permManage | permTimeout)},
		},
		"channels": []any{ch("c1", "general"), ch("c2", "random"), ch("c3", "offtopic"), ch("c4", "memes"), ch("clog", "mod-log")},
		"members": []any{
			map[string]any{"user": map[string]any{"id": botID, "username": "immune", "bot": true}, "roles": []string{"rbot"}, "joined_at": "2020-01-01T00:00:00Z"},
		},
	}
}

// Payload builders.

var longAgo = time.Date(2021, 3, 1, 0, 0, 0, 0, time.UTC)

// message is a MESSAGE_CREATE payload from a plain member who joined long
// ago.
func message(id, ch, user, content string) map[string]any {
	return map[string]any{
		"id": id, "channel_id": ch, "guild_id": guildID, "content": content, "type": 0,
		"timestamp":   time.Now().UTC().Format(time.RFC3339Nano),
		"author":      map[string]any{"id": user, "username": "user_" + user, "global_name": "User " + user},
		"member":      map[string]any{"roles": []string{}, "joined_at": longAgo.Format(time.RFC3339)},
		"attachments": []any{}, "embeds": []any{}, "mentions": []any{},
	}
}

// interaction is an INTERACTION_CREATE payload for an application command
// from a member with the given permissions in the channel, which it has
// from the server's roles: Administrator from adminRole, Manage Messages
// from modRole.
func interaction(id, ch, user string, perms int64, data map[string]any) map[string]any {
	roles := []string{}
	if perms&permAdmin != 0 {
		roles = append(roles, adminRole)
	}
	if perms&permManage != 0 {
		roles = append(roles, modRole)
	}
	in := channelInteraction(id, ch, user, perms, data)
	in["member"].(map[string]any)["roles"] = roles
	return in
}

// channelInteraction is an INTERACTION_CREATE payload from a member with no
// role: the permissions are the channel's, from its overwrites.
func channelInteraction(id, ch, user string, perms int64, data map[string]any) map[string]any {
	return map[string]any{
		"id": id, "application_id": appID, "type": 2, "token": "token-" + id, "version": 1,
		"guild_id": guildID, "channel_id": ch, "locale": "en-US",
		"app_permissions": fmt.Sprint(permView | permSend | permHistory | permManage | permTimeout),
		"member": map[string]any{
			"user": map[string]any{"id": user, "username": "user_" + user}, "roles": []string{},
			"joined_at": longAgo.Format(time.RFC3339), "permissions": fmt.Sprint(perms),
		},
		"data": data,
	}
}

// slash is the data of /immune SUB [option: value].
func slash(sub string, opts ...any) map[string]any {
	s := map[string]any{"name": sub, "type": 1}
	if len(opts) == 2 {
		typ := 3
		if opts[0] == "user" {
			typ = 6
		}
		s["options"] = []any{map[string]any{"name": opts[0], "type": typ, "value": opts[1]}}
	}
	return map[string]any{"id": "cmd-immune", "name": "immune", "type": 1, "options": []any{s}}
}
