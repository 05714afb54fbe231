package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestRev49cFeaturePairs (rev49c): a brand's name beside two words that
// together name a product's feature or a how-to (an install's fix, a
// session recording, a plan shared or an internet plan) and nothing
// else is a guide's, a plugin's or a reseller's site as often as an
// impostor's, and a Tool brand's name beside two weaker words on .io or
// .app is a project's as on .dev: allowed. Each was flagged by
// beside49's BesideName on main fc722b2. Beside a third sign, or a
// pair that is no feature, they still read.
func TestRev49cFeaturePairs(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"new blog post https://docker-install-fix.com/rootless", bot.Allow},
		{"nextcloud install fix https://nextcloud-install-fix.com", bot.Allow},
		{"our family split https://spotify-plan-share.com works fine", bot.Allow},
		{"canva plan share for students https://canva-plan-share.com", bot.Allow},
		{"https://zoom-session-recording.com/settings", bot.Allow},
		{"viettel, mạng nhà bạn ổn không https://viettel-internet-plan.com", bot.Allow},
		{"the grafana plugin is at https://grafana-board-share.io", bot.Allow},
		{"the tool i use https://zoom-recording-view.app", bot.Allow},
	})
	checkLevels(t, true, []levelCase{
		{"https://zoom-session-recording-expired.com/", bot.Warn},
		{"https://spotify-plan-share-renew.com/", bot.Warn},
		{"https://zoom-recording-view.net/", bot.Warn},
		{"https://slack-session-reauth.io/", bot.Warn},
	})
}

// TestRev49cLowerLeadTalk (rev49c): a lower-case lead before a colon
// claims a sender only when the message speaks to the reader; a member
// naming a tool or a technology and its trouble ("ssl: could not renew
// the certificate") is no notice. The first was deleted on main fc722b2
// (beside49's lower-case lead and its "could not renew" state).
func TestRev49cLowerLeadTalk(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"ssl: could not renew the certificate https://ssl-renew-check.com", bot.Allow},
		{"quillo: your session expired, sign in again https://quillo-session-renew.com", bot.Delete},
	})
}

// TestRev49cRunName (rev49c): a brand the matcher reads only as a whole
// word, run together with a notice's words in a stranger's name
// (barclaysnewdevice, hsbcnewpayee-alert, evritrackparcel), is flagged;
// each was allowed on main fc722b2. A name run together with words no
// notice holds (newsroom, newplaylist, newmusic) stays allowed.
func TestRev49cRunName(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://barclaysnewdevice.com/", bot.Warn},
		{"https://hsbcnewpayee-alert.com/", bot.Warn},
		{"https://evritrackparcel.com/", bot.Warn},
	})
	checkLevels(t, false, []levelCase{
		{"https://applenewsroom.com/", bot.Allow},
		{"https://spotifynewplaylist.com/", bot.Allow},
		{"check out https://chasenewmusic.com", bot.Allow},
		{"https://barclaysnewdevice.co.uk/", bot.Allow},
	})
}
