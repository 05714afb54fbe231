package telegram

import (
	"context"
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store"
)

// TestAuditSaysWhatItLeftOut: through the real Bot API client, /audit in
// a group with more decisions than one answer shows says how many older
// ones it left out and what to send for them, and following that reaches
// every decision once, though new decisions come in between the pages
// (a busy group): the next page starts at a cursor (from #…), not at a
// number that the new ones shift. Before, each page was "from K": three
// new decisions showed the last three of the page before again. Asked for
// more than 50, it says 50 is the most. Each answer fits one Telegram
// message whole. /offenders, 20 accounts at a time, says how many more
// there are and takes "from K".
func TestAuditSaysWhatItLeftOut(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	const flagged = 60
	for i := range flagged {
		// each from another member, so that no one is muted
		h.api.push(msgUpdate(textMsg(chatA, 1000+int64(i), 10+i, h.at(i), phish)))
	}
	h.waitRecorded(t, chatA, 10+flagged-1)
	id := 500
	audit := func(lang, args string) string {
		t.Helper()
		id++
		h.api.push(msgUpdate(groupMsg(chatA, "Group A", admin, lang, id, h.at(100+id), strings.TrimSpace("/audit "+args))))
		return h.api.waitCall(t, "sendMessage", replyTo(chatA, id)).get("text")
	}
	head := regexp.MustCompile(`^Decisions (?:1–\d+ of 60 here|here from #[0-9a-v]+ on \((\d+) in all\)), newest first:`)
	more := regexp.MustCompile(`\n(\d+) older decisions? (?:are|is) not shown: audit 50 from (\S+) shows`)
	seen := map[string]int{}
	args, total, newer := "100", 0, 0
	for round := 0; args != ""; round++ {
		got := audit("en", args)
		if utf8.RuneCountInString(got) > 4000 || strings.HasSuffix(got, "…") || !strings.HasSuffix(got, "\n(At most 50 decisions at a time.)") {
			t.Fatalf("/audit %s answered %d characters:\n%s", args, utf8.RuneCountInString(got), got)
		}
		m := head.FindStringSubmatch(got)
		if m == nil {
			t.Fatalf("/audit %s answered:\n%s", args, got)
		}
		n := strings.Count(got, "\n•")
		if m[1] != "" && mustAtoi(t, m[1]) != flagged-total {
			t.Errorf("/audit %s says %s from there on, want %d", args, m[1], flagged-total)
		}
		for _, x := range regexp.MustCompile(`· message (\d+)`).FindAllStringSubmatch(got, -1) {
			seen[x[1]]++
		}
		total += n
		args = ""
		if m := more.FindStringSubmatch(got); m != nil {
			if left := mustAtoi(t, m[1]); left != flagged-total {
				t.Errorf("/audit shows %d of %d and says %d are left", total, flagged, left)
			}
			args = "100 from " + m[2]
		} else if total != flagged {
			t.Errorf("/audit %s shows %d of %d and says nothing of the rest:\n%s", args, total, flagged, got)
		}
		if round > 5 {
			t.Fatal("audit's answers never reach the oldest decision")
		}
		// three more flagged before the admin asks for the next page
		for range 3 {
			h.api.push(msgUpdate(textMsg(chatA, 2000+int64(newer), 200+newer, h.at(70+newer), phish)))
			newer++
		}
		h.waitRecorded(t, chatA, 200+newer-1)
	}
	if len(seen) != flagged {
		t.Errorf("following audit's answers showed %d of %d decisions", len(seen), flagged)
	}
	for msg, n := range seen {
		if n != 1 || mustAtoi(t, msg) >= 200 {
			t.Errorf("message %s shown %d times", msg, n)
		}
	}
	all := flagged + newer
	got := audit("en", "")
	if !strings.HasPrefix(got, fmt.Sprintf("Decisions 1–10 of %d here", all)) ||
		!regexp.MustCompile(fmt.Sprintf("\n%d older decisions are not shown: audit 10 from #[0-9a-v]{4,20} shows the next 10\\.$", all-10)).MatchString(got) {
		t.Errorf("/audit answered:\n%s", got)
	}
	if got := audit("en", "fifty"); !strings.Contains(got, "audit N from K") {
		t.Errorf("/audit fifty answered %q", got)
	}
	if got := audit("en", fmt.Sprintf("10 from %d", all+1)); got != fmt.Sprintf("Only %d decisions are on record here, so there is nothing from number %d on: send audit for the latest.", all, all+1) {
		t.Errorf("/audit 10 from %d answered %q", all+1, got)
	}
	// the same in Vietnamese, once the chat speaks it
	id++
	h.api.push(msgUpdate(groupMsg(chatA, "Group A", admin, "vi", id, h.at(100+id), "/lang vi")))
	h.api.waitCall(t, "sendMessage", replyTo(chatA, id))
	got = audit("vi", "")
	next := regexp.MustCompile(fmt.Sprintf("\nCòn %d quyết định cũ hơn chưa hiện: audit 10 từ (#[0-9a-v]{4,20}) hiện 10 quyết định tiếp theo\\.$", all-10)).FindStringSubmatch(got)
	if !strings.HasPrefix(got, fmt.Sprintf("Quyết định 1–10 trong %d quyết định của nhóm", all)) || next == nil {
		t.Fatalf("/audit in Vietnamese answered:\n%s", got)
	}
	// "từ" typed as macOS sends it (decomposed), or without its marks
	for _, from := range []string{norm.NFD.String("từ"), "tu", "TỪ"} {
		if got := audit("vi", "10 "+from+" "+next[1]); !strings.HasPrefix(got, "Quyết định của nhóm từ "+next[1]+" trở về trước (tổng cộng "+strconv.Itoa(all-10)+"), mới nhất trước:") {
			t.Errorf("/audit 10 %q %s answered:\n%s", from, next[1], got)
		}
	}
	if got := audit("vi", "100 từ 51"); !strings.Contains(got, fmt.Sprintf("Quyết định 51–%d", all)) || !strings.HasSuffix(got, "(Mỗi lần hiện tối đa 50 quyết định.)") {
		t.Errorf("/audit 100 từ 51 answered:\n%s", got)
	}
	// offenders, 20 at a time, says the same of the accounts
	offenders := func(args string) string {
		t.Helper()
		id++
		h.api.push(msgUpdate(groupMsg(chatA, "Group A", admin, "vi", id, h.at(100+id), strings.TrimSpace("/offenders "+args))))
		return h.api.waitCall(t, "sendMessage", replyTo(chatA, id)).get("text")
	}
	// following the từ #… of each answer reaches every account once,
	// though more are flagged between the pages (two in the same second:
	// Telegram's times are whole seconds)
	accounts := map[string]int{}
	args = ""
	for round := 0; ; round++ {
		got := offenders(args)
		for _, x := range regexp.MustCompile(`\(telegram:(\d+)\)`).FindAllStringSubmatch(got, -1) {
			accounts[x[1]]++
		}
		m := regexp.MustCompile(`\nCòn (\d+) tài khoản khác bị ghi nhận trong nhóm, gặp trước đó: offenders từ (#[0-9a-v.]+) hiện các tài khoản tiếp theo\.$`).FindStringSubmatch(got)
		if m == nil {
			if len(accounts) != all || strings.Contains(got, "Còn") {
				t.Errorf("/offenders %s shows %d of %d and says:\n%s", args, len(accounts), all, got)
			}
			break
		}
		if strings.Count(got, "\n•") != 20 || mustAtoi(t, m[1]) != all-len(accounts) {
			t.Errorf("/offenders %s answered:\n%s", args, got)
		}
		args = "từ " + m[2]
		if round > 5 {
			t.Fatal("offenders' answers never reach the oldest account")
		}
		for range 2 {
			h.api.push(msgUpdate(textMsg(chatA, 3000+int64(newer), 200+newer, h.at(90), phish)))
			newer++
		}
		h.waitRecorded(t, chatA, 200+newer-1)
	}
	for a, n := range accounts {
		if n != 1 || mustAtoi(t, a) >= 3000 {
			t.Errorf("account %s shown %d times", a, n)
		}
	}
	if got := offenders("từ 41"); strings.Count(got, "\n•") != 20 || !strings.Contains(got, "Còn") {
		t.Errorf("/offenders từ 41 answered:\n%s", got)
	}
	if got := offenders("all"); !strings.Contains(got, "offenders từ K") {
		t.Errorf("/offenders all answered %q", got)
	}
	// a member is refused, and is shown nothing
	id++
	h.api.push(msgUpdate(groupMsg(chatA, "Group A", member, "en", id, h.at(100+id), "/audit 50 from 2")))
	if got := h.api.waitCall(t, "sendMessage", replyTo(chatA, id)).get("text"); !strings.Contains(got, "chỉ quản trị viên") || strings.Contains(got, "•") {
		t.Errorf("a member's /audit answered %q", got)
	}
}

func mustAtoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestStatusInAPrivateChat: /status (and /start, /lists, /report) in a
// private chat with the bot says what the bot does and how to put it in a group,
// in the sender's language, instead of "immune is protecting this chat"
// and a chat's settings; no rights are asked of Telegram for it.
func TestStatusInAPrivateChat(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	id := 700
	private := func(lang, text string) string {
		t.Helper()
		id++
		from := userObj(member, "Mia")
		from["language_code"] = lang
		h.api.push(msgUpdate(map[string]any{"message_id": id, "date": h.at(1), "text": text, "from": from,
			"chat": map[string]any{"id": member, "type": "private", "first_name": "Mia"}}))
		return h.api.waitCall(t, "sendMessage", replyTo(member, id)).get("text")
	}
	for _, c := range []struct{ lang, text, want string }{
		{"en", "/status", "To protect a group: add me to it, make me an admin with the rights Delete messages and Ban users"},
		{"en", "/start", "I'm immune. I protect groups from phishing links"},
		{"vi", "/start", "Tôi là immune."},
		{"vi", "/status", "Để bảo vệ một nhóm: thêm tôi vào nhóm, cho tôi làm quản trị viên với quyền Xoá tin nhắn và Cấm người dùng"},
		{"en", "/lists", "there is nothing here for me to protect"},
		{"en", "/report", "report works in a group"},
		{"vi", "/report", "report dùng trong nhóm"},
	} {
		got := private(c.lang, c.text)
		if !strings.Contains(got, c.want) || strings.Contains(got, "protecting this chat") || strings.Contains(got, "Mode:") {
			t.Errorf("%s in a private chat (%s) answered:\n%s", c.text, c.lang, got)
		}
	}
	if n := h.api.count("getChatMember", map[string]string{"chat_id": itoa(member)}); n != 0 {
		t.Errorf("asked Telegram %d times for rights in a private chat", n)
	}
}

