package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestClaimedSender (claim48): a message that speaks as a company by its
// name ("Name:", "[Name]", "Name —", "Name Support:", "Name thông báo", a
// notice "from Name") and asks, beside a stranger's host that carries the
// name joined to other words or as a label in front of another domain,
// is deleted, for names the bot has never heard of too. Each was allowed
// (or warned) on main f926295.
func TestClaimedSender(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		// the brief's readings on main: allowed 0.00, allowed, allowed 0.08
		{"Zoom: a meeting recording was shared with you, view https://zoom-recshare.com/rec/99", bot.Delete},
		{"Brex: a card transaction was declined, sign in to review https://brex-cardreview.com", bot.Delete},
		{"Slack: you have 4 unread messages in #general https://slack-unreadmsg.net/", bot.Delete},
		// warned 0.74 on main
		{"MB Bank thong bao: tai khoan cua ban bi tru phi, huy tai https://mbbank-huyphi.net", bot.Delete},
		// names nobody lists
		{"Quillo: you have a new voice message, listen https://quillo-voicemail.net/", bot.Delete},
		{"Pylon Sign: please review and sign the agreement https://pylonsign-review.net/env/3", bot.Delete},
		{"Tandem: your workspace will be deleted due to inactivity https://tandem-site-reactivate.com/w", bot.Delete},
		{"Hexa: your expense was flagged, log in to review https://hexa-expense-review.com/", bot.Delete},
		{"[Orbitly] Your invoice is overdue, pay now https://orbitly-billing.net/inv/7", bot.Delete},
		{"Fernhill — a document was shared with you https://fernhill-docshare.com/d/1", bot.Delete},
		{"New voicemail from Calloway, listen now https://calloway-vm.net/play", bot.Delete},
		{"Vietnam Airlines (VNA): chuyến bay của bạn bị hủy, nhận hoàn vé tại https://vna-hoanve.com", bot.Delete},
		{"Hoa Sen Air thông báo: chuyến bay bị hủy, nhận hoàn vé tại https://hoasenair-hoanve.com", bot.Delete},
		// the name as a label in front of a stranger's domain
		{"Quillo: a file was shared with you, view it https://quillo.share-page.app/f/2", bot.Delete},
		{"Parcelly: your package is held, pay the fee https://parcelly.packagecare-track.com/", bot.Delete},
	})
}

// TestClaimedSenderOwnSites (claim48): a company's notice on its own
// domain (the registrable name exactly the company's, on any ending, or
// with only its own sites' words), its sites named in talk, third
// parties' tools named after it, a community's invite on its platform,
// tech chat listing a project's pages as "Name: link" and prose that
// cites a site by its name are not read.
func TestClaimedSenderOwnSites(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"Brex: your statement is ready, sign in to view it https://brex.com/statements", bot.Allow},
		{"Quillo: you have a new voice message, listen https://app.quillo.io/vm/2", bot.Allow},
		{"Tandem Cloud: your backups are ready, view them https://tandem.cloud/backups", bot.Allow},
		{"Hoa Sen thông báo: lịch bay mới, xem tại https://hoasen.vn/lich-bay", bot.Allow},
		{"Quillo: view our status page https://quillo-status.com", bot.Allow},
		{"shopify engineering on their monolith https://shopify.engineering/", bot.Allow},
		{"Quillo status is at https://www.quillo-status.com", bot.Allow},
		{"is QuilloTracker worth it? https://quillotracker.com/", bot.Allow},
		{"the gophers slack https://gophers.slack.com/", bot.Allow},
		// tech chat: a project's name, its guide's or tool's host
		{"Docker: login to the registry first, see https://docker-registry-guide.dev/", bot.Allow},
		{"Postgres: confirm your settings with this tuner https://postgres-tuner.dev/", bot.Allow},
		{"Redis: how to renew TLS certs https://redis-tls-guide.com/", bot.Allow},
		{"Vue: view the loader docs https://vue-loader.vuejs.org/guide/", bot.Allow},
		{"Tailwind: view components https://tailwind-components.com/", bot.Allow},
		// a team's own instance of a tool
		{"GitLab: a merge request was assigned to you https://gitlab.acme-corp.com/mr/1", bot.Allow},
		{"Grafana: alert firing, view it https://grafana.acme-infra.net/d/abc", bot.Allow},
		{"Sentry: 3 new issues, view them https://sentry.acme.io/issues", bot.Allow},
		// prose: a heading that is no sender, a site named as cited,
		// "from" a site rather than a sender
		{"Schema-based: we recommend using JSON Schema (https://json-schema.org/) to validate your routes", bot.Allow},
		{"You'll need to install Sphinx by downloading the package from the Sphinx website (https://www.sphinx-doc.org/)", bot.Allow},
	})
}

// TestClaimedSenderNamesTheBrand: where the claimed name is a protected
// brand's, the claim's finding still names the site imitated, so the
// headline members read says which (the demo's fake bank, in Vietnamese
// "giả mạo vietcombank.com.vn"); before, the claim's finding replaced the
// brand's and the headline fell back to "this looks like a scam".
func TestClaimedSenderNamesTheBrand(t *testing.T) {
	t.Parallel()
	text := "Techcombank thông báo: tài khoản của quý khách bị tạm khóa, xác minh ngay tại https://techcombank-baomat.net/"
	v := judgeText(bot.NewClassifier(bot.ClassifierConfig{}), bot.Telegram, text).Verdict
	for _, r := range v.Reasons {
		if r.Code == bot.CodeBrandInDomain {
			if r.Imitates != "techcombank.com" {
				t.Errorf("brand finding %q imitates %q, want techcombank.com", r.Detail, r.Imitates)
			}
			return
		}
	}
	t.Errorf("no brand finding: %+v", v.Reasons)
}
