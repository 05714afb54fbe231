package chatmix

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/immunebot/immune/bot"
)

var plain = []string{
	"ok see you at 7", "lol", "Tối nay cả nhà ăn lẩu nhé 🍲", "who's bringing the cake?",
	"haha đúng rồi", "I'll be 10 minutes late, traffic is crazy", "good morning everyone ☀️",
	"did anyone finish the homework for tomorrow?", "Mình đến muộn 5 phút nha", "thanks!! 🙏",
	"that match last night was unreal", "can someone send me the notes from Monday?",
	"Chúc mừng sinh nhật em nhé 🎂🎉", "the server is down again...", "brb", "nice one 👍",
	"meeting moved to 3pm. Same room.", "Ai đi đá bóng chiều nay không?", "I think it costs 3.50 now",
	"pushed the fix, CI is green", "okay. let's do it tomorrow.", "Hôm nay trời mưa to quá",
	"where did you buy that?", "anyone up for ranked tonight?", "👨‍👩‍👧 family dinner sunday",
	"Cảm ơn mọi người nhiều!", "I renamed the file to final_v2.zip", "see notes.md for details",
	"the new version 1.4.2 fixed it", "happy new year!!! 🎆", "Mai mấy giờ họp vậy?",
	"gg wp", "I forgot my password again lol", "the gift exchange is on Friday 🎁",
	"ping me when you're done", "Đừng bấm link lạ nha mọi người", "so tired today",
	"what time is it there?", "Bạn ơi cho mình xin số điện thoại với", "ok. done. next?",
}

var benignHosts = []string{
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

// localHosts are small sites no list knows: a realistic part of what
// people share.
var localHosts = []string{"bakery-hanoi.vn", "phohanoi.com", "myblog.dev", "cafe-sai-gon.com",
	"runclub.vn", "photos.mydomain.net", "team-wiki.org", "hoclaptrinh.edu.vn", "shopquanao.vn", "mygame.io"}

var benignTemplates = []string{"look at this %s", "%s", "tài liệu đây: %s", "here you go %s 👍", "%s (from yesterday)"}

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

// Messages returns n messages of the mix, spread over 50 chats and 2000
// members, one second apart. The threats come from 50 accounts (spammers
// and hijacked members), as in a real group; the rest from everyone.
func Messages(n int, seed uint64) []bot.Message {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	t0 := time.Date(2026, 10, 1, 12, 0, 0, 0, time.UTC)
	out := make([]bot.Message, n)
	for i := range out {
		var m bot.Message
		switch p := r.IntN(100); {
		case p < 70:
			m.Text = plain[r.IntN(len(plain))]
		case p < 95:
			var host string
			if r.IntN(4) == 0 {
				host = localHosts[r.IntN(len(localHosts))] + fmt.Sprintf("/p/%d", r.IntN(1000))
			} else {
				host = benignHosts[r.IntN(len(benignHosts))]
			}
			m.Text = fmt.Sprintf(benignTemplates[r.IntN(len(benignTemplates))], "https://"+host)
		default:
			m = threats[r.IntN(len(threats))]
			m.User = fmt.Sprintf("bad%d", r.IntN(50))
		}
		m.ID = fmt.Sprintf("m%d", i)
		m.Platform = bot.Telegram
		m.Chat = fmt.Sprintf("chat%d", r.IntN(50))
		if m.User == "" {
			m.User = fmt.Sprintf("user%d", r.IntN(2000))
		}
		m.UserName = "member " + m.User
		m.Time = t0.Add(time.Duration(i) * time.Second)
		m.MemberSince = t0.Add(-90 * 24 * time.Hour)
		out[i] = m
	}
	return out
}
