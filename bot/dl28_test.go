package bot_test

import "testing"

// TestMarginFileReadings (margin28): through the engine, as an evaluator
// feeds messages (each its sender's first link, a member of long
// standing, so the engine adds first_link's 0.1 to a risky link), a file
// name in an editor's query, a library's repository on a self-hosted
// forge, a page's library or bundle and a jar laid out by a repository
// or a build server are noted, not warned about; a script named as
// droppers name theirs and a jar on a site of one's own stay flagged.
// The allowed lines were warned at 0.51 before (a .js or .jar at the end
// of a link weighed 0.45: 1 − 0.55 × 0.9).
func TestMarginFileReadings(t *testing.T) {
	t.Parallel()
	allowed := []string{
		"live demo https://codesandbox.io/s/quiet-river-x1y2z3?file=/src/App.js",
		"repro here https://stackblitz.com/edit/vitejs-vite-q7rtyu?file=src/main.js",
		"https://git.hollowpine.net/alice/left-pad.js",
		"the bundle https://cdn.hollowpine.net/assets/app.9f8e7d6c.js is 400 kB",
		"https://hollowpine.net/js/htmx-2.0.3.min.js",
		"the old page loads https://hollowpine.net/static/widget.js",
		"https://greasyfork.org/scripts/4321-dark-reader-lite/code/dark-reader-lite.user.js",
		"loader https://maven.hollowpine.net/releases/net/hollowpine/loader/0.15.11/loader-0.15.11.jar",
		"https://repo.hollowpine.net/repository/public/com/acme/cli/2.3.0/cli-2.3.0-all.jar",
		"https://ci.hollowpine.net/job/Toolkit/lastSuccessfulBuild/artifact/build/libs/Toolkit-1.4.jar",
		"https://api.hollowpine.net/v2/projects/relay/versions/3.1/builds/42/downloads/relay-3.1-42.jar",
	}
	flagged := []string{
		"https://hollowpine.net/dl.php?file=Invoice_0923.js",
		"https://hollowpine.net/s/x1y2?file=Document_Scan.js",
		"https://git.hollowpine.net/alice/Document_Scan.js",
		"https://hollowpine.net/static/setup.min.js",
		"https://hollowpine.net/files/optifine-installer.jar",
		"https://cdn.hollowpine.net/data/AbCdEf/sodium-fabric-0.6.0.jar",
		"https://hollowpine.net/com/acme/tool/1.2.3/tool-1.2.3.jar",
		"http://maven.hollowpine.net/com/acme/tool/1.2.3/tool-1.2.3.jar",
	}
	checkFirstLinks(t, allowed, flagged)
}
