package bot

import "fmt"

// replies are the answers to commands, in each language, by key.
var replies = map[string][2]string{
	"refused": {
		"Sorry, only this chat's admins can use %s. Nothing was changed.",
		"Xin lỗi, chỉ quản trị viên của nhóm mới dùng được lệnh %s. Không có gì thay đổi.",
	},
	"refused-view": {
		"Sorry, only this chat's admins can use %s: it shows other members' records.",
		"Xin lỗi, chỉ quản trị viên của nhóm mới dùng được lệnh %s vì lệnh này hiện hồ sơ của thành viên khác.",
	},
	"refused-direct": {
		"%s is for a group's admins: send it in the group. Here, in our private chat, link, pardon and why work for the groups whose admin notes come here.",
		"%s dành cho quản trị viên của nhóm: hãy gửi lệnh trong nhóm. Ở chat riêng này chỉ dùng được link, pardon và why cho các nhóm gửi thông báo quản trị về đây.",
	},
	"refused-unknown": {
		"I couldn't check with Telegram just now whether you are an admin here, so %s did nothing. Please try again in a moment.",
		"Bot chưa kiểm tra được với Telegram bạn có là quản trị viên ở đây không nên lệnh %s chưa làm gì. Vui lòng thử lại sau.",
	},
	"unknown": {
		"I don't know the command \"%s\". Send help for the list.",
		"Không có lệnh \"%s\". Gửi help để xem danh sách lệnh.",
	},
	"failed": {
		"Something went wrong on my side and nothing was changed; please try again in a moment.",
		"Có lỗi phía bot nên chưa thay đổi gì; vui lòng thử lại sau.",
	},
	"status": {
		"🛡️ immune is protecting this chat.\nMode: %s\nLanguage: %s\nThis chat's lists: %d allowed, %d blocked; feeds: %s entries\nAdmin log: %s\nAn account is muted at %d strikes (for %s); the same link in %d chats within %s marks it hijacked.",
		"🛡️ immune đang bảo vệ nhóm này.\nChế độ: %s\nNgôn ngữ: %s\nDanh sách của nhóm: %d cho phép, %d chặn; nguồn chặn: %s mục\nNhật ký quản trị: %s\nTài khoản bị cấm chat khi có %d cảnh cáo (trong %s); cùng một liên kết gửi vào %d nhóm trong %s bị coi là tài khoản bị chiếm.",
	},
	"status-direct": {
		"🛡️ I'm immune. I protect groups from phishing links, lookalike domains, disguised files and hijacked accounts spraying them: I delete or warn inline and tell the members why, in their language.\nThis is our private chat, so there is nothing here for me to protect. To protect a group: add me to it, make me an admin with the rights Delete messages and Ban users, and send /status there.\nHere you can: check a message (/check TEXT, or forward it to me and reply with /check), and get a group's admin notes here (send /link, then /setlog CODE in the group). /help lists every command.",
		"🛡️ Tôi là immune. Tôi bảo vệ nhóm khỏi liên kết lừa đảo, tên miền nhái, tệp giả dạng và tài khoản bị chiếm phát tán chúng: tôi xoá hoặc cảnh báo ngay trong nhóm và giải thích cho thành viên bằng ngôn ngữ của họ.\nĐây là cuộc trò chuyện riêng nên không có gì để tôi bảo vệ ở đây. Để bảo vệ một nhóm: thêm tôi vào nhóm, cho tôi làm quản trị viên với quyền Xoá tin nhắn và Cấm người dùng, rồi gửi /status trong nhóm.\nỞ đây bạn có thể: kiểm tra một tin nhắn (/check NỘI_DUNG, hoặc chuyển tiếp tin cho tôi rồi trả lời bằng /check), và nhận thông báo quản trị của một nhóm ở đây (gửi /link, rồi /setlog MÃ trong nhóm). /help liệt kê mọi lệnh.",
	},
	"report-direct": {
		"report works in a group: reply there to the message with /report and its admins are told. Here, /check tells you what I think of a message.",
		"report dùng trong nhóm: trả lời tin nhắn đó bằng /report trong nhóm để báo cho quản trị viên. Ở đây, /check cho biết bot đánh giá tin nhắn thế nào.",
	},
	"mode-off":    {"off (record only, never act)", "off (chỉ ghi nhận, không xử lý)"},
	"mode-warn":   {"warn (warn, never delete)", "warn (chỉ cảnh báo, không xoá)"},
	"mode-delete": {"delete (delete confident threats, warn on unsure ones)", "delete (xoá mối nguy chắc chắn, cảnh báo khi chưa chắc)"},
	"mode-usage": {
		"%q is not a mode. Use: mode off, mode warn or mode delete.",
		"%q không phải là chế độ. Dùng: mode off (hoặc tắt), mode warn (hoặc cảnh báo) hoặc mode delete (hoặc xoá).",
	},
	"mode-set": {"Mode set: %s.", "Đã đặt chế độ: %s."},
	"extra-words": {
		"I read %s, but not \"%s\" after it, so nothing was changed. %s",
		"Bot hiểu %s, nhưng không hiểu \"%s\" phía sau, nên chưa thay đổi gì. %s",
	},
	"extra-words-asked": {
		"I read %s, but not \"%s\" after it, so I have not answered. %s",
		"Bot hiểu %s, nhưng không hiểu \"%s\" phía sau, nên chưa trả lời. %s",
	},
	"mode-use": {
		"Give one mode: mode off, mode warn or mode delete.",
		"Chỉ ghi một chế độ: mode off (hoặc tắt), mode warn (hoặc cảnh báo) hoặc mode delete (hoặc xoá).",
	},
	"lang-use": {
		"Give one language: lang english (or en) or lang tiếng việt (or vi).",
		"Chỉ ghi một ngôn ngữ: lang tiếng việt (hoặc vi) hoặc lang english (hoặc en).",
	},
	"setlog-use": {
		"Use /setlog (a code to link a private admin chat), /setlog here, /setlog off or /setlog CODE.",
		"Dùng /setlog (lấy mã để liên kết nhóm quản trị riêng), /setlog here, /setlog off hoặc /setlog MÃ.",
	},
	"link-use": {
		"Use /link alone for a code, or /link CODE with the one code /setlog gave.",
		"Dùng /link để lấy mã, hoặc /link MÃ với đúng một mã mà /setlog đưa.",
	},
	"why-use": {
		"Reply with why to my notice (or to the message), or give one message id or link: why 12345.",
		"Trả lời thông báo của bot (hoặc tin nhắn) bằng why, hoặc ghi một id hay liên kết của tin nhắn: why 12345.",
	},
	"mode-missing": {
		"Which mode? mode off (record only), mode warn (warn, never delete) or mode delete (delete confident threats).",
		"Chế độ nào? mode off hoặc tắt (chỉ ghi nhận), mode warn hoặc cảnh báo (chỉ cảnh báo), mode delete hoặc xoá (xoá mối nguy chắc chắn).",
	},
	"lang-missing": {
		"Which language? lang english (or en) or lang tiếng việt (or vietnamese, tieng viet, vi).",
		"Ngôn ngữ nào? lang tiếng việt (hoặc tieng viet, vietnamese, vi) hoặc lang english (hoặc tiếng anh, en).",
	},
	"lang-usage": {
		"%q is not a language I speak. I speak English and Vietnamese: lang english (or en) or lang tiếng việt (or vietnamese, tieng viet, vi), in any case.",
		"%q không phải ngôn ngữ bot hỗ trợ. Bot dùng tiếng Việt và tiếng Anh: lang tiếng việt (hoặc tieng viet, vietnamese, vi) hoặc lang english (hoặc tiếng anh, en), viết hoa hay thường đều được.",
	},
	"lang-set":          {"I'll speak English here.", "Bot sẽ dùng tiếng Việt trong nhóm này."},
	"setlog-chat":       {"Admin notifications will come to this chat.", "Thông báo quản trị sẽ được gửi vào nhóm này."},
	"setlog-channel":    {"Admin notifications will come to this channel.", "Thông báo quản trị sẽ được gửi vào kênh này."},
	"log-none-chat":     {"not set (admins are told in the chat itself)", "chưa đặt (thông báo ngay trong nhóm)"},
	"log-none-channel":  {"not set (admins are told in the channel itself)", "chưa đặt (thông báo ngay trong kênh)"},
	"log-here-chat":     {"this chat", "nhóm này"},
	"log-here-channel":  {"this channel", "kênh này"},
	"log-other-channel": {"another channel of this server", "một kênh khác của máy chủ này"},
	"log-group":         {"another group, which the admins linked", "một nhóm khác do quản trị viên liên kết"},
	"log-direct":        {"an admin's private chat with me", "cuộc trò chuyện riêng của một quản trị viên với bot"},
	"list-usage":        {"Which domain? For example: %s example.com", "Tên miền nào? Ví dụ: %s example.com"},
	"list-bad": {
		"%q is not a domain or link. For example: %s example.com",
		"%q không phải tên miền hay liên kết. Ví dụ: %s example.com",
	},
	"list-bad-suffix": {
		"%q is a public suffix: every site registered under it shares it, so it would match them all. Name the site instead.",
		"%q là đuôi tên miền dùng chung: mọi trang đăng ký dưới đuôi này đều mang nó, nên nó sẽ khớp với tất cả các trang đó. Hãy ghi tên miền của một trang cụ thể.",
	},
	"list-bad-long": {
		"%q is longer than DNS allows (each part at most 63 characters, the whole name at most 253), so no link can lead there.",
		"%q dài hơn mức DNS cho phép (mỗi phần tối đa 63 ký tự, toàn bộ tên tối đa 253 ký tự), nên không có liên kết nào dẫn tới đó được.",
	},
	"list-example": {"For example: %s %s", "Ví dụ: %s %s"},
	"allow-done":   {"%s is allowed in this chat: I won't flag it.", "Đã cho phép %s trong nhóm: bot sẽ không chặn tên miền này."},
	"block-done":   {"%s is blocked in this chat: I'll delete links to it.", "Đã chặn %s trong nhóm: bot sẽ xoá các liên kết tới nó."},
	"allow-moved": {
		"%s was on this chat's block list; it is on the allow list instead now: I won't flag it.",
		"%s đã được chuyển từ danh sách chặn sang danh sách cho phép của nhóm: bot sẽ không chặn tên miền này.",
	},
	"block-moved": {
		"%s was on this chat's allow list; it is on the block list instead now: I'll delete links to it.",
		"%s đã được chuyển từ danh sách cho phép sang danh sách chặn của nhóm: bot sẽ xoá các liên kết tới nó.",
	},
	"unallow-done": {"%s is no longer on the allow list.", "Đã bỏ %s khỏi danh sách cho phép."},
	"unblock-done": {"%s is no longer on the block list.", "Đã bỏ %s khỏi danh sách chặn."},
	"list-www": {
		"(www. read away: %s is the same site as %s, and the entry covers every name under it.)",
		"(Đã bỏ www.: %s cũng là trang %s, và mục này áp dụng cho mọi tên miền con của nó.)",
	},
	"list-www-same":   {"(www. read away: %s is the same as %s.)", "(Đã bỏ www.: %s cũng là %s.)"},
	"list-absent":     {"%s was not on the %s list; nothing changed.", "%s không có trong danh sách %s; không có gì thay đổi."},
	"list-name-allow": {"allow", "cho phép"},
	"list-name-block": {"block", "chặn"},
	"lists": {
		"Allowed here: %s\nBlocked here: %s\nGlobal feeds: %s entries",
		"Cho phép trong nhóm: %s\nChặn trong nhóm: %s\nNguồn chặn chung: %s mục",
	},
	"feed-ok":    {"%s: %s entries, updated %s", "%s: %s mục, cập nhật %s"},
	"feed-stale": {"⚠ %s: %s entries, out of date: last updated %s", "⚠ %s: %s mục, đã cũ: cập nhật lần cuối %s"},
	"feed-never": {"⚠ %s: not loaded yet", "⚠ %s: chưa tải được"},
	"feed-error": {" (last attempt failed: %s)", " (lần tải gần nhất lỗi: %s)"},
	"feed-file":  {"list file %s", "tệp danh sách %s"},
	"feeds-more": {"… and %d more feeds", "… và %d nguồn khác"},
	"just-now":   {"just now", "vừa xong"},
	"none":       {"none", "không có"},
	"lists-more": {" … and %d more: lists %s from %s shows them.", " … và %d mục nữa: lists %s từ %s để xem tiếp."},
	"lists-usage": {
		"lists shows this chat's allow and block lists, up to 50 entries of each; lists block from K shows the block list from its K-th entry on (lists allow from K the allow list), and lists block from example[.]com from that entry on, for example lists block from 51.",
		"lists hiện danh sách cho phép và chặn của nhóm, tối đa 50 mục mỗi danh sách; lists block từ K hiện danh sách chặn từ mục thứ K (lists allow từ K với danh sách cho phép), và lists block từ example[.]com hiện từ mục đó, ví dụ lists block từ 51.",
	},
	"lists-from": {
		"Allowed here, from %[1]s on: %[2]s\nBlocked here, from %[1]s on: %[3]s",
		"Cho phép trong nhóm, từ %[1]s: %[2]s\nChặn trong nhóm, từ %[1]s: %[3]s",
	},
	"lists-at-k":      {"number %d", "mục thứ %d"},
	"lists-part-past": {"nothing from there on (%d in all)", "không còn mục nào từ đó (tổng cộng %d)"},
	"lists-allow-after": {
		"Nothing on this chat's allow list comes at %[2]s or after it (%[1]d domains in all): send lists for the first ones.",
		"Danh sách cho phép của nhóm không có mục nào từ %[2]s trở đi (tổng cộng %[1]d tên miền): gửi lists để xem từ đầu.",
	},
	"lists-block-after": {
		"Nothing on this chat's block list comes at %[2]s or after it (%[1]d domains in all): send lists for the first ones.",
		"Danh sách chặn của nhóm không có mục nào từ %[2]s trở đi (tổng cộng %[1]d tên miền): gửi lists để xem từ đầu.",
	},
	"lists-allow-page": {"Allowed here, %d–%d of %d: %s", "Cho phép trong nhóm, %d–%d trong %d: %s"},
	"lists-block-page": {"Blocked here, %d–%d of %d: %s", "Chặn trong nhóm, %d–%d trong %d: %s"},
	"lists-allow-past-one": {
		"Only %d domain is on this chat's allow list, so there is nothing from number %d on: send lists for the first one.",
		"Danh sách cho phép của nhóm chỉ có %d tên miền nên không có gì từ mục thứ %d: gửi lists để xem từ đầu.",
	},
	"lists-block-past-one": {
		"Only %d domain is on this chat's block list, so there is nothing from number %d on: send lists for the first one.",
		"Danh sách chặn của nhóm chỉ có %d tên miền nên không có gì từ mục thứ %d: gửi lists để xem từ đầu.",
	},
	"lists-allow-after-one": {
		"Nothing on this chat's allow list comes at %[2]s or after it (%[1]d domain in all): send lists for the first one.",
		"Danh sách cho phép của nhóm không có mục nào từ %[2]s trở đi (tổng cộng %[1]d tên miền): gửi lists để xem từ đầu.",
	},
	"lists-block-after-one": {
		"Nothing on this chat's block list comes at %[2]s or after it (%[1]d domain in all): send lists for the first one.",
		"Danh sách chặn của nhóm không có mục nào từ %[2]s trở đi (tổng cộng %[1]d tên miền): gửi lists để xem từ đầu.",
	},
	"lists-allow-past": {
		"Only %d domains are on this chat's allow list, so there is nothing from number %d on: send lists for the first ones.",
		"Danh sách cho phép của nhóm chỉ có %d tên miền nên không có gì từ mục thứ %d: gửi lists để xem từ đầu.",
	},
	"lists-block-past": {
		"Only %d domains are on this chat's block list, so there is nothing from number %d on: send lists for the first ones.",
		"Danh sách chặn của nhóm chỉ có %d tên miền nên không có gì từ mục thứ %d: gửi lists để xem từ đầu.",
	},
	"pardon-usage": {"Whom? For example: pardon @username, pardon 12345 (the id offenders shows), or reply with pardon to their message or to my notice about it.", "Ai? Ví dụ: pardon @tên_người_dùng, pardon 12345 (id mà offenders hiện), hoặc trả lời tin nhắn của họ hay thông báo của bot về tin đó bằng pardon."},
	"pardon-ambiguous": {
		"Several accounts here (%d) are called %s: %s. Pardon one by its id, for example: pardon %s.",
		"Có nhiều tài khoản (%d) trong nhóm tên %s: %s. Hãy tha theo id, ví dụ: pardon %s.",
	},
	"pardon-ambiguous-more": {" and %d more", " và %d tài khoản khác"},
	"pardon-unknown": {
		"I have no record of %s here, so there is nothing to pardon. offenders lists the accounts on record here, with their ids.",
		"Bot không có hồ sơ nào của %s trong nhóm này nên không có gì để xoá. Lệnh offenders liệt kê các tài khoản bị ghi nhận ở đây, kèm id.",
	},
	"pardon-no-username": {
		"Accounts recorded here before usernames were kept show by name or id until their next message.",
		"Tài khoản được ghi nhận trước khi bot lưu tên người dùng chỉ hiện theo tên hoặc id cho tới khi họ nhắn tin tiếp.",
	},
	"offender-no-name": {"no name on record yet", "chưa ghi nhận tên"},
	"pardoned":         {"Pardoned %s: %s.", "Đã tha cho %s: %s."},
	"pardoned-here-one": {
		"Pardoned %s in the chats you run: %s. The account stays on record in 1 other chat, whose admins decide there.",
		"Đã tha cho %s trong các nhóm bạn quản lý: %s. Tài khoản vẫn bị ghi nhận ở 1 nhóm khác, quản trị viên ở đó tự quyết định.",
	},
	"pardoned-here": {
		"Pardoned %s in the chats you run: %s. The account stays on record in %d other chats, whose admins decide there.",
		"Đã tha cho %s trong các nhóm bạn quản lý: %s. Tài khoản vẫn bị ghi nhận ở %d nhóm khác, quản trị viên ở đó tự quyết định.",
	},
	"pardon-strikes": {"strikes cleared (%d)", "xoá cảnh cáo (%d)"},
	"pardon-mark":    {"the hijacked mark removed", "bỏ đánh dấu bị chiếm"},
	"pardon-mute":    {"the mute lifted", "gỡ cấm chat"},
	"pardon-mutes":   {"the mutes lifted in %d chats", "gỡ cấm chat ở %d nhóm"},
	"pardon-nothing": {
		"no strikes, hijacked mark or mute counted against it any more; its record here is cleared",
		"không còn cảnh cáo, dấu bị chiếm hay cấm chat nào bị tính; đã xoá hồ sơ ở đây",
	},
	"offenders":      {"Accounts with strikes (strikes in the last %s):", "Các tài khoản bị cảnh cáo (số cảnh cáo trong %s):"},
	"offenders-none": {"No account has strikes. All quiet.", "Chưa tài khoản nào bị cảnh cáo."},
	"offenders-more": {
		"%d more accounts on record here, seen earlier: offenders from #%s shows the next ones.",
		"Còn %d tài khoản khác bị ghi nhận trong nhóm, gặp trước đó: offenders từ #%s hiện các tài khoản tiếp theo.",
	},
	"offenders-more-one": {
		"1 more account on record here, seen earlier: offenders from #%s shows it.",
		"Còn 1 tài khoản khác bị ghi nhận trong nhóm, gặp trước đó: offenders từ #%s hiện tài khoản đó.",
	},
	"offenders-usage": {
		"offenders lists the accounts on record here, %d at a time, those seen last first; offenders from #… (as the last line of an answer names it) lists the next ones, and offenders from K lists them from the K-th on, for example offenders from 21.",
		"offenders liệt kê các tài khoản bị ghi nhận trong nhóm, mỗi lần %d, gặp gần nhất trước; offenders từ #… (như dòng cuối câu trả lời ghi) liệt kê các tài khoản tiếp theo, và offenders từ K liệt kê từ tài khoản thứ K, ví dụ offenders từ 21.",
	},
	"offenders-cursor-past": {
		"No account on record here was seen at #%s or before: it is older than every record kept, or mistyped. Send offenders for the latest.",
		"Không có tài khoản nào trong nhóm được ghi nhận từ #%s trở về trước: mốc này cũ hơn mọi hồ sơ còn lưu, hoặc bị gõ sai. Gửi offenders để xem các tài khoản gần nhất.",
	},
	"offenders-from-past-one": {
		"Only %d account is on record here, so there is nothing from number %d on: send offenders for it.",
		"Nhóm chỉ có %d tài khoản bị ghi nhận nên không có gì từ tài khoản số %d trở đi: gửi offenders để xem tài khoản đó.",
	},
	"offenders-from-past": {
		"Only %d accounts are on record here, so there is nothing from number %d on: send offenders for the latest.",
		"Nhóm chỉ có %d tài khoản bị ghi nhận nên không có gì từ tài khoản số %d trở đi: gửi offenders để xem các tài khoản gần nhất.",
	},
	"hijacked":     {"hijacked", "bị chiếm"},
	"check-usage":  {"Send check followed by a message or link, or reply to a message with check.", "Gửi check kèm tin nhắn hoặc liên kết, hoặc trả lời một tin nhắn bằng check."},
	"check-allow":  {"✅ Looks safe.", "✅ Có vẻ an toàn."},
	"check-warn":   {"⚠️ Suspicious (score %.2f): I would warn about it.", "⚠️ Đáng ngờ (điểm %.2f): bot sẽ cảnh báo."},
	"check-delete": {"⛔ Dangerous (score %.2f): I would delete it.", "⛔ Nguy hiểm (điểm %.2f): bot sẽ xoá."},
	"report-usage": {"Reply to the message you want to report with report.", "Hãy trả lời tin nhắn muốn báo cáo bằng report."},
	"report-done":  {"Thanks, the admins have been told.", "Cảm ơn, đã báo cho quản trị viên."},
	"report-note": {
		"⚑ %s reported a message from %s in %s:\n«%s»\nMy verdict: %s (%.2f)",
		"⚑ %s báo cáo tin nhắn của %s trong %s:\n«%s»\nĐánh giá của bot: %s (%.2f)",
	},
}

