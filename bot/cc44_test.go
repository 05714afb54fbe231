package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/bot/linkx"
)

// TestSoldCountryEndings (cc44): a brand that owns its name under every
// country's ending (brand.Brand.AnyCountry) does not own it at run time
// under an ending sold to anyone (amazon.cc, dhl.tk, google.io): a
// sign-in or tracking page there is flagged; each was allowed on main
// (1f6e63f) as the brand's own site. The brand's real sites stay its own
// (google.tk, amazon.co.uk, airbnb.io).
func TestSoldCountryEndings(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://amazon.cc/login", bot.Warn},
		{"https://dhl.tk/track/parcel", bot.Warn},
		{"https://google.io/signin", bot.Warn},
		{"https://hsbc.co/login", bot.Warn},
		{"your Amazon account is locked, verify now https://amazon.cc/verify", bot.Warn},
	})
	checkLevels(t, false, []levelCase{
		{"https://www.google.tk/", bot.Allow},
		{"https://www.google.ws/", bot.Allow},
		{"https://www.amazon.co.uk/gp/css/order-history", bot.Allow},
		{"https://airbnb.io/lottie/", bot.Allow},
		{"https://www.rakuten.tv/uk", bot.Allow},
		{"https://www.paypal.me/johndoe", bot.Allow},
	})
}

// TestSoldCountryEndingsTrainingView (cc44): the trainer's view keeps
// reading amazon.cc as Amazon's own (not weighed), so the weights rebuild
// byte for byte; the run-time classifier weighs it.
func TestSoldCountryEndingsTrainingView(t *testing.T) {
	t.Parallel()
	l, ok := linkx.Parse("https://amazon.cc/login")
	if !ok {
		t.Fatal("no link")
	}
	if _, weighed := bot.NewClassifier(bot.ClassifierConfig{TrainingView: true}).LinkSignals(&l); weighed {
		t.Error("TrainingView weighs amazon.cc, want it Amazon's own as the weights were trained")
	}
	if _, weighed := bot.NewClassifier(bot.ClassifierConfig{}).LinkSignals(&l); !weighed {
		t.Error("run time: amazon.cc not weighed, want it read as a stranger's")
	}
}
