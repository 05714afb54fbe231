package telegram

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf16"
)

// fakeAPI is a Bot API server for tests: it answers the methods the
// adapter uses, records every call, queues updates for getUpdates (long
// polling included), and can be told to fail calls.
type fakeAPI struct {
	srv   *httptest.Server
	token string
	botID int64

	mu        sync.Mutex
	changed   chan struct{} // closed and replaced whenever something is recorded
	calls     []apiCall
	updates   []json.RawMessage // queued updates; update_id is index+1
	confirmed int               // updates below this id were confirmed by an offset
	served    []time.Time       // when each update was first handed out, by update_id-1
	nextMsg   int
	members   map[[2]int64]map[string]any // chat, user → ChatMember
	faults    map[string][]fault
	gates     map[string]chan struct{}
	waiting   map[string]int // calls waiting at a gate now
	// held are the messages (chat/id) whose delete waits at a gate now,
	// whether it went alone (deleteMessage) or with others
	held    map[string]int
	aborted map[string]int // calls the client gave up while they waited

	conns   atomic.Int64    // connections opened to the fake
	deleted map[string]bool // chat/message deleted: deleting again is "not found"
	// delay is how long every answer but getUpdates takes, and
	// limit429, when set, answers a call with a 429 instead (it is
	// called outside f.mu); set them with f.mu held
	delay    time.Duration
	limit429 func(method string, p url.Values) (retryAfter int, limited bool)
}

// apiCall is one recorded request.
type apiCall struct {
	Method string
	Params url.Values
	Status int       // the HTTP status answered
	Sent   int       // sendMessage: the id of the message sent
	At     time.Time // when it was answered
}

func (c apiCall) get(k string) string { return c.Params.Get(k) }

// fault is an error answer to give instead of the real one.
type fault struct {
	status     int
	desc       string
	retryAfter int
	match      func(url.Values) bool // nil: any call of the method
	hangup     bool                  // close the connection without an answer
}

const (
	testToken   = "123456:TEST-token_never_logged"
	testBotID   = 999
	testBotName = "immune_test_bot"
)

func newFakeAPI(t testing.TB) *fakeAPI {
	f := &fakeAPI{
		token:   testToken,
		botID:   testBotID,
		changed: make(chan struct{}),
		nextMsg: 10000,
		members: make(map[[2]int64]map[string]any),
		faults:  make(map[string][]fault),
		gates:   make(map[string]chan struct{}),
		waiting: make(map[string]int),
		held:    make(map[string]int),
		aborted: make(map[string]int),
	}
	f.srv = httptest.NewUnstartedServer(http.HandlerFunc(f.serve))
	f.srv.Config.ConnState = func(_ net.Conn, st http.ConnState) {
		if st == http.StateNew {
			f.conns.Add(1)
		}
	}
	f.srv.Start()
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeAPI) URL() string { return f.srv.URL }

// notify wakes waiters; f.mu is held.
func (f *fakeAPI) notify() {
	close(f.changed)
	f.changed = make(chan struct{})
}

func (f *fakeAPI) record(c apiCall) {
	c.At = time.Now()
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls = append(f.calls, c)
	f.notify()
}

// push queues an update (update_id is set) and returns its id.
func (f *fakeAPI) push(u map[string]any) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	id := len(f.updates) + 1
	u["update_id"] = id
	b, err := json.Marshal(u)
	if err != nil {
		panic(err)
	}
	f.updates = append(f.updates, b)
	f.notify()
	return id
}

// fail makes the next call of method that matches answer with the fault.
func (f *fakeAPI) fail(method string, ft fault) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.faults[method] = append(f.faults[method], ft)
}

// gate makes calls of method wait until the returned func is called.
func (f *fakeAPI) gate(method string) (release func()) {
	f.mu.Lock()
	defer f.mu.Unlock()
	ch := make(chan struct{})
	f.gates[method] = ch
	var once sync.Once
	return func() { once.Do(func() { close(ch) }) }
}

// setMember sets a member's status (and rights) in a chat.
func (f *fakeAPI) setMember(chat, user int64, status string, rights map[string]bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	m := map[string]any{"status": status, "user": map[string]any{"id": user, "is_bot": user == f.botID, "first_name": fmt.Sprintf("User%d", user)}}
	for k, v := range rights {
		m[k] = v
	}
	f.members[[2]int64{chat, user}] = m
}

