package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestGovThirdPartyNames (rev50b): a third party's site named after a
// public office — an advocate's, a lawyer's, opening hours, a reader, a
// FAQ, a Vietnamese lawyer's or news site — is not flagged for the
// office's name (each allow case was warned on main 07eba96, gov50); an
// impostor that puts a notice's demand beside such a word still is.
func TestGovThirdPartyNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"Our welfare rights service helps with appeals https://centrelink-advocates.org.au/appeals", bot.Allow},
		{"Opening hours for every centre https://servicensw-opening-hours.com/sydney", bot.Allow},
		{"We act for people with Centrelink debts https://centrelink-debt-lawyers.com.au", bot.Allow},
		{"The reader project https://ezpass-reader.dev/docs", bot.Allow},
		{"Văn phòng luật sư tư vấn chế độ https://luatsu-bhxh.vn/lien-he", bot.Allow},
		{"A volunteer's FAQ https://serviceontario-faq.ca", bot.Allow},
		{"SunPass: your toll is unpaid https://sunpass-toll-guide.com/pay", bot.Warn},
		{"HMRC: you are due a tax refund https://hmrc-refund-advice.com", bot.Warn},
		{"Centrelink: claim your payment now https://centrelink-payment-advice.com", bot.Warn},
	})
}