// TestRenamedAccountIsFoundByItsNewUsername: through the real Bot API
// client, an account flagged as @eve_old that then writes (a plain
// message, flagging nothing) as @eve_new is listed and pardoned by the new
// username, and the old one, which another account may take, finds it no
// more; a later message without a username drops it. Messages that tell
// the name on record write nothing. Before, the record kept @eve_old for
// good: /pardon @eve_new found no one.
func TestRenamedAccountIsFoundByItsNewUsername(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	db := h.db.(*store.DB)
	ctx := context.Background()
	acct := bot.AccountKey{Platform: bot.Telegram, User: itoa(spammer)}
	id := 300
	post := func(first, username, text string) {
		id++
		m := textMsg(chatA, spammer, id, h.at(id), text)
		from := map[string]any{"id": spammer, "is_bot": false, "first_name": first}
		if username != "" {
			from["username"] = username
		}
		m["from"] = from
		h.api.push(msgUpdate(m))
	}
	waitName := func(want string) {
		t.Helper()
		for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(5 * time.Millisecond) {
			o, err := h.db.Offender(ctx, acct)
			if err == nil && o.Name == want {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("the record's name is %q (%v), want %q", o.Name, err, want)
			}
		}
	}
	command := func(text string) string {
		t.Helper()
		id++
		h.api.push(msgUpdate(textMsg(chatA, admin, id, h.at(id), text)))
		return asRead(h.api.waitCall(t, "sendMessage", replyTo(chatA, id)).get("text"))
	}
	post("Eve", "eve_old", phish)
	waitName("Eve (@eve_old)")
	post("Eve", "eve_new", "good morning everyone")
	waitName("Eve (@eve_new)")
	if got := command("/offenders"); !strings.Contains(got, "• Eve (@eve_new) (telegram:777): 1") || strings.Contains(got, "eve_old") {
		t.Errorf("offenders after the rename:\n%s", got)
	}
	if got := command("/pardon @eve_old"); !strings.Contains(got, "no record of @eve_old") {
		t.Errorf("pardon by the username given up: %q", got)
	}
	// the same name again and again writes nothing; a member's phish
	// after them, once handled, shows they were
	before := db.Writes().OffenderRecords
	for range 5 {
		post("Eve", "eve_new", "still here")
	}
	post("Eve", "eve_new", benign)
	id++
	h.api.push(msgUpdate(textMsg(chatA, member, id, h.at(id), phish)))
	h.api.waitCall(t, "deleteMessage", ids(chatA, id))
	if n := db.Writes().OffenderRecords - before; n != 1 {
		t.Errorf("%d offender records written for 6 messages with the name on record and one member's phish, want 1 (the member's)", n)
	}
	// the username given up
	post("Eve", "", "bye")
	waitName("Eve")
	if got := command("/pardon @eve_new"); !strings.Contains(got, "no record of @eve_new") {
		t.Errorf("pardon by the username given up: %q", got)
	}
	if got := command("/pardon Eve"); !strings.Contains(got, "Pardoned Eve: strikes cleared (1)") {
		t.Errorf("pardon by name: %q", got)
	}
}