// callsOf returns the recorded calls of a method.
func (f *fakeAPI) callsOf(method string) []apiCall {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []apiCall
	for _, c := range f.calls {
		if c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

// waitFor waits until cond holds over the recorded calls, or fails the
// test after a generous deadline.
func (f *fakeAPI) waitFor(t *testing.T, what string, cond func(calls []apiCall) bool) []apiCall {
	t.Helper()
	deadline := time.NewTimer(20 * time.Second)
	defer deadline.Stop()
	for {
		f.mu.Lock()
		calls := append([]apiCall(nil), f.calls...)
		ch := f.changed
		f.mu.Unlock()
		if cond(calls) {
			return calls
		}
		select {
		case <-ch:
		case <-deadline.C:
			t.Fatalf("timed out waiting for %s; calls:\n%s", what, dumpCalls(calls))
		}
	}
}

// waitCall waits for a successful call of method whose params include
// every key and value in want, and returns it.
func (f *fakeAPI) waitCall(t *testing.T, method string, want map[string]string) apiCall {
	t.Helper()
	var found apiCall
	f.waitFor(t, fmt.Sprintf("%s %v", method, want), func(calls []apiCall) bool {
		for _, c := range calls {
			if c.Method == method && c.Status == http.StatusOK && matches(c, want) {
				found = c
				return true
			}
		}
		return false
	})
	return found
}

// waitDeleted waits until a message was deleted, by deleteMessage or as
// one of a deleteMessages request.
func (f *fakeAPI) waitDeleted(t *testing.T, chat int64, id int) {
	t.Helper()
	f.waitFor(t, fmt.Sprintf("message %d of %d deleted", id, chat), func([]apiCall) bool {
		f.mu.Lock()
		defer f.mu.Unlock()
		return f.deleted[itoa(chat)+"/"+strconv.Itoa(id)]
	})
}

// deletes counts the successful requests that deleted a message: its own
// deleteMessage, or a deleteMessages naming it.
func (f *fakeAPI) deletes(chat int64, id int) int {
	n := 0
	for _, c := range append(f.callsOf("deleteMessage"), f.callsOf("deleteMessages")...) {
		if c.Status != 200 || c.get("chat_id") != itoa(chat) {
			continue
		}
		switch c.Method {
		case "deleteMessage":
			if c.get("message_id") == strconv.Itoa(id) {
				n++
			}
		case "deleteMessages":
			var ids []int
			json.Unmarshal([]byte(c.get("message_ids")), &ids)
			if slices.Contains(ids, id) {
				n++
			}
		}
	}
	return n
}

// count returns how many calls of method match want.
func (f *fakeAPI) count(method string, want map[string]string) int {
	n := 0
	for _, c := range f.callsOf(method) {
		if matches(c, want) {
			n++
		}
	}
	return n
}

func matches(c apiCall, want map[string]string) bool {
	for k, v := range want {
		if c.Params.Get(k) != v {
			return false
		}
	}
	return true
}

func dumpCalls(calls []apiCall) string {
	var b strings.Builder
	for _, c := range calls {
		if c.Method == "getUpdates" {
			continue
		}
		fmt.Fprintf(&b, "  %s %d %v\n", c.Method, c.Status, c.Params)
	}
	return b.String()
}

func (f *fakeAPI) serve(w http.ResponseWriter, r *http.Request) {
	prefix := "/bot" + f.token + "/"
	if !strings.HasPrefix(r.URL.Path, prefix) {
		writeJSON(w, http.StatusNotFound, map[string]any{"ok": false, "error_code": 404, "description": "Not Found"})
		return
	}
	method := strings.TrimPrefix(r.URL.Path, prefix)
	if err := r.ParseForm(); err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]any{"ok": false, "error_code": 400, "description": "Bad Request: " + err.Error()})
		return
	}
	params := r.PostForm

	f.mu.Lock()
	gate, delay, limit429 := f.gates[method], f.delay, f.limit429
	var ft *fault
	for i, x := range f.faults[method] {
		if x.match == nil || x.match(params) {
			ft = &x
			f.faults[method] = append(f.faults[method][:i:i], f.faults[method][i+1:]...)
			break
		}
	}
	f.mu.Unlock()

	if ft != nil {
		if ft.hangup {
			f.record(apiCall{Method: method, Params: params, Status: 0})
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				conn.Close()
			}
			return
		}
		f.record(apiCall{Method: method, Params: params, Status: ft.status})
		body := map[string]any{"ok": false, "error_code": ft.status, "description": ft.desc}
		if ft.retryAfter > 0 {
			body["parameters"] = map[string]any{"retry_after": ft.retryAfter}
		}
		writeJSON(w, ft.status, body)
		return
	}
	if delay > 0 && method != "getUpdates" {
		time.Sleep(delay)
	}
	if limit429 != nil {
		if ra, ok := limit429(method, params); ok {
			f.record(apiCall{Method: method, Params: params, Status: 429})
			writeJSON(w, 429, map[string]any{"ok": false, "error_code": 429, "description": fmt.Sprintf("Too Many Requests: retry after %d", ra),
				"parameters": map[string]any{"retry_after": ra}})
			return
		}
	}
	if gate != nil {
		held := deleted(method, params)
		f.hold(method, held, 1)
		select {
		case <-gate:
			f.hold(method, held, -1)
		case <-r.Context().Done():
			f.hold(method, held, -1)
			f.bump(f.aborted, method, 1)
			return
		}
	}
	if method == "getUpdates" {
		f.getUpdates(w, r, params)
		return
	}
	result, status, desc := f.answer(method, params)
	c := apiCall{Method: method, Params: params, Status: status}
	if m, ok := result.(map[string]any); ok && method == "sendMessage" {
		c.Sent, _ = m["message_id"].(int)
	}
	f.record(c)
	if status != http.StatusOK {
		writeJSON(w, status, map[string]any{"ok": false, "error_code": status, "description": desc})
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"ok": true, "result": result})
}

