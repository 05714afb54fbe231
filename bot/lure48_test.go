package bot_test

import (
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// lure48Found reports whether a verdict holds lure48's finding: a
// message's lure beside a stranger's link made for it.
func lure48Found(v bot.Verdict) bool {
	for _, r := range v.Reasons {
		if strings.Contains(r.Detail, "beside a stranger's link made for it") {
			return true
		}
	}
	return false
}

// TestLure48Flagged: a message's lure the lure lists do not know (each
// intent, English and Vietnamese, with and without marks) beside a
// stranger's link made for it is flagged with lure48's finding; none
// carries it on main (f926295, 24bcd1a), and most were allowed there.
func TestLure48Flagged(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, text := range []string{
		"dude there are pics of u going around, check https://gossip-board.site/t/9",
		"someone made a page, people are talking about you there https://page-chatter.click/",
		"bro was that actually you in the clip from saturday? https://clip-moments.com/w/3",
		"Hi grandma, I'm in jail after a car accident, please wire $2000 for bail https://bail-help-now.com",
		"Bác ơi cháu đang cấp cứu, bác chuyển khoản giúp cháu 5 triệu nhé https://cuu-tro-gap.com",
		"Con bi tai nan dang o vien, can chuyen gap 15 trieu theo huong dan https://vien-phi-gap.net", // "as instructed" is no guide
		"Work from home replying to chats, $35/hr, start today https://chatreply-work.com/start",
		"Lam tai nha bang dien thoai, 400k/ngay, dang ky ngay https://viec-tainha-24.com",
		"Trade with our AI and get 3.5% daily profit, minimum deposit $100 https://ai-profit-daily.online",
		"Nạp 1 triệu nhận 3 triệu sau 1 giờ, rút về tài khoản https://nap-rut-nhanh.site",
		"New voice message from +84 912 000 111, listen here https://voice-inbox-play.com/m/3",
		"Bạn có tin nhắn thoại mới từ số lạ, nghe tại đây https://hopthu-thoai.com/nghe",
		"Your mailbox will be permanently deleted in 24h due to inactivity, click to keep it https://mail-keep-active.com",
		"Flight cancelled? Claim your refund of €600 now https://flight-compensation-now.com",
		"Chuyên lấy lại tiền bị lừa đảo online, phí thấp https://thu-hoi-tien.com",
		"Study in Canada scholarship 2027, pay the $30 application fee today https://canada-study-grants.online",
		"Đi Nhật diện kỹ sư, bao đậu visa, đặt cọc 20 triệu giữ chỗ https://xkld-nhatban.online",
		"Your payslip for December is ready, log in to view your payslip https://staff-hub-online.com/p",
		"Bạn đã trúng tuyển vị trí kế toán, xác nhận hợp đồng lao động tại https://nhansu-moi.com/xn",
		"Your withdrawal is on hold, pay the 5% fee to unlock it https://acct-center-now.com/w",
		"Part-time remote job: optimize apps on your phone, 30 min a day, $120-$300 daily https://app-boost-work.com",
	} {
		j := judgeText(c, bot.Telegram, text)
		if j.Verdict.Level == bot.Allow || !lure48Found(j.Verdict) {
			t.Errorf("%q: %s (%.2f) %v, want flagged with lure48's finding", text, j.Verdict.Level, j.Verdict.Score, j.Verdict.Reasons)
		}
	}
}

// TestLure48LinkShape: one lure is read beside a stranger's link made for
// the message (a hyphenated name, a cheap ending, a free host, a
// shortener) and not beside a well-known site or a stranger's one-word
// name of its own.
func TestLure48LinkShape(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	const lure = "Mom I'm at the hospital after an accident, need you to transfer $700 urgently "
	for _, tc := range []struct {
		link string
		read bool
	}{
		{"https://help-transfer-now.com/p", true}, // hyphenated
		{"https://quillfield.xyz/p", true},        // a cheap ending
		{"https://quillfield.netlify.app/", true}, // a free host
		{"https://bit.ly/3xYz9Qa", true},          // a shortener
		{"https://quillfield.com/p", false},       // a one-word name of its own
		{"https://www.youtube.com/watch?v=dQw4w9WgXcQ", false},
		{"https://docs.google.com/document/d/1aBcDeFgHiJkLmN/edit", false},
		{"hxxps://help-transfer-now[.]com/p", false}, // quoted defanged
	} {
		j := judgeText(c, bot.Telegram, lure+tc.link)
		if got := lure48Found(j.Verdict); got != tc.read {
			t.Errorf("%s: lure48 read %v, want %v (%v)", tc.link, got, tc.read, j.Verdict.Reasons)
		}
	}
}

// TestLure48NotRead: the intents' words said as friends, employers,
// landlords, shops and members say them, beside strangers' hyphenated
// names, are not read (each was read by a draft of lure48).
func TestLure48NotRead(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, text := range []string{
		"haha is that really you in the 2010 yearbook? https://school-yearbooks.org/2010",
		"look who's in the release notes this month https://golang-weekly.com/issues/500",
		"you went viral on the dev subreddit lol https://old-reddit-mirror.com/r/golang",
		"Quán tuyển phục vụ part-time 22k/giờ, không cần kinh nghiệm, ca sáng https://com-nha-me-nau.com/tuyen",
		"data entry temp role $18/hr, 2 weeks, on site https://staffing-now.net/jobs/123",
		"Visa on arrival fee is $25 cash, details on the embassy page https://vietnam-embassy-info.org/visa",
		"the grant application fee is waived this year https://open-source-grants.org/apply",
		"Nạp 50k nhận 55k xu trong game, khuyến mãi cuối tuần https://game-xu-vn.com/nap",
		"mining pool pays 1% per day? no, that's not how PPLNS works https://pool-math-explained.dev",
		"the pool pays out 2% fee, daily payouts https://mining-pool-stats.net",
		"Trái phiếu doanh nghiệp cam kết lợi nhuận 9%/năm, đăng ký mua tại https://traiphieu-abc.com.vn/dang-ky",
		"Please review and sign the lease renewal, landlord's portal https://greenwood-apartments.com/portal",
		"our asterisk setup: new voicemail from any extension lands in email, see https://asterisk-guide.org/voicemail",
		"the old endpoint will be removed in v3, update your config https://docs.foo-bar.dev/migration",
		"Bệnh viện thông báo: người nhà bệnh nhân chuyển khoản viện phí qua tài khoản sau https://benhvien-tinh.org.vn/vien-phi",
		"Mọi người ủng hộ viện phí cho bác bảo vệ trường, chuyển khoản qua thủ quỹ lớp https://lop-12a1-k2020.web.app",
		"Beware of fund recovery scams, they ask for a fee upfront https://scam-alerts-blog.com/recovery",
		"how do you structure offer letters for contractors? template here https://hr-templates-hub.com/offer",
		"the payroll API returns payslip PDFs, docs at https://payroll-api-docs.dev/payslips",
		"withdrawal fee on this exchange is 0.0005 BTC https://exchange-fees-compare.com",
		"I signed my offer letter today!! https://career-diary.net/post/12",
		"invoice payment pending from client for 2 weeks, anyone else? https://freelancer-forum.net/t/9",
		"Hướng dẫn cách nhận biết tin nhắn con bị tai nạn cần chuyển gấp viện phí https://tin-tuc-canh-bao.com/a",
		"Cảnh giác chiêu lấy lại tiền bị lừa đảo, đừng tin https://tin-tuc-canh-bao.com/lay-lai-tien",
	} {
		if j := judgeText(c, bot.Telegram, text); lure48Found(j.Verdict) || j.Verdict.Level != bot.Allow {
			t.Errorf("%q: %s (%.2f) %v, want allowed without lure48's finding", text, j.Verdict.Level, j.Verdict.Score, j.Verdict.Reasons)
		}
	}
}

// TestLure48Form: a relative's emergency, a scholarship's fee or a
// recovery service asked on a form or a page anyone makes (Google Sites,
// Telegraph, a storage bucket) warns; beside a file on Google Drive, and
// a job's offer, a class's fee and a class's donation drive on a form,
// it is not read.
func TestLure48Form(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, tc := range []struct {
		text string
		read bool
	}{
		{"Mẹ ơi con bị tai nạn đang ở viện, chuyển gấp viện phí theo form này https://forms.gle/AbC123xyz", true},
		{"Study abroad scholarship, pay the $40 fee via https://forms.gle/Zz9", true},
		{"Lost access to your wallet? our recovery team restores it https://docs.google.com/forms/d/e/1FAIpQLx/viewform", true},
		{"Mom I'm at the hospital after an accident, need you to transfer $700 urgently https://sites.google.com/view/help-mom-now", true},
		{"Mom I'm at the hospital after an accident, need you to transfer $700 urgently https://telegra.ph/help-mom-12-06", true},
		{"Mom I'm at the hospital after an accident, need you to transfer $700 urgently https://storage.googleapis.com/helpmom/index.html", true},
		{"Mom I'm at the hospital after an accident, need you to transfer $700 urgently https://drive.google.com/file/d/1abc/view", false},
		{"Tuyển CTV làm tại nhà 300k/ngày, đăng ký https://forms.gle/Qq1", false},
		{"Sign up for the class trip, fee $20 https://forms.gle/Tt2", false},
		{"Quỹ lớp ủng hộ viện phí cho bạn Nam, chuyển khoản và điền form https://forms.gle/Uu3", false},
	} {
		j := judgeText(c, bot.Telegram, tc.text)
		if got := lure48Found(j.Verdict); got != tc.read || got && j.Verdict.Level == bot.Allow {
			t.Errorf("%q: lure48 read %v (%s %.2f), want %v", tc.text, got, j.Verdict.Level, j.Verdict.Score, tc.read)
		}
	}
}
