package bot_test

import "testing"

// TestProjectPages (js34): through the engine, each its sender's first
// link (first_link lifts a .js at 0.45 over the warn line), a link whose
// path ends in a JavaScript project's name in a folder of pages about
// things (a tag, topic, package, project, course, job or docs page, or a
// forge's OWNER/NAME on a CI or coverage service) is noted, not warned
// about; each allowed line was warned at 0.51 before. A script named as
// droppers are (paperwork, an update, a date or an ID, a lure's word, a
// program droppers pass for, a brand, or a name joined from them), or a
// project's name served from a raw IP, a dynamic DNS name, a file drop, a
// cheap ending or a compromised site's uploads stays flagged.
func TestProjectPages(t *testing.T) {
	t.Parallel()
	allowed := []string{
		"see the thread https://forum.hollowpine.net/tags/next.js",
		"https://hollowpine.dev/t/three.js has a few good write-ups",
		"https://blog.hollowpine.net/tag/react.js",
		"https://hollowpine.io/tagged/node.js",
		"https://hollowpine.net/news/tag/d3.js",
		"https://hollowpine.com/tag/p5.js",
		"https://hollowpine.org/topics/vue.js",
		"https://code.hollowpine.net/explore/topics/chart.js",
		"https://hollowpine.io/npm/chart.js",
		"https://hollowpine.org/projects/next.js",
		"https://hollowpine.com/package/axios.js",
		"https://hollowpine.io/advisor/npm-package/next.js",
		"https://hollowpine.com/category/vue.js",
		"https://hollowpine.com/javascript/node.js",
		"https://discourse.hollowpine.org/c/questions/three.js",
		"https://hollowpine.net/technologies/javascript-frameworks/svelte.js",
		"https://hollowpine.io/learn/next.js",
		"https://hollowpine.com/courses/three.js",
		"https://hollowpine.com/remote-jobs/node.js",
		"https://hollowpine.dev/posts/migrating-to-next.js",
		"https://hollowpine.io/gh/SBoudrias/Inquirer.js",
		"https://hollowpine.io/github/chartjs/Chart.js",
	}
	flagged := []string{
		"http://185.244.25.17/Invoice_2024_88213.js",
		"http://45.137.22.9/tags/chart.js",
		"https://hollowpine.net/tags/Invoice_2024_88213.js",
		"https://hollowpine.net/topics/document-scan.js",
		"https://hollowpine.net/blog/update.js",
		"https://hollowpine.net/projects/payment_advice.js",
		"https://hollowpine.net/tag/Statement.js",
		"https://hollowpine.net/learn/setup.js",
		"https://hollowpine.net/posts/invoice-copy.js",
		"https://hollowpine.net/news/Xy12Ab.js",
		"https://hollowpine.net/package/next2024.js",
		"https://hollowpine.top/tags/next.js",
		"https://hollowpine.xyz/projects/node.js",
		"http://hollowpine.net/tags/next.js",
		"https://hollowpine.duckdns.org/tags/next.js",
		"https://hollowpine.net:8443/tags/next.js",
		"https://hollowpine.net/wp-content/uploads/topics/node.js",
		"https://hollowpine.net/download/tags/chart.js",
		"https://hollowpine.net/node.js",
		"https://hollowpine.net/files/three.js",
		"https://bashupload.com/tags/next.js",
		"https://hollowpine.net/tags/chrome.js",
		// words of a lure, a program droppers pass for, a brand, and
		// names joined from them
		"https://hollowpine.net/learn/verify.js",
		"https://hollowpine.net/c/wallet.js",
		"https://hollowpine.net/t/refund.js",
		"https://hollowpine.net/news/adobe-reader.js",
		"https://hollowpine.net/tag/tax-return.js",
		"https://hollowpine.net/blog/chromeupdate.js",
		"https://hollowpine.net/posts/paymentadvice.js",
		"https://hollowpine.net/learn/securedoc.js",
		"https://hollowpine.net/news/DHLExpress.js",
		"https://hollowpine.net/jobs/offerletter.js",
		"https://hollowpine.net/projects/metamask.js",
	}
	checkFirstLinks(t, allowed, flagged)
}