func (f *fakeAPI) answer(method string, p url.Values) (any, int, string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if (method == "sendMessage" || method == "editMessageText") && len(utf16.Encode([]rune(p.Get("text")))) > 4096 {
		// Telegram's limit is 4,096 UTF-16 code units
		return nil, http.StatusBadRequest, "Bad Request: message is too long"
	}
	switch method {
	case "getMe":
		return map[string]any{"id": f.botID, "is_bot": true, "first_name": "immune", "username": testBotName}, 200, ""
	case "sendMessage":
		f.nextMsg++
		chat, _ := strconv.ParseInt(p.Get("chat_id"), 10, 64)
		return map[string]any{"message_id": f.nextMsg, "date": time.Now().Unix(),
			"chat": map[string]any{"id": chat, "type": "supergroup"}, "text": p.Get("text")}, 200, ""
	case "getChatMember":
		chat, _ := strconv.ParseInt(p.Get("chat_id"), 10, 64)
		user, _ := strconv.ParseInt(p.Get("user_id"), 10, 64)
		if m, ok := f.members[[2]int64{chat, user}]; ok {
			return m, 200, ""
		}
		return map[string]any{"status": "member", "user": map[string]any{"id": user, "first_name": "Someone"}}, 200, ""
	case "getChatAdministrators":
		chat, _ := strconv.ParseInt(p.Get("chat_id"), 10, 64)
		var out []any
		for k, m := range f.members {
			if k[0] == chat && (m["status"] == "administrator" || m["status"] == "creator") {
				out = append(out, m)
			}
		}
		return out, 200, ""
	case "deleteMessage":
		key := p.Get("chat_id") + "/" + p.Get("message_id")
		if f.deleted[key] {
			return nil, http.StatusBadRequest, "Bad Request: message to delete not found"
		}
		if f.deleted == nil {
			f.deleted = make(map[string]bool)
		}
		f.deleted[key] = true
		return true, 200, ""
	case "deleteMessages":
		var ids []int
		if err := json.Unmarshal([]byte(p.Get("message_ids")), &ids); err != nil || len(ids) == 0 || len(ids) > 100 {
			return nil, http.StatusBadRequest, "Bad Request: message_ids must be 1 to 100 message identifiers"
		}
		if f.deleted == nil {
			f.deleted = make(map[string]bool)
		}
		for _, id := range ids {
			f.deleted[p.Get("chat_id")+"/"+strconv.Itoa(id)] = true
		}
		return true, 200, ""
	case "restrictChatMember", "setMyCommands", "setWebhook", "deleteWebhook", "answerCallbackQuery",
		"banChatMember", "banChatSenderChat":
		return true, 200, ""
	case "editMessageText":
		chat, _ := strconv.ParseInt(p.Get("chat_id"), 10, 64)
		id, _ := strconv.Atoi(p.Get("message_id"))
		return map[string]any{"message_id": id, "date": time.Now().Unix(),
			"chat": map[string]any{"id": chat, "type": "supergroup"}, "text": p.Get("text")}, 200, ""
	}
	return nil, http.StatusNotFound, "Not Found: method not found"
}

