package telegram

import (
	"fmt"

	"github.com/immunebot/immune/bot"
)

// texts are the adapter's own sentences, about Telegram itself: the
// greeting and the bot's rights. What the engine decides comes with its
// own texts.
var texts = map[bot.Lang]map[string]string{
	bot.English: {
		"hello":          "🛡️ immune is here. I remove phishing links, lookalike domains and disguised files, and say why. Admins: /help.",
		"rights-ok":      "✅ I have the rights I need: delete messages and ban users.",
		"rights-missing": "⚠️ I can't fully protect this chat yet: please make me an admin with the right to %s (Group settings → Administrators).",
		"rights-unknown": "⚠️ I couldn't check my admin rights just now.",
		"right-delete":   "delete messages",
		"right-restrict": "ban users",
		"and":            " and ",
	},
	bot.Vietnamese: {
		"hello":          "🛡️ immune đã vào nhóm. Tôi xoá liên kết lừa đảo, tên miền nhái và tệp giả dạng, và giải thích lý do. Quản trị viên: /help.",
		"rights-ok":      "✅ Tôi đã có đủ quyền cần thiết: xoá tin nhắn và cấm người dùng.",
		"rights-missing": "⚠️ Tôi chưa thể bảo vệ nhóm đầy đủ: hãy cho tôi làm quản trị viên với quyền %s (Cài đặt nhóm → Quản trị viên).",
		"rights-unknown": "⚠️ Tôi chưa kiểm tra được quyền quản trị của mình lúc này.",
		"right-delete":   "xoá tin nhắn",
		"right-restrict": "cấm người dùng",
		"and":            " và ",
	},
}

// say returns the adapter's sentence key in language l (English if l has
// none), with args filled in.
func say(l bot.Lang, key string, args ...any) string {
	t, ok := texts[l][key]
	if !ok {
		t = texts[bot.English][key]
	}
	if len(args) == 0 {
		return t
	}
	return fmt.Sprintf(t, args...)
}

// commandHelp is the one-line description of each command that Telegram
// clients show in their command menu.
var commandHelp = map[bot.Lang]map[string]string{
	bot.English: {
		"status":    "What I protect and how, and my rights here",
		"mode":      "off, warn or delete: how I handle threats",
		"allow":     "DOMAIN: never flag this domain here",
		"unallow":   "DOMAIN: take a domain off the allow list",
		"block":     "DOMAIN: always delete this domain here",
		"unblock":   "DOMAIN: take a domain off the block list",
		"lists":     "This chat's allow and block lists",
		"pardon":    "@username, name or id: clear strikes and lift the mute",
		"offenders": "[from K]: accounts flagged in this group, 20 at a time",
		"check":     "Judge a message (reply to it, or add text) and explain",
		"report":    "Reply to a message to send it to the admins",
		"lang":      "en or vi: the language of my messages",
		"why":       "Reply to my notice (or give a message id): why it went",
		"audit":     "[N] [from K]: the last N decisions here (from the K-th newest)",
		"setlog":    "Send admin notes to a private chat (or: here, off)",
		"link":      "In a private admin chat: link a group's admin notes here",
		"help":      "What I do and my commands",
	},
	bot.Vietnamese: {
		"status":    "Tình trạng bảo vệ và quyền của bot",
		"mode":      "off, warn hoặc delete: cách xử lý mối nguy",
		"allow":     "DOMAIN: không bao giờ chặn tên miền này",
		"unallow":   "DOMAIN: bỏ tên miền khỏi danh sách cho phép",
		"block":     "DOMAIN: luôn xoá tên miền này",
		"unblock":   "DOMAIN: bỏ tên miền khỏi danh sách chặn",
		"lists":     "Danh sách cho phép và chặn của nhóm",
		"pardon":    "@tên_người_dùng, tên hoặc id: xoá cảnh cáo và gỡ cấm chat",
		"offenders": "[từ K]: các tài khoản bị cảnh cáo trong nhóm, mỗi lần 20",
		"check":     "Kiểm tra tin nhắn (trả lời nó, hoặc thêm nội dung) và giải thích",
		"report":    "Trả lời một tin nhắn để gửi cho quản trị viên",
		"lang":      "en hoặc vi: ngôn ngữ của bot",
		"why":       "Trả lời thông báo của bot (hoặc ghi id tin nhắn): lý do",
		"audit":     "[N] [từ K]: N quyết định gần nhất (kể từ quyết định mới thứ K)",
		"setlog":    "Gửi thông báo quản trị vào nhóm riêng (hoặc: here, off)",
		"link":      "Trong nhóm quản trị riêng: nhận thông báo của một nhóm",
		"help":      "Bot làm gì và các lệnh",
	},
}

// describeCommand returns a command's menu description in l; a command
// the adapter has no words for is described by its name.
func describeCommand(l bot.Lang, name string) string {
	if d := commandHelp[l][name]; d != "" {
		return d
	}
	if d := commandHelp[bot.English][name]; d != "" {
		return d
	}
	return name
}
