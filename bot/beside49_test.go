package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestBesideImpostorWords (beside49): a Beside, Tool or word-like
// brand's name hyphenated beside an impostor's words the notice lists did
// not know — a credential's rotation or session, a share's or a
// recording's view, a board, a firmware patch, a KYC check, a parcel's
// customs or redelivery, a notice's words run together — is flagged. Each
// was allowed (0.02-0.49, most with no reason) on main 019d4fe.
func TestBesideImpostorWords(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://slack-key-rotation.org/", bot.Warn},
		{"https://notion-session-renew.net/", bot.Warn},
		{"https://trello-board-shared.org/b/4", bot.Warn},
		{"https://zoom-recording-viewer-share.net/", bot.Allow}, // a viewer is a project's word
		{"https://zoom-recording-share.org/r/7", bot.Warn},
		{"https://docker-token-rotation.org/", bot.Warn},
		{"https://grafana-session-reauth.net/", bot.Warn},
		{"https://ubiquiti-firmware-update-patch.org/", bot.Warn},
		{"https://plex-plan-renewal-fix.org/", bot.Warn},
		{"https://auspost-customs-duty.net/", bot.Warn},
		{"https://evri-redeliver.org/", bot.Warn},
		{"https://dpd-parceltrack.org/", bot.Warn},
		{"https://natwest-newdevice.org/", bot.Warn},
		{"https://revolut-kyc-reverify.org/", bot.Warn},
	})
}

// TestBesideProjects (beside49): projects, tools and guides built on
// those brands, named after them with a tool's or a guide's word or a
// word neither list knows, stay allowed; one lone weaker word beside a
// word-like brand is no claim.
func TestBesideProjects(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"https://asana-board-widgets.dev/", bot.Allow},
		{"https://zoom-session-notes.dev/", bot.Allow},
		{"https://zoom-recording-transcriber.dev/", bot.Allow},
		{"https://notion-board-kanban.dev/", bot.Allow},
		{"https://ubiquiti-firmware-mirror.dev/", bot.Allow},
		{"https://plex-session-stats.dev/", bot.Allow},
		{"https://zoom-recording.dev/", bot.Allow},
		{"https://grafana-board.dev/", bot.Allow},
		{"https://docker-firmware.dev/", bot.Allow},
	})
}

// TestClaimedSenderBeside49 (beside49): a claimed sender's name in a
// lower-case lead, before a comma and the reader, with a plus written
// out in the host, or shortened to its consonants in the host, and
// claim48's missing asks and states (renew to keep watching, ready to
// watch, check it now, could not process) are read as claims. Each was
// allowed on main 019d4fe.
func TestClaimedSenderBeside49(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"quillo: your plan could not be renewed, renew it here https://quillo-plan.net/", bot.Delete},
		{"Fernhill, your card was declined, update it here https://fernhill-card-hold.net/", bot.Delete},
		{"Streamly+: your payment could not be processed, update your card https://streamlyplus-billing.net/", bot.Delete},
		{"Netflix: your membership is on pause, renew to keep watching https://nflx-member.net/", bot.Delete},
		{"Pathwave: the recording of the call you missed is ready to watch https://pathwave-recplay.net/", bot.Delete},
	})
}

// TestClaimedSenderBeside49Talk (beside49): tech chat's lower-case
// heads, commas that greet, a consonant short name beside a tool's word
// and a plus name on its own domain are no claims.
func TestClaimedSenderBeside49Talk(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"fix: your token could not be renewed, see https://quillo-plan.net/", bot.Allow},
		{"docs: update it here https://fernhill-docs.net/", bot.Allow},
		{"Fernhill, thanks for the update https://fernhill-card.net/", bot.Allow},
		// a greeting to a person, beside the person's own site
		{"Anna, your recording is ready to watch https://anna-portfolio.net/", bot.Allow},
		{"anna: your slides are ready to view, check it now https://anna-talks.net/", bot.Allow},
		// a developer service's name on .dev beside two weaker words
		{"https://zoom-recording-view.dev/", bot.Allow},
		{"https://asana-board-share.dev/", bot.Allow},
		{"Netflix: the nflx-tools repo is neat, check it now https://nflx-tools.dev/", bot.Allow},
		{"Streamly+: new season, watch it now https://streamlyplus.com/shows", bot.Allow},
	})
}
