package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestPrivateEndings (fp48): a host under an ending only a company's or
// a home's network resolves (.intra, .intern, .loc, .priv, .localnet,
// .dmz, home.arpa) is read as a private address is; the same words on
// a public name are read as before.
func TestPrivateEndings(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"leave requests still go through http://urlaub.intra:8080/login until the new HR tool", bot.Allow},
		{"camera NVR at http://nvr.home.arpa/login.html, same password as the router", bot.Allow},
		{"ticket system: http://tickets.firma.intern/login.php?redirect=/queue", bot.Allow},
		{"deploy dashboard http://deploy.dmz:9000/signin", bot.Allow},
	})
	checkLevels(t, true, []levelCase{
		{"leave requests moved to http://urlaub-intra-login.com/login, sign in before Friday to keep your days", bot.Warn},
		{"verify your account now http://nvr-home-arpa.top/login.html", bot.Warn},
	})
}

// TestSpelledNames (fp48): a Vietnamese publication's or firm's name of
// three words or more written apart with its marks and run together in
// its link on Vietnam's ending is not read as scam letters where nothing
// else speaks against it; beside a lure, a notice, money, a brand or
// @everyone, or on any other ending, it is read as before.
func TestSpelledNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"Thời báo Tài chính Việt Nam https://thoibaotaichinhvietnam.vn/ có bài về trái phiếu doanh nghiệp", bot.Allow},
		{"theo Thời báo Tài chính Việt Nam https://www.thoibaotaichinhvietnam.vn/ thì room tín dụng còn rộng", bot.Allow},
	})
	checkLevels(t, true, []levelCase{
		{"Thời báo Tài chính Việt Nam tặng quà, nhận quà ngay https://thoibaotaichinhvietnam.vn/", bot.Warn},
		{"@everyone moon rise protocol https://moonriseprotocol.xyz/ claim now", bot.Warn},
		{"Thời báo Tài chính Việt Nam https://thoibaotaichinhvietnam.com/ có bài về trái phiếu doanh nghiệp", bot.Warn},
	})
}

// TestLookupTalk (fp48): a member saying they looked a code up on a
// lookup site named after it is no official notice; the notice's own
// shapes (to the reader, a refund, a deadline) are read as before.
func TestLookupTalk(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"Mã số thuế bên mình tra trên masothue.com thấy đúng tên công ty", bot.Allow},
		{"mình tra mã số thuế của nhà cung cấp ở masothue.com trước khi ký hợp đồng", bot.Allow},
	})
	checkLevels(t, true, []levelCase{
		{"Mã số thuế của bạn có khoản hoàn thuế, tra cứu tại https://masothue-hoantien.com/", bot.Warn},
		{"Mã số thuế của quý khách bị khóa, tra ngay tại masothue-mokhoa.com trong 24h", bot.Warn},
	})
}
