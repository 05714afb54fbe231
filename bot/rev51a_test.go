package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestAutoNameOrdinary (rev51a): a shop's, a guide's or a dealer's name
// of a car's, a driver's or a pet's words on an ordinary ending — a
// subject only such a notice names beside one act (puppy-crate,
// recall-refund, kennel-fees), two subjects beside one act
// (ev-charging-fees, dang-kiem-xe-oto, xe-oto-tra-gop), a dealer's
// "mua xe trả góp" and an instant offer — is not flagged (each was
// warned on auto51's main 7e913c50, allowed before it); the scam names
// of the same words with a second word of their own still are.
func TestAutoNameOrdinary(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"Got my puppy crate from here https://www.puppy-crate.com/", bot.Allow},
		{"https://www.puppy-hold.com/", bot.Allow},
		{"https://www.recall-refund.com/", bot.Allow},
		{"https://www.kennel-fees.co.uk/", bot.Allow},
		{"EV owners: this explains https://ev-charging-fees.com/", bot.Allow},
		{"anyone tried https://dang-kiem-xe-oto.com/ ?", bot.Allow},
		{"Showroom bên mình hỗ trợ https://xe-oto-tra-gop.com/ nhé", bot.Allow},
		{"Mua xe trả góp lãi suất thấp https://mua-xe-tra-gop.com/", bot.Allow},
		{"https://instant-car-offer.com/", bot.Allow},
		{"https://kennel-deposit-secure.com/", bot.Warn},
		{"https://puppies-crate-customs.net/", bot.Warn},
		{"https://dang-kiem-nop-phi.com/", bot.Warn},
	})
}

// TestAutoNameBreedApart (rev51a): a breed written in two halves
// (golden-doodle) is read as the one subject it is, as french-bulldog
// is: golden-doodle-puppies.site was allowed on 7e913c50.
func TestAutoNameBreedApart(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"Puppy ready to ship https://golden-doodle-puppies.site/", bot.Warn},
		{"https://siberian-husky-puppies.online/", bot.Warn},
	})
}
