package bot

import (
	"fmt"
	"strings"
)

// adminReplies are the sentences of admin notes, their buttons, /why,
// /audit and log-chat linking, in English and Vietnamese. They join
// replies (say finds them there) at start.
var adminReplies = map[string][2]string{
	// admin notes
	"note-deleted": {"🛡️ Deleted a message from %s (id %s) in «%s»:", "🛡️ Đã xoá tin nhắn của %s (id %s) trong «%s»:"},
	"note-warned":  {"⚠️ Warned about a message from %s (id %s) in «%s»:", "⚠️ Đã cảnh báo tin nhắn của %s (id %s) trong «%s»:"},
	"note-other":   {"🛡️ About a message from %s (id %s) in «%s»:", "🛡️ Về tin nhắn của %s (id %s) trong «%s»:"},
	"note-why":     {"Why: %s", "Lý do: %s"},
	"note-done":    {"Done: %s", "Đã làm: %s"},
	"note-hijacked": {
		"⚠️ Account marked hijacked: %s.",
		"⚠️ Tài khoản bị đánh dấu là bị chiếm: %s.",
	},
	"note-swept":   {"Deleted %d earlier copies in other chats.", "Đã xoá %d bản sao trước đó ở các nhóm khác."},
	"note-admin":   {"The sender is an admin of the chat.", "Người gửi là quản trị viên của nhóm."},
	"act-delete":   {"deleted", "xoá"},
	"act-warn":     {"warned", "cảnh báo"},
	"act-restrict": {"muted until %s", "cấm chat đến %s"},
	"act-notify_admins": {
		"admins told", "báo quản trị viên",
	},
	"act-none":     {"nothing (recorded only)", "không làm gì (chỉ ghi nhận)"},
	"level-allow":  {"allow", "cho phép"},
	"level-warn":   {"warn", "cảnh báo"},
	"level-delete": {"delete", "xoá"},

	// buttons and presses
	"button-not_a_threat":     {"✅ Not a threat", "✅ Không nguy hiểm"},
	"button-repost":           {"↩️ Repost the message", "↩️ Đăng lại tin nhắn"},
	"button-ban":              {"🚫 Ban", "🚫 Cấm khỏi nhóm"},
	"button-block_everywhere": {"⛔ Block domain everywhere", "⛔ Chặn tên miền ở mọi nhóm"},
	"pressed-not-threat": {
		"✅ Not a threat (%s, %s): the domain is allowed here, the strike taken back, the mute and hijacked mark lifted.",
		"✅ Không nguy hiểm (%s, %s): đã cho phép tên miền trong nhóm, rút lại cảnh cáo, gỡ cấm chat và dấu bị chiếm.",
	},
	"pressed-repost": {"↩️ Reposted (%s, %s).", "↩️ Đã đăng lại (%s, %s)."},
	"pressed-ban":    {"🚫 Banned (%s, %s).", "🚫 Đã cấm khỏi nhóm (%s, %s)."},
	"pressed-block":  {"⛔ %s blocked everywhere (%s, %s).", "⛔ Đã chặn %s ở mọi nhóm (%s, %s)."},
	"done-not-threat": {
		"Done: %s allowed in «%s»; the strike taken back, the mute and the hijacked mark lifted.",
		"Xong: đã cho phép %s trong «%s»; rút lại cảnh cáo, gỡ cấm chat và dấu bị chiếm.",
	},
	"done-repost": {"Done: the message is posted again in «%s».", "Xong: đã đăng lại tin nhắn trong «%s»."},
	"done-ban":    {"Done: %s is banned from «%s».", "Xong: đã cấm %s khỏi «%s»."},
	"done-block":  {"Done: %s is blocked in every chat.", "Xong: đã chặn %s ở mọi nhóm."},
	"press-already": {
		"Already done by %s (%s); nothing changed.",
		"%s đã làm việc này (%s); không có gì thay đổi.",
	},
	"press-admins": {
		"Only the admins of «%s» can do this. Nothing was changed.",
		"Chỉ quản trị viên của «%s» mới làm được việc này. Không có gì thay đổi.",
	},
	"press-operators": {
		"Only the bot's operators can block a domain everywhere. Nothing was changed.",
		"Chỉ người vận hành bot mới chặn được tên miền ở mọi nhóm. Không có gì thay đổi.",
	},
	"press-nothing": {"There is nothing to do for this message.", "Không có gì để làm với tin nhắn này."},
	"press-gone": {
		"This note is too old: its record is gone.",
		"Thông báo này đã quá cũ: bản ghi của nó không còn.",
	},
	"repost": {
		"↩️ A message from %s was removed by mistake. Here it is again, with its links written safely:\n«%s»",
		"↩️ Tin nhắn của %s đã bị xoá nhầm. Đây là nội dung, với liên kết được viết an toàn:\n«%s»",
	},

	// why and audit
	"why-usage": {
		"Reply with why to my notice (or to the message), or give a message id or link: why 12345.",
		"Trả lời thông báo của bot (hoặc tin nhắn) bằng why, hoặc ghi id hay liên kết của tin nhắn: why 12345.",
	},
	"why-none": {
		"I have no decision about message %s in my records here.",
		"Bot không có quyết định nào về tin nhắn %s trong nhóm này.",
	},
	"why-head":    {"Message %s from %s (id %s) in «%s», %s", "Tin nhắn %s của %s (id %s) trong «%s», %s"},
	"why-verdict": {"Verdict: %s, score %.2f. Reasons:", "Kết luận: %s, điểm %.2f. Lý do:"},
	"why-actions": {"Done: %s", "Đã làm: %s"},
	"why-press":   {"%s — %s, %s", "%s — %s, %s"},
	"audit-usage": {
		"audit N shows the last N decisions here (1 to %d), and audit N from K the N from the K-th newest on: for example audit 20, then the audit 20 from #… that its last line names for the 20 before those (audit 20 from 21 works too, but shifts when new decisions come in).",
		"audit N hiện N quyết định gần nhất trong nhóm (1 đến %d), và audit N từ K hiện N quyết định kể từ quyết định mới thứ K: ví dụ audit 20, rồi lệnh audit 20 từ #… ở dòng cuối để xem 20 quyết định trước đó (audit 20 từ 21 cũng được, nhưng sẽ lệch khi có quyết định mới).",
	},
	"audit-head-range": {
		"Decisions %d–%d of %s here, newest first:",
		"Quyết định %d–%d trong %s quyết định của nhóm, mới nhất trước:",
	},
	"audit-head-cursor": {
		"Decisions here from #%s on (%s in all), newest first:",
		"Quyết định của nhóm từ #%s trở về trước (tổng cộng %s), mới nhất trước:",
	},
	"audit-more": {
		"%s older decisions are not shown: audit %d from #%s shows the next %d.",
		"Còn %s quyết định cũ hơn chưa hiện: audit %d từ #%s hiện %d quyết định tiếp theo.",
	},
	"audit-more-one": {
		"1 older decision is not shown: audit %d from #%s shows it.",
		"Còn 1 quyết định cũ hơn chưa hiện: audit %d từ #%s hiện quyết định đó.",
	},
	"audit-capped": {
		"(At most %d decisions at a time.)",
		"(Mỗi lần hiện tối đa %d quyết định.)",
	},
	"audit-from-past-one": {
		"Only %d decision is on record here, so there is nothing from number %d on: send audit for it.",
		"Nhóm chỉ có %d quyết định được ghi lại nên không có gì từ quyết định số %d trở đi: gửi audit để xem quyết định đó.",
	},
	"audit-from-past": {
		"Only %d decisions are on record here, so there is nothing from number %d on: send audit for the latest.",
		"Nhóm chỉ có %d quyết định được ghi lại nên không có gì từ quyết định số %d trở đi: gửi audit để xem các quyết định gần nhất.",
	},
	"audit-from-far": {
		"audit counts back %s decisions at most. To go further back, follow the audit … from #… that the last line of each answer names.",
		"audit chỉ đếm lùi tối đa %s quyết định. Để xem cũ hơn, hãy dùng lệnh audit … từ #… ở dòng cuối mỗi câu trả lời.",
	},
	"audit-cursor-past": {
		"Nothing is on record here from #%s on: it is older than every decision kept, or mistyped. Send audit for the latest.",
		"Không có quyết định nào từ #%s trở về trước: mốc này cũ hơn mọi quyết định còn lưu, hoặc bị gõ sai. Gửi audit để xem các quyết định gần nhất.",
	},
	"more-than":      {"more than %s", "hơn %s"},
	"audit-none":     {"No decisions recorded here yet.", "Chưa có quyết định nào được ghi lại trong nhóm."},
	"audit-head":     {"The last %d decisions here, newest first:", "%d quyết định gần nhất trong nhóm, mới nhất trước:"},
	"audit-head-one": {"The last decision here:", "Quyết định gần nhất trong nhóm:"},
	"audit-msg":      {"message %s", "tin nhắn %s"},

	// log chat
	"setlog-code": {
		"To get the admin notes in a private chat: add me there, then send this in it within %[2]s:\n/link %[1]s\nTo keep them in this chat, send /setlog here.",
		"Để nhận thông báo quản trị trong một nhóm riêng: thêm bot vào đó, rồi gửi lệnh sau trong đó trong vòng %[2]s:\n/link %[1]s\nĐể giữ thông báo ở nhóm này, gửi /setlog here.",
	},
	"link-code": {
		"To send a group's admin notes here: send this in that group within %[2]s:\n/setlog %[1]s",
		"Để nhận thông báo quản trị của một nhóm ở đây: gửi lệnh sau trong nhóm đó trong vòng %[2]s:\n/setlog %[1]s",
	},
	"setlog-usage": {
		"\"%s\" is not a code. Use /setlog (a code to link a private admin chat), /setlog here (the notes in this chat) or /setlog off (no log chat).",
		"\"%s\" không phải là mã. Dùng /setlog (lấy mã để liên kết nhóm quản trị riêng), /setlog here (thông báo vào nhóm này) hoặc /setlog off (bỏ nhóm nhật ký).",
	},
	"link-usage": {
		"\"%s\" is not a code. Send /link CODE with the code /setlog gave in the group, or /link alone for a code to send there.",
		"\"%s\" không phải là mã. Gửi /link MÃ với mã mà /setlog đưa trong nhóm, hoặc chỉ /link để lấy mã gửi vào nhóm đó.",
	},
	"link-bad-code": {
		"\"%s\" is not a live code. Send /setlog in the group (or /link here) for a new one.",
		"\"%s\" không phải mã còn hiệu lực. Gửi /setlog trong nhóm (hoặc /link ở đây) để lấy mã mới.",
	},
	"link-wrong-command": {
		"That code is for %[1]s: send %[1]s %[2]s in the other chat. It is still good.",
		"Mã này dùng cho %[1]s: gửi %[1]s %[2]s ở nhóm kia. Mã vẫn còn hiệu lực.",
	},
	"link-other-person": {
		"This code was asked for by another admin: the same person has to send both commands.",
		"Mã này do quản trị viên khác tạo: cùng một người phải gửi cả hai lệnh.",
	},
	"link-same-chat": {
		"That is this same chat: send /setlog here to keep the admin notes here.",
		"Đây chính là nhóm này: gửi /setlog here để giữ thông báo quản trị ở đây.",
	},
	"link-not-admin": {
		"You have to be an admin of both chats. Nothing was changed.",
		"Bạn phải là quản trị viên của cả hai nhóm. Không có gì thay đổi.",
	},
	"link-unverified": {
		"I could not check that you are an admin of the other chat; please try again in a moment.",
		"Bot chưa kiểm tra được bạn có là quản trị viên của nhóm kia không; vui lòng thử lại sau.",
	},
	"admin-anonymous": {
		"You are sending as the chat (an anonymous admin), so I can't tell which admin you are, nor check you against the other chat. Send it as yourself: turn off Remain anonymous for a moment. Nothing was changed.",
		"Bạn đang gửi dưới danh nghĩa nhóm (quản trị viên ẩn danh) nên bot không biết bạn là quản trị viên nào và không kiểm tra được với nhóm kia. Hãy gửi bằng tài khoản của bạn: tạm tắt chế độ ẩn danh. Không có gì thay đổi.",
	},
	"help-discord": {
		`immune keeps this server safe from phishing links, lookalike domains and disguised files.
Commands (🔒 for moderators: Manage Messages, Manage Server or Administrator from a server role):
/immune status: what I protect and how, and the permissions I lack
/immune mode 🔒 (off, warn or delete): record only / warn only / delete confident threats
/immune allow 🔒, /immune unallow 🔒 (a domain or link): never flag a domain in this server
/immune block 🔒, /immune unblock 🔒 (a domain or link): always delete links to a domain in this server
/immune lists (list: allow or block; from: start at the K-th, or at an entry): this server's allow and block lists
/immune pardon 🔒 (a member): clear the member's strikes and hijacked mark, lift the timeout
/immune offenders 🔒 (from: the #… an answer names, or K for the K-th): accounts flagged in this server, 20 at a time
/immune why 🔒 (a message's id or link), or the menu Why? (immune) on my notice: why a message went
/immune audit 🔒 (count: 1 to 50; from: the #… an answer names, or K for the K-th newest): the latest decisions in this server
/immune check (a message or link), or the menu Check with immune on a message: judge it and explain why
Report to admins, the menu on a message: send it to the admins
/immune lang 🔒 (en or vi): language of my messages
/immune setlog 🔒 (to:off to stop): admin notes come to the channel you send it in
/immune help: this text
The menus are under Apps when you right-click (or long-press) a message.`,
		`immune bảo vệ máy chủ khỏi liên kết lừa đảo, tên miền nhái và tệp giả dạng.
Lệnh (🔒 dành cho người kiểm duyệt: quyền Quản lý tin nhắn, Quản lý máy chủ hoặc Quản trị viên từ vai trò của máy chủ):
/immune status: tình trạng bảo vệ và các quyền bot còn thiếu
/immune mode 🔒 (off, warn hoặc delete): chỉ ghi nhận / chỉ cảnh báo / xoá mối nguy chắc chắn
/immune allow 🔒, /immune unallow 🔒 (tên miền hoặc liên kết): không bao giờ chặn tên miền này trong máy chủ
/immune block 🔒, /immune unblock 🔒 (tên miền hoặc liên kết): luôn xoá liên kết tới tên miền này trong máy chủ
/immune lists (list: allow hoặc block; from: bắt đầu từ mục thứ K, hoặc từ một mục): danh sách cho phép và chặn của máy chủ
/immune pardon 🔒 (thành viên): xoá cảnh cáo, bỏ đánh dấu bị chiếm, gỡ hạn chế
/immune offenders 🔒 (from: mốc #… ở dòng cuối kết quả, hoặc K cho tài khoản thứ K): các tài khoản bị cảnh cáo trong máy chủ, mỗi lần 20
/immune why 🔒 (id hoặc liên kết của tin nhắn), hoặc menu Vì sao? (immune) trên thông báo của bot: vì sao tin nhắn bị xử lý
/immune audit 🔒 (count: 1 đến 50; from: mốc #… ở dòng cuối kết quả, hoặc K cho quyết định mới thứ K): các quyết định gần nhất trong máy chủ
/immune check (tin nhắn hoặc liên kết), hoặc menu Kiểm tra với immune trên một tin nhắn: kiểm tra và giải thích
Báo cáo cho quản trị viên, menu trên một tin nhắn: gửi tin đó cho quản trị viên
/immune lang 🔒 (en hoặc vi): ngôn ngữ của bot
/immune setlog 🔒 (to:off để bỏ): thông báo quản trị gửi vào kênh bạn dùng lệnh này
/immune help: trợ giúp
Các menu nằm trong mục Ứng dụng khi bấm chuột phải (hoặc nhấn giữ) vào một tin nhắn.`,
	},
	"link-discord": {
		"On Discord, use setlog in the channel that is to get the admin notes.",
		"Trên Discord, dùng setlog trong kênh muốn nhận thông báo quản trị.",
	},
	"linked": {
		"Linked: the admin notes of «%s» now come to «%s».",
		"Đã liên kết: thông báo quản trị của «%s» sẽ được gửi tới «%s».",
	},
	"setlog-off-chat": {
		"The admin notes will come to this chat itself again.",
		"Thông báo quản trị sẽ lại được gửi ngay trong nhóm này.",
	},
	"setlog-off-channel": {
		"There is no log channel now: admins are told in each channel itself.",
		"Giờ không còn kênh nhật ký: thông báo quản trị được gửi ngay trong từng kênh.",
	},
}