// getUpdates answers with the updates from offset on; with none queued it
// waits up to timeout seconds for one, or until the client goes away.
func (f *fakeAPI) getUpdates(w http.ResponseWriter, r *http.Request, p url.Values) {
	offset, _ := strconv.Atoi(p.Get("offset"))
	timeout, _ := strconv.Atoi(p.Get("timeout"))
	limit, _ := strconv.Atoi(p.Get("limit"))
	if limit <= 0 || limit > 100 {
		limit = 100
	}
	f.record(apiCall{Method: "getUpdates", Params: p, Status: 200})
	deadline := time.NewTimer(time.Duration(timeout) * time.Second)
	defer deadline.Stop()
	for {
		f.mu.Lock()
		if offset > f.confirmed {
			// a test may wait for it (waitConfirmed): wake it, or it
			// sleeps until something else changes
			f.confirmed = offset
			f.notify()
		}
		var out []json.RawMessage
		now := time.Now()
		for i := max(f.confirmed, 1) - 1; i < len(f.updates) && len(out) < limit; i++ {
			out = append(out, f.updates[i])
			for len(f.served) <= i {
				f.served = append(f.served, time.Time{})
			}
			if f.served[i].IsZero() {
				f.served[i] = now
			}
		}
		ch := f.changed
		f.mu.Unlock()
		if len(out) > 0 || timeout == 0 {
			if out == nil {
				out = []json.RawMessage{}
			}
			writeJSON(w, http.StatusOK, map[string]any{"ok": true, "result": out})
			return
		}
		select {
		case <-ch:
		case <-deadline.C:
			writeJSON(w, http.StatusOK, map[string]any{"ok": true, "result": []any{}})
			return
		case <-r.Context().Done():
			f.bump(f.aborted, "getUpdates", 1)
			return
		}
	}
}

// deleted returns the messages (chat/id) a delete call names.
func deleted(method string, p url.Values) []string {
	switch method {
	case "deleteMessage":
		return []string{p.Get("chat_id") + "/" + p.Get("message_id")}
	case "deleteMessages":
		var ids []int
		json.Unmarshal([]byte(p.Get("message_ids")), &ids)
		var out []string
		for _, id := range ids {
			out = append(out, p.Get("chat_id")+"/"+strconv.Itoa(id))
		}
		return out
	}
	return nil
}

// hold counts a call (and the messages it deletes) in or out of a gate.
func (f *fakeAPI) hold(method string, msgs []string, n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.waiting[method] += n
	for _, m := range msgs {
		f.held[m] += n
	}
	f.notify()
}

func (f *fakeAPI) bump(m map[string]int, method string, n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	m[method] += n
	f.notify()
}

// waitState waits until cond, called with f.mu held, holds.
func (f *fakeAPI) waitState(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.NewTimer(20 * time.Second)
	defer deadline.Stop()
	for {
		f.mu.Lock()
		ok := cond()
		ch := f.changed
		f.mu.Unlock()
		if ok {
			return
		}
		select {
		case <-ch:
		case <-deadline.C:
			t.Fatalf("timed out waiting for %s", what)
		}
	}
}

// waitConfirmed waits until polling confirmed update id: the bot asked
// for updates past it, which it does only once the update is handled (a
// message judged, its decision committed and its tasks queued).
func (f *fakeAPI) waitConfirmed(t *testing.T, id int) {
	t.Helper()
	f.waitState(t, fmt.Sprintf("update %d confirmed", id), func() bool { return f.confirmed > id })
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
