package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestClaimedSenderOwnProducts (rev48a): a company's notice, a person's
// message or a project's news beside a host that runs the claimed name
// together with its product's, its trade's or a surname's letters
// (ubereats, marriottbonvoy, githubnext, highlandscoffee, janedoe), beside
// a country's or a language's site (prudential-vietnam, crystal-lang), or
// under a person's title ("Dr. Tran:") is not read as the name's impostor.
// Each was deleted by claim48's reading (24bcd1a).
func TestClaimedSenderOwnProducts(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		// a company's own product's or trade's name run together with its own
		{"Uber: your Uber Eats order was cancelled, a refund is on its way https://www.ubereats.com/orders", bot.Allow},
		{"Marriott: your points will expire soon, log in to keep them https://www.marriottbonvoy.com/loyalty", bot.Allow},
		{"GitHub: your Copilot preview access was approved, view it https://githubnext.com/projects", bot.Allow},
		{"Highlands: tặng bạn voucher 30% cho đơn đầu tiên, nhận ngay tại https://highlandscoffee.com.vn", bot.Allow},
		{"Garmin: your device firmware update is ready, please sign in https://garminconnect.com", bot.Allow},
		{"Honda: quý khách vui lòng xác nhận lịch hẹn tại https://hondaoto.com.vn", bot.Allow},
		{"Traveloka: your booking is confirmed, view it https://travelokapay.com/booking", bot.Allow},
		// a person's own site: a first name run together with a surname
		{"Jane: my new portfolio is up, please review it and tell me what you think https://janedoe.dev", bot.Allow},
		{"Minh: bạn vui lòng xác nhận tham dự nhé https://minhtran.dev/wedding", bot.Allow},
		// a person's title
		{"Dr. Tran: quý khách vui lòng xác nhận lịch khám tại https://drtran-dental.vn", bot.Allow},
		// a country's or a region's site, a programming language's
		{"Prudential: quý khách vui lòng thanh toán phí bảo hiểm tại https://prudential-vietnam.com.vn/thanh-toan", bot.Allow},
		{"Manulife: your policy statement is ready, please log in https://manulife-asia.com/statement", bot.Allow},
		{"Crystal: please update your shards, 1.14 released https://crystal-lang.org/2024/10/09/1.14.0-released/", bot.Allow},
	})
}

// TestClaimedSenderShapes (rev48a): the claimed name's words hyphenated
// in the host (mb-bank-huyphi for MB Bank), a notice signed at its end
// ("… - Zoom", "-Brex Team"), a lead name set off by », • or › or in
// markdown's emphasis ("*Quillo*:") are read as claim48's class. Each was
// allowed by claim48's reading (24bcd1a). The name run together with a
// notice's words (quillovoicemail, brexacardreview, secureramply) stays
// read.
func TestClaimedSenderShapes(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		// the name's words hyphenated
		{"MB Bank: tai khoan cua ban bi tru phi, huy tai https://mb-bank-huyphi.net", bot.Delete},
		{"Vietnam Airlines: chuyen bay cua ban bi huy, nhan hoan ve tai https://vietnam-airlines-hoanve.com", bot.Delete},
		{"Pacific Airlines: chuyến bay bị hủy, nhận hoàn vé tại https://pacific-airlines-hoanve.com", bot.Delete},
		// signed at the end
		{"A meeting recording was shared with you, view it https://zoom-recshare.com/rec/99 - Zoom", bot.Delete},
		{"You have a new voice message, listen now https://callwave-voicemsg.net - Callwave", bot.Delete},
		{"Your package is on hold, pay the redelivery fee https://parcelnova-redelivery.com - ParcelNova", bot.Delete},
		// other marks after the lead name, markdown's emphasis
		{"Tenderly • your card was declined, sign in to review https://tenderly-cardcheck.com", bot.Delete},
		{"Zoom » a recording was shared with you https://zoom-recshare.com/rec/1", bot.Delete},
		{"*Quillo*: you have a new voice message, listen https://quillo-voicemail.net/", bot.Delete},
		{"**Pylon**: you have unread messages, log in to view them https://pylon-inbox.net", bot.Delete},
		// run together with a notice's words: read as before
		{"Quillo: you have a new voice message, listen now https://quillovoicemsg.com/play", bot.Delete},
		{"Brexa: your card was declined, sign in to review https://brexacardreview.com", bot.Delete},
		{"Ramply: your expense was flagged, log in to verify https://secureramply.com/review", bot.Delete},
	})
}
