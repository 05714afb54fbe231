package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/immunebot/immune/bot"
)

// The message texts the combiner's message stage is fitted on. They are
// written for this trainer; the measurement sets in bot/testdata are
// written separately and never fitted on. A {link} is where the link goes.

// lureTexts are what scam messages say around their link, in English and
// Vietnamese (with and without diacritics).
var lureTexts = []string{
	"free nitro for 3 months, claim before it expires {link}",
	"I'm giving away my steam items, first come first served {link}",
	"your account will be suspended within 24 hours, verify here {link}",
	"Discord staff here: your account was reported, appeal at {link}",
	"claim your airdrop now, connect your wallet {link}",
	"congratulations you have won an iPhone 15, claim your prize {link}",
	"is this you in this photo?? {link}",
	"look what i found lol {link} is that you",
	"unusual sign in detected, confirm your identity {link}",
	"your parcel is on hold, pay the shipping fee at {link}",
	"USPS: delivery failed, update your address {link}",
	"wallet validation required to avoid losing funds {link}",
	"double your crypto in 24h, limited slots {link}",
	"free robux generator working 2024 {link}",
	"hey can you vote for my friend please {link}",
	"check this new game im testing, download {link}",
	"Tài khoản ngân hàng của quý khách bị tạm khoá, vui lòng xác minh tại {link}",
	"Chúc mừng bạn đã trúng thưởng xe SH, nhận thưởng tại {link}",
	"[VCB] Quy khach co giao dich bat thuong, xac nhan tai {link} de tranh bi khoa",
	"Bạn được tặng 500k, nhận ngay tại {link} trước khi hết hạn",
	"Bưu phẩm của bạn bị giữ lại do sai địa chỉ, cập nhật tại {link}",
	"Cap nhat thong tin tai khoan trong vong 24h tai {link} neu khong se bi khoa",
	"EVN thông báo: quý khách nợ tiền điện, thanh toán ngay tại {link} để tránh cắt điện",
	"Tuyển cộng tác viên làm việc online, thu nhập 500k/ngày, đăng ký {link}",
	"Nhận airdrop token miễn phí tại {link}",
	"Ví của bạn cần đồng bộ lại, nhập cụm từ khôi phục tại {link}",
	"Xem ảnh nóng của người yêu cũ nè {link}",
	"Cục thuế thông báo hoàn thuế, khai báo tại {link}",
	"Mã OTP của bạn sẽ hết hạn, xác thực tài khoản tại {link}",
	"Bộ Công an: cài đặt VNeID mức 2 tại {link} để tránh bị khoá",
}

// neutralTexts carry a link with nothing to lure anyone.
var neutralTexts = []string{
	"{link}", "{link}", "look {link}", "here {link}", "{link} this one", "found it {link}", "the link: {link}",
	"anyone tried this? {link}", "docs are here {link}", "for tomorrow {link}", "đây nè {link}", "link đây {link}",
	"mọi người xem thử {link}", "{link} hay phết", "bài này {link}", "xem giúp mình {link}",
	"meeting notes {link}", "the PR is up {link}", "release notes: {link}", "photos from saturday {link}",
}

// promoTexts are how real shops, banks, carriers and communities write
// about offers and accounts: the words of lures, beside benign links.
var promoTexts = []string{
	"Ưu đãi cuối tuần: giảm 50% cho đơn từ 200k, xem tại {link}",
	"Miễn phí vận chuyển toàn quốc, nhận ngay voucher 30k tại {link}",
	"Khuyến mãi tháng 12: tặng 20GB data khi gia hạn gói, chi tiết {link}",
	"Mã OTP của bạn là 482913. Không chia sẻ mã cho bất kỳ ai. Hướng dẫn bảo mật: {link}",
	"Quý khách vui lòng cập nhật ứng dụng phiên bản mới tại {link}",
	"Ưu đãi hết hạn 30/11, đặt ngay tại {link}",
	"Nhận ngay 100k khi mở tài khoản online, điều kiện tại {link}",
	"Flash sale 12.12, voucher miễn phí vận chuyển {link}",
	"Chương trình tri ân khách hàng, xem danh sách trúng thưởng tại {link}",
	"Giveaway: share bài và comment để nhận quà, thể lệ {link}",
	"free shipping this weekend only {link}",
	"our giveaway winners are announced here {link}",
	"your order has shipped, track it at {link}",
	"limited offer: 3 months free for students {link}",
	"reminder: verify your email to finish signing up {link}",
	"new login from Chrome on Windows, if this was you ignore it {link}",
	"the free tier now includes 2 GB {link}",
	"claim your conference ticket discount with code SUMMER {link}",
	"security update: please update your app {link}",
	"cảnh báo lừa đảo: ngân hàng không bao giờ yêu cầu mã OTP, xem {link}",
}

