package chatmix

import (
	"strconv"

	"github.com/immunebot/immune/bot"
)

// common are frequent words of English and Vietnamese chat, most frequent
// first; vocab continues them with a long tail of made-up words (names,
// slang, typos, rare words), as real chat has.
var common = []string{
	"ok", "the", "i", "you", "to", "a", "is", "it", "and", "lol", "không", "là", "có", "này", "mình", "em",
	"anh", "that", "of", "in", "for", "me", "what", "đi", "thì", "nhé", "haha", "we", "on", "so", "be",
	"this", "are", "just", "bạn", "do", "not", "with", "rồi", "được", "can", "but", "ơi", "nha", "no",
	"yes", "ạ", "đó", "chưa", "gì", "will", "at", "nay", "mai", "tối", "sáng", "hôm", "like", "get",
	"now", "see", "all", "thanks", "cảm", "ơn", "vậy", "sao", "nào", "good", "know", "ai", "đâu", "ăn",
	"time", "today", "tomorrow", "meeting", "game", "team", "work", "nhà", "trường", "học", "bài", "thi",
	"nice", "cool", "wait", "sorry", "please", "send", "file", "link", "photo", "ảnh", "video", "gửi",
	"xem", "đã", "sẽ", "cũng", "với", "cho", "của", "người", "một", "hai", "ba", "bốn", "năm", "sáu",
	"late", "early", "morning", "night", "weekend", "friday", "monday", "dinner", "lunch", "coffee", "cà",
	"phê", "trà", "sữa", "bún", "phở", "lẩu", "cơm", "nước", "mưa", "nắng", "nóng", "lạnh", "đẹp", "quá",
	"server", "deploy", "bug", "fix", "merge", "branch", "release", "build", "test", "ci", "docs", "api",
	"ranked", "match", "win", "lose", "gg", "wp", "noob", "carry", "skin", "patch", "update", "lag",
}

var syllables = []string{
	"ba", "bo", "ca", "cu", "da", "de", "do", "fa", "ga", "ha", "hi", "ka", "ki", "la", "le", "li", "lo",
	"ma", "me", "mi", "mo", "na", "ne", "ni", "no", "pa", "pe", "ra", "re", "ri", "ro", "sa", "se", "si",
	"so", "ta", "te", "ti", "to", "tu", "va", "ve", "vi", "xa", "xe", "za", "zo", "ng", "nh", "th", "tr",
	"ch", "kh", "ph", "qu", "ươ", "iê", "uô", "ắ", "ấ", "ế", "ố", "ớ", "ứ", "ả", "ẩ", "ẻ", "ỏ", "ủ", "ỷ",
}

// vocab is common followed by 40,000 made-up words.
var vocab = func() []string {
	v := append([]string(nil), common...)
	for i := 0; len(v) < len(common)+40000; i++ {
		n := i
		w := ""
		for k := 0; k < 2+i%3; k++ {
			w += syllables[n%len(syllables)]
			n = n/len(syllables) + k*7919 + i
		}
		v = append(v, w)
	}
	return v
}()

// dotted are things with dots in them that are not links, as people
// write them.
var dotted = []string{
	"3.50", "v1.4.2", "notes.md", "final_v2.zip", "e.g.", "i.e.", "...", "ok.", "10.30", "7.45pm",
	"a.m.", "U.S.", "report.pdf", "1.000.000đ", "2.5k", "Dr.", "St.", "etc.", "node.js", "socket.io",
	"config.yaml", "main.go", "README.txt", "photo.jpg", "v2.0", "3.14", "12.12.2026", "lol...", "ok...", "Mr.",
}

var emoji = []string{"😂", "👍", "🙏", "🎉", "❤️", "😅", "🔥", "😭", "🍲", "☀️", "🎁", "👀"}

// popular are sites everyone shares.
var popular = []string{
	"github.com/bwmarrin/discordgo", "www.youtube.com/watch?v=dQw4w9WgXcQ", "youtu.be/abc123",
	"go.dev/doc/effective_go", "pkg.go.dev/golang.org/x/net", "en.wikipedia.org/wiki/Hanoi",
	"stackoverflow.com/questions/1234", "vnexpress.net/the-thao", "zingnews.vn/cong-nghe.html",
	"tuoitre.vn/xa-hoi.htm", "www.reddit.com/r/golang/", "discord.com/channels/1/2/3",
	"cdn.discordapp.com/attachments/1/2/image.png", "t.me/durov", "docs.google.com/document/d/1x",
	"drive.google.com/file/d/1y/view", "www.facebook.com/events/123", "shopee.vn/product/1/2",
	"tiki.vn/dien-thoai", "open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC", "twitter.com/golang/status/1",
	"medium.com/@someone/post-1", "www.bbc.com/news/world", "steamcommunity.com/market/",
	"store.steampowered.com/app/730", "www.amazon.com/dp/B08N5WRWNW", "imgur.com/gallery/abc",
	"www.vietcombank.com.vn/vi-VN/KHCN", "zalo.me/g/abcdef", "maps.google.com/?q=hanoi",
}

var tlds = []string{"com", "net", "org", "vn", "com.vn", "io", "dev", "co", "info", "me", "app", "edu.vn", "blog", "shop"}

// tailHosts are 20,000 small sites no list knows: clubs, shops, blogs.
var tailHosts = func() []string {
	h := make([]string, 20000)
	for i := range h {
		a, b := vocab[len(common)+i*7%40000], vocab[len(common)+(i*13+5)%40000]
		name := a + b
		if i%3 == 0 {
			name = a + "-" + b
		}
		if i%5 == 0 {
			name = "www." + name
		}
		h[i] = name + strconv.Itoa(i%97) + "." + tlds[i%len(tlds)]
	}
	return h
}()

// threats are lures seen in the wild, written for this project.
var threats = []bot.Message{
	{Text: "free nitro for active members https://dlscord.com/gift"},
	{Text: "https://steancommunity.com/tradeoffer/new/?partner=1"},
	{Text: "Vietcombank: tài khoản của bạn bị tạm khóa, xác minh tại https://vietcombank-xacthuc.com"},
	{Text: "is this you in this photo?? https://photo-album-share.xyz/p/8812"},
	{Text: "https://www.yahoo.com.mail-secure.top/signin"},
	{Text: "get it here http://45.9.148.10/payload.exe"},
	{Text: "xem ảnh nè", Attachments: []bot.Attachment{{Name: "anh.png.exe", MIME: "application/x-msdownload", Size: 300000}}},
	{Text: "wallet validation required https://wallet-validate.io"},
	{Text: "hxxps://discord-gift[.]ru/claim"},
	{Text: "the official page", Links: []bot.LinkRef{{Text: "https://telegram.org", URL: "https://telegram-premium-free.net"}}},
}

var brands = []string{"paypal", "yahoo", "discord", "steam", "vietcombank", "facebook", "google", "apple", "binance", "telegram", "microsoft", "netflix"}

// phishHosts take a brand and a number.
var phishHosts = []string{
	"%s-verify%d.top", "%s-secure-login%d.xyz", "login-%s%d.com", "%s.account-check%d.net",
	"%s-support%d.online", "%s-gift%d.ru", "my%s-%d.site", "%s-xacthuc%d.com",
}

// lures take a link.
var lures = []string{
	"your account will be locked, verify now: %s",
	"free gift for everyone %s",
	"is this you in this photo? %s",
	"tài khoản của bạn bị khóa, xác minh tại %s",
	"nhận quà miễn phí %s",
	"%s",
	"claim your reward before it expires %s 🎁",
}