// discordReplies are the replies whose words differ on Discord, where the
// settings, lists and records a command is about are the whole server's
// (a channel is only where it was sent), by the key they stand for.
var discordReplies = map[string][2]string{
	"refused": {
		"Sorry, only this server's moderators can use %s. Nothing was changed.",
		"Xin lỗi, chỉ người kiểm duyệt của máy chủ mới dùng được lệnh %s. Không có gì thay đổi.",
	},
	"status": {
		"🛡️ immune is protecting this server.\nMode (whole server): %s\nLanguage: %s\nThis server's lists: %d allowed, %d blocked; feeds: %s entries\nAdmin log: %s\nAn account is timed out at %d strikes (for %s); the same link in %d channels within %s marks it hijacked.",
		"🛡️ immune đang bảo vệ máy chủ này.\nChế độ (cả máy chủ): %s\nNgôn ngữ: %s\nDanh sách của máy chủ: %d cho phép, %d chặn; nguồn chặn: %s mục\nNhật ký quản trị: %s\nTài khoản bị hạn chế khi có %d cảnh cáo (trong %s); cùng một liên kết gửi vào %d kênh trong %s bị coi là tài khoản bị chiếm.",
	},
	"refused-view": {
		"Sorry, only this server's moderators can use %s: it shows other members' records.",
		"Xin lỗi, chỉ người kiểm duyệt của máy chủ mới dùng được lệnh %s vì lệnh này hiện hồ sơ của thành viên khác.",
	},
	"refused-unknown": {
		"I couldn't read this server's roles from Discord just now to check that you are a moderator, so %s did nothing. Please try again in a moment.",
		"Bot chưa đọc được vai trò của máy chủ từ Discord để kiểm tra bạn có là người kiểm duyệt không nên lệnh %s chưa làm gì. Vui lòng thử lại sau.",
	},
	"allow-done": {"%s is allowed in this server: I won't flag it in any of its channels.", "Đã cho phép %s trong máy chủ: bot sẽ không chặn tên miền này ở mọi kênh."},
	"block-done": {"%s is blocked in this server: I'll delete links to it in every channel.", "Đã chặn %s trong máy chủ: bot sẽ xoá các liên kết tới nó ở mọi kênh."},
	"allow-moved": {
		"%s was on this server's block list; it is on the allow list instead now: I won't flag it in any of its channels.",
		"%s đã được chuyển từ danh sách chặn sang danh sách cho phép của máy chủ: bot sẽ không chặn tên miền này ở mọi kênh.",
	},
	"block-moved": {
		"%s was on this server's allow list; it is on the block list instead now: I'll delete links to it in every channel.",
		"%s đã được chuyển từ danh sách cho phép sang danh sách chặn của máy chủ: bot sẽ xoá các liên kết tới nó ở mọi kênh.",
	},
	"lists": {
		"Allowed in this server: %s\nBlocked in this server: %s\nGlobal feeds: %s entries",
		"Cho phép trong máy chủ: %s\nChặn trong máy chủ: %s\nNguồn chặn chung: %s mục",
	},
	"lists-more": {" … and %d more: /immune lists list:%s from:%s shows them.", " … và %d mục nữa: /immune lists list:%s from:%s để xem tiếp."},
	"lists-usage": {
		"/immune lists shows this server's allow and block lists, up to 50 entries of each; with from:K both from their K-th entry on, with list:allow or list:block only that one, and from:example[.]com from that entry on.",
		"/immune lists hiện danh sách cho phép và chặn của máy chủ, tối đa 50 mục mỗi danh sách; với from:K cả hai danh sách từ mục thứ K, với list:allow hoặc list:block chỉ danh sách đó, và from:example[.]com hiện từ mục đó.",
	},
	"lists-from": {
		"Allowed in this server, from %[1]s on: %[2]s\nBlocked in this server, from %[1]s on: %[3]s",
		"Cho phép trong máy chủ, từ %[1]s: %[2]s\nChặn trong máy chủ, từ %[1]s: %[3]s",
	},
	"lists-allow-after": {
		"Nothing on this server's allow list comes at %[2]s or after it (%[1]d domains in all): /immune lists shows the first ones.",
		"Danh sách cho phép của máy chủ không có mục nào từ %[2]s trở đi (tổng cộng %[1]d tên miền): /immune lists để xem từ đầu.",
	},
	"lists-block-after": {
		"Nothing on this server's block list comes at %[2]s or after it (%[1]d domains in all): /immune lists shows the first ones.",
		"Danh sách chặn của máy chủ không có mục nào từ %[2]s trở đi (tổng cộng %[1]d tên miền): /immune lists để xem từ đầu.",
	},
	"lists-allow-page": {"Allowed in this server, %d–%d of %d: %s", "Cho phép trong máy chủ, %d–%d trong %d: %s"},
	"lists-block-page": {"Blocked in this server, %d–%d of %d: %s", "Chặn trong máy chủ, %d–%d trong %d: %s"},
	"lists-allow-past-one": {
		"Only %d domain is on this server's allow list, so there is nothing from number %d on: /immune lists shows the first one.",
		"Danh sách cho phép của máy chủ chỉ có %d tên miền nên không có gì từ mục thứ %d: /immune lists để xem từ đầu.",
	},
	"lists-block-past-one": {
		"Only %d domain is on this server's block list, so there is nothing from number %d on: /immune lists shows the first one.",
		"Danh sách chặn của máy chủ chỉ có %d tên miền nên không có gì từ mục thứ %d: /immune lists để xem từ đầu.",
	},
	"lists-allow-after-one": {
		"Nothing on this server's allow list comes at %[2]s or after it (%[1]d domain in all): /immune lists shows the first one.",
		"Danh sách cho phép của máy chủ không có mục nào từ %[2]s trở đi (tổng cộng %[1]d tên miền): /immune lists để xem từ đầu.",
	},
	"lists-block-after-one": {
		"Nothing on this server's block list comes at %[2]s or after it (%[1]d domain in all): /immune lists shows the first one.",
		"Danh sách chặn của máy chủ không có mục nào từ %[2]s trở đi (tổng cộng %[1]d tên miền): /immune lists để xem từ đầu.",
	},
	"lists-allow-past": {
		"Only %d domains are on this server's allow list, so there is nothing from number %d on: /immune lists shows the first ones.",
		"Danh sách cho phép của máy chủ chỉ có %d tên miền nên không có gì từ mục thứ %d: /immune lists để xem từ đầu.",
	},
	"lists-block-past": {
		"Only %d domains are on this server's block list, so there is nothing from number %d on: /immune lists shows the first ones.",
		"Danh sách chặn của máy chủ chỉ có %d tên miền nên không có gì từ mục thứ %d: /immune lists để xem từ đầu.",
	},
	"list-usage":   {"Which domain? For example: /immune %s domain:example.com", "Tên miền nào? Ví dụ: /immune %s domain:example.com"},
	"list-example": {"For example: /immune %s domain:%s", "Ví dụ: /immune %s domain:%s"},
	"list-bad": {
		"%q is not a domain or link. For example: /immune %s domain:example.com",
		"%q không phải tên miền hay liên kết. Ví dụ: /immune %s domain:example.com",
	},
	"lang-set": {"I'll speak English in this server.", "Bot sẽ dùng tiếng Việt trong máy chủ này."},
	"pardon-ambiguous": {
		"Several accounts in this server (%d) are called %s: %s. Pardon one by its id, for example: pardon %s.",
		"Có nhiều tài khoản (%d) trong máy chủ tên %s: %s. Hãy tha theo id, ví dụ: pardon %s.",
	},
	"pardon-unknown": {
		"I have no record of %s in this server, so there is nothing to pardon. offenders lists the accounts on record here, with their ids.",
		"Bot không có hồ sơ nào của %s trong máy chủ này nên không có gì để xoá. Lệnh offenders liệt kê các tài khoản bị ghi nhận ở đây, kèm id.",
	},
	"pardoned-here-one": {
		"Pardoned %s in the servers you moderate: %s. The account stays on record in 1 other server, whose moderators decide there.",
		"Đã tha cho %s trong các máy chủ bạn kiểm duyệt: %s. Tài khoản vẫn bị ghi nhận ở 1 máy chủ khác, người kiểm duyệt ở đó tự quyết định.",
	},
	"pardoned-here": {
		"Pardoned %s in the servers you moderate: %s. The account stays on record in %d other servers, whose moderators decide there.",
		"Đã tha cho %s trong các máy chủ bạn kiểm duyệt: %s. Tài khoản vẫn bị ghi nhận ở %d máy chủ khác, người kiểm duyệt ở đó tự quyết định.",
	},
	"pardon-mute":  {"the timeout lifted", "gỡ hạn chế"},
	"pardon-mutes": {"the timeouts lifted in %d servers", "gỡ hạn chế ở %d máy chủ"},
	"why-use": {
		"Give one message id or link: /immune why message:ID, or use the menu Why? (immune) on my notice.",
		"Chỉ ghi một id hoặc liên kết của tin nhắn: /immune why message:ID, hoặc dùng menu Vì sao? (immune) trên thông báo của bot.",
	},
	"why-usage": {
		"Give the message's id or link (of the message, or of my notice about it): /immune why message:ID, or use the menu Why? (immune) on my notice.",
		"Ghi id hoặc liên kết của tin nhắn (hoặc của thông báo của bot về nó): /immune why message:ID, hoặc dùng menu Vì sao? (immune) trên thông báo của bot.",
	},
	"why-none": {
		"I have no decision about message %s in my records of this server.",
		"Bot không có quyết định nào về tin nhắn %s trong máy chủ này.",
	},
	"offenders-more": {
		"%d more accounts on record in this server, seen earlier: /immune offenders from:#%s shows the next ones.",
		"Còn %d tài khoản khác bị ghi nhận trong máy chủ, gặp trước đó: /immune offenders from:#%s hiện các tài khoản tiếp theo.",
	},
	"offenders-more-one": {
		"1 more account on record in this server, seen earlier: /immune offenders from:#%s shows it.",
		"Còn 1 tài khoản khác bị ghi nhận trong máy chủ, gặp trước đó: /immune offenders from:#%s hiện tài khoản đó.",
	},
	"offenders-usage": {
		"/immune offenders lists the accounts on record in this server, %d at a time, those seen last first; from:#… (as the last line of an answer names it) lists the next ones, and from:K lists them from the K-th on.",
		"/immune offenders liệt kê các tài khoản bị ghi nhận trong máy chủ, mỗi lần %d, gặp gần nhất trước; from:#… (như dòng cuối câu trả lời ghi) liệt kê các tài khoản tiếp theo, và from:K liệt kê từ tài khoản thứ K.",
	},
	"offenders-cursor-past": {
		"No account on record in this server was seen at #%s or before: it is older than every record kept, or mistyped. /immune offenders shows the latest.",
		"Không có tài khoản nào trong máy chủ được ghi nhận từ #%s trở về trước: mốc này cũ hơn mọi hồ sơ còn lưu, hoặc bị gõ sai. /immune offenders hiện các tài khoản gần nhất.",
	},
	"offenders-from-past-one": {
		"Only %d account is on record in this server, so there is nothing from number %d on: /immune offenders shows it.",
		"Máy chủ chỉ có %d tài khoản bị ghi nhận nên không có gì từ tài khoản số %d trở đi: /immune offenders hiện tài khoản đó.",
	},
	"offenders-from-past": {
		"Only %d accounts are on record in this server, so there is nothing from number %d on: /immune offenders shows the latest.",
		"Máy chủ chỉ có %d tài khoản bị ghi nhận nên không có gì từ tài khoản số %d trở đi: /immune offenders hiện các tài khoản gần nhất.",
	},
	"audit-none":     {"No decisions recorded in this server yet.", "Chưa có quyết định nào được ghi lại trong máy chủ."},
	"audit-head":     {"The last %d decisions in this server, newest first:", "%d quyết định gần nhất trong máy chủ, mới nhất trước:"},
	"audit-head-one": {"The last decision in this server:", "Quyết định gần nhất trong máy chủ:"},
	"audit-head-range": {
		"Decisions %d–%d of %s in this server, newest first:",
		"Quyết định %d–%d trong %s quyết định của máy chủ, mới nhất trước:",
	},
	"audit-head-cursor": {
		"Decisions in this server from #%s on (%s in all), newest first:",
		"Quyết định của máy chủ từ #%s trở về trước (tổng cộng %s), mới nhất trước:",
	},
	"audit-usage": {
		"/immune audit count:N from:K shows N decisions of this server (1 to %d) from the K-th newest on; from: also takes the #… that the last line of an answer names, which stays put when new decisions come in. For example /immune audit count:20, then the /immune audit count:20 from:#… its last line names.",
		"/immune audit count:N from:K hiện N quyết định của máy chủ (1 đến %d) kể từ quyết định mới thứ K; from: cũng nhận mốc #… ở dòng cuối mỗi câu trả lời, mốc này không lệch khi có quyết định mới. Ví dụ /immune audit count:20, rồi lệnh /immune audit count:20 from:#… ở dòng cuối.",
	},
	"audit-more": {
		"%s older decisions are not shown: /immune audit count:%d from:#%s shows the next %d.",
		"Còn %s quyết định cũ hơn chưa hiện: /immune audit count:%d from:#%s hiện %d quyết định tiếp theo.",
	},
	"audit-more-one": {
		"1 older decision is not shown: /immune audit count:%d from:#%s shows it.",
		"Còn 1 quyết định cũ hơn chưa hiện: /immune audit count:%d from:#%s hiện quyết định đó.",
	},
	"audit-from-far": {
		"/immune audit counts back %s decisions at most. To go further back, follow the from:#… that the last line of each answer names.",
		"/immune audit chỉ đếm lùi tối đa %s quyết định. Để xem cũ hơn, hãy dùng mốc from:#… ở dòng cuối mỗi câu trả lời.",
	},
	"audit-cursor-past": {
		"Nothing is on record in this server from #%s on: it is older than every decision kept, or mistyped. /immune audit shows the latest.",
		"Máy chủ không có quyết định nào từ #%s trở về trước: mốc này cũ hơn mọi quyết định còn lưu, hoặc bị gõ sai. /immune audit hiện các quyết định gần nhất.",
	},
	"audit-from-past-one": {
		"Only %d decision is on record in this server, so there is nothing from number %d on: /immune audit shows it.",
		"Máy chủ chỉ có %d quyết định được ghi lại nên không có gì từ quyết định số %d trở đi: /immune audit hiện quyết định đó.",
	},
	"audit-from-past": {
		"Only %d decisions are on record in this server, so there is nothing from number %d on: /immune audit shows the latest.",
		"Máy chủ chỉ có %d quyết định được ghi lại nên không có gì từ quyết định số %d trở đi: /immune audit hiện các quyết định gần nhất.",
	},
}

// sayOn formats a reply in a language as it reads on a platform: on
// Discord, the words of discordReplies where they differ.
func sayOn(p Platform, l Lang, key string, args ...any) string {
	if p == Discord {
		if _, ok := discordReplies[key]; ok {
			key += "@discord"
		}
	}
	return say(l, key, args...)
}

// sayN is sayOn for a reply about n things: its "-one" form when n is 1
// ("Only 1 domain is", not "Only 1 domains are"). n is the first of args.
func sayN(p Platform, l Lang, key string, n int, args ...any) string {
	if _, ok := replies[key+"-one"]; ok && n == 1 {
		key += "-one"
	}
	return sayOn(p, l, key, append([]any{n}, args...)...)
}

// say formats a reply in a language.
func say(l Lang, key string, args ...any) string {
	pair, ok := replies[key]
	if !ok {
		return key
	}
	f := pair[0]
	if l == Vietnamese {
		f = pair[1]
	}
	if len(args) == 0 {
		return f
	}
	return fmt.Sprintf(f, args...)
}

func init() {
	for k, v := range discordReplies {
		if _, ok := replies[k]; !ok {
			panic("bot: Discord's words for a reply key with no words elsewhere: " + k)
		}
		replies[k+"@discord"] = v
	}
}