// announceTexts are what community admins post to everyone with an
// invite or a reputable link.
var announceTexts = []string{
	"@everyone meeting tonight at 8, join {link}",
	"@everyone new video is out {link}",
	"@everyone server maintenance in 10 minutes, status {link}",
	"@here giveaway this friday in #events, rules {link}",
	"@everyone our partner server {link}",
	"@everyone mọi người vào nhóm mới nhé {link}",
	"@here stream starting now {link}",
}

// hijackTexts are what a hijacked account posts to everyone: a scam
// server invite or page behind an official-looking link.
var hijackTexts = []string{
	"@everyone free nitro giveaway, claim here {link}",
	"@everyone I'm giving away $2500 in crypto, join {link}",
	"@everyone claim your airdrop before it ends {link}",
	"@here free steam gift cards for the first 100 {link}",
	"@everyone nhận quà miễn phí tại {link}",
	"@everyone congratulations you have been selected for the nitro drop {link}",
}

// invites are official or reputable links hijacked accounts and admins
// both post.
var invites = []string{"https://discord.gg/%s", "https://discord.com/invite/%s", "https://t.me/%s", "https://www.youtube.com/watch?v=%s"}

func fill(text, link string) string { return strings.ReplaceAll(text, "{link}", link) }

// linkText writes a link as people paste it.
func linkText(r *rand.Rand, x *Example) string {
	u := x.Link.Raw
	if !strings.Contains(u, "://") {
		u = "https://" + u
	}
	if x.Link.Path == "/" && x.Link.Query == "" && r.IntN(3) == 0 {
		u = strings.TrimSuffix(u, "/")
	}
	return u
}

// labelledMessage is one generated message for the message stage.
type labelledMessage struct {
	msg   bot.Message
	hints bot.Hints
	phish bool
}

var t0 = time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)

// generateMessages writes labelled messages around the links kept by
// keep: scam texts mostly beside phishing links, benign and promotional
// texts beside benign ones, and announcements and hijack posts around
// official invites. The sender's context is drawn at rates assumed, not
// measured: a newcomer sends 15 % of scams and 8 % of benign links,
// @everyone rides on 4 % of scams and 2 % of benign links, an edit adds
// the link to 4 % of scams and 2 % of benign messages.
func generateMessages(ex []Example, keep func(*Example) bool, seed uint64) []labelledMessage {
	r := rand.New(rand.NewPCG(seed, 3))
	var out []labelledMessage
	add := func(text string, phish bool) {
		m := bot.Message{ID: "x", Platform: bot.Discord, Chat: "c", User: "u", Time: t0, Text: text,
			MemberSince: t0.Add(-400 * 24 * time.Hour)}
		var h bot.Hints
		newcomer, mass, edit := 0.08, 0.02, 0.02
		if phish {
			newcomer, mass, edit = 0.15, 0.04, 0.04
		}
		if r.Float64() < newcomer {
			m.MemberSince = t0.Add(-time.Duration(1+r.IntN(50)) * time.Minute)
		}
		if r.Float64() < mass && !strings.Contains(text, "@") {
			m.Text = "@everyone " + m.Text
		}
		h.EditAddedLink = r.Float64() < edit
		out = append(out, labelledMessage{msg: m, hints: h, phish: phish})
	}
	for i := range ex {
		x := &ex[i]
		if !keep(x) {
			continue
		}
		link := linkText(r, x)
		if x.Phish {
			switch v := r.Float64(); {
			case v < 0.6:
				add(fill(pick(r, lureTexts), link), true)
			default:
				add(fill(pick(r, neutralTexts), link), true)
			}
			continue
		}
		switch v := r.Float64(); {
		case v < 0.5:
			add(fill(pick(r, neutralTexts), link), false)
		case v < 0.92:
			add(fill(pick(r, promoTexts), link), false)
		default:
			add(fill(pick(r, announceTexts), link), false)
		}
	}
	// official and reputable links: promotions, announcements and hijacks
	for k := 0; k < 1500; k++ {
		invite := fmt.Sprintf(pick(r, invites), randomCode(r))
		switch k % 5 {
		case 0, 1:
			add(fill(pick(r, promoTexts), invite), false)
		case 2, 3:
			add(fill(pick(r, announceTexts), invite), false)
		default:
			add(fill(pick(r, hijackTexts), invite), true)
		}
	}
	return out
}

func randomCode(r *rand.Rand) string {
	const letters = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
	b := make([]byte, 7+r.IntN(4))
	for i := range b {
		b[i] = letters[r.IntN(len(letters))]
	}
	return string(b)
}