func init() {
	for k, v := range adminReplies {
		if _, dup := replies[k]; dup {
			panic("bot: reply key " + k + " defined twice")
		}
		replies[k] = v
	}
}

// adminNote writes the admin note about a decision, in the chat's
// language: the chat by title, the sender by name and id, the message's
// text (defanged, trimmed), the reasons and what was done.
func adminNote(l Lang, m *Message, d *Decision, evidence string) string {
	t := textsFor(l)
	head := "note-other"
	switch {
	case d.Has(ActDelete):
		head = "note-deleted"
	case d.Has(ActWarn):
		head = "note-warned"
	}
	var b strings.Builder
	b.WriteString(say(l, head, nameOr(m.UserName, m.User), m.User, nameOr(m.ChatTitle, m.Chat)))
	if x := excerpt(m.Text); x != "" {
		b.WriteString("\n«" + x + "»")
	}
	var reasons []string
	for _, r := range d.Verdict.Reasons {
		s := t.codeShort[r.Code]
		if s == "" {
			s = string(r.Code)
		}
		if r.Subject != "" {
			s += " (" + r.Subject + ")"
		}
		if !contains(reasons, s) {
			reasons = append(reasons, s)
		}
		if len(reasons) == 4 {
			break
		}
	}
	if len(reasons) > 0 {
		b.WriteString("\n")
		b.WriteString(say(l, "note-why", strings.Join(reasons, "; ")))
	}
	var acts []Action
	for _, a := range d.Actions {
		if a != ActNotifyAdmins {
			acts = append(acts, a)
		}
	}
	b.WriteString("\n")
	b.WriteString(say(l, "note-done", actionWords(l, acts, d.RestrictUntil)))
	if evidence != "" {
		b.WriteString("\n")
		b.WriteString(say(l, "note-hijacked", t.codeShort[CodeFanOut]))
	}
	if len(d.Sweep) > 0 {
		b.WriteString("\n")
		fmt.Fprintf(&b, say(l, "note-swept"), len(d.Sweep))
	}
	if m.IsAdmin {
		b.WriteString("\n")
		b.WriteString(say(l, "note-admin"))
	}
	return b.String()
}