// TestAdminCheckThatFailsSaysSo: through the real Bot API client, when
// Telegram cannot answer whether the sender of /mode is an admin, nothing
// changes and the admin is told the check failed and to try again, not
// that only admins may use it; the retry works. Before, the answer was
// "Sorry, only this chat's admins can use mode".
func TestAdminCheckThatFailsSaysSo(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.api.fail("getChatMember", fault{status: 400, desc: "Bad Request: chat not found", match: func(v url.Values) bool { return v.Get("user_id") == itoa(admin) }})
	h.api.push(msgUpdate(groupMsg(chatA, "Group A", admin, "en", 900, h.at(1), "/mode warn")))
	got := h.api.waitCall(t, "sendMessage", replyTo(chatA, 900)).get("text")
	if got != "I couldn't check with Telegram just now whether you are an admin here, so mode did nothing. Please try again in a moment." {
		t.Errorf("/mode with the admin check failing answered %q", got)
	}
	if s := h.engine.ChatSettings(context.Background(), bot.ChatKey{Platform: bot.Telegram, Chat: itoa(chatA)}); s.Mode == bot.ModeWarn {
		t.Error("the mode changed without a verified admin")
	}
	h.api.push(msgUpdate(groupMsg(chatA, "Group A", admin, "en", 901, h.at(2), "/mode warn")))
	if got := h.api.waitCall(t, "sendMessage", replyTo(chatA, 901)).get("text"); !strings.HasPrefix(got, "Mode set: warn") {
		t.Errorf("the retry answered %q", got)
	}
	// a member whose check works is refused as a member
	h.api.push(msgUpdate(groupMsg(chatA, "Group A", member, "en", 902, h.at(3), "/mode off")))
	if got := h.api.waitCall(t, "sendMessage", replyTo(chatA, 902)).get("text"); !strings.Contains(got, "only this chat's admins") {
		t.Errorf("a member's /mode answered %q", got)
	}
}
