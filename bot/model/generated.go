package model

import "strings"

// ownName returns a hosted site's label and subdomain with the parts its
// platform writes into every host name read off, so that the features
// are those of the name its owner chose, in training and at run time
// alike:
//
//   - Heroku appends a 12-character random identifier to every app made
//     since June 2023 (example-app-1234567890ab.herokuapp.com); "the
//     random identifier is not considered to be part of the app name".
//   - Netlify's deploy permalinks put the deploy's 24-hex id in front of
//     the site's name (61bf94e5e73b010007ea2a05--site.netlify.app), its
//     deploy previews the pull request's number
//     (deploy-preview-12--site.netlify.app).
//   - Cloudflare Pages serves each deployment under an 8-hex subdomain
//     of the project (4c525ba6.project.pages.dev).
//
// The training lists hold next to none of these (no Heroku identifier,
// two Netlify ids), so a model reading them reacted to shapes it never
// saw: the Heroku identifier's digits raised any app's reading as a
// random, number-laden name's, and the Netlify and Pages parts lowered
// kits' (BENCHMARKS.md, free26 and model27). Other parts stay: a branch
// name (dev--site.netlify.app, dev.project.pages.dev) is the owner's.
func ownName(suffix, label, sub string) (string, string) {
	switch suffix {
	case "herokuapp.com":
		if n := len(label) - 13; n > 0 && label[n] == '-' && isGeneratedHex(label[n+1:]) {
			label = label[:n]
		}
	case "netlify.app":
		if head, site, ok := strings.Cut(label, "--"); ok && site != "" && site[0] != '-' {
			if len(head) == 24 && isGeneratedHex(head) || isDeployPreview(head) {
				label = site
			}
		}
	case "pages.dev":
		if len(sub) == 8 && isGeneratedHex(sub) {
			sub = ""
		}
	}
	return label, sub
}

// isGeneratedHex reports whether s is lower-case hex with a digit in it,
// as a platform's random identifier is (a word spelt in hex letters
// alone, such as "facade", is somebody's name).
func isGeneratedHex(s string) bool {
	digit := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digit = true
		case c >= 'a' && c <= 'f':
		default:
			return false
		}
	}
	return digit
}

// isDeployPreview reports whether s is Netlify's "deploy-preview-N".
func isDeployPreview(s string) bool {
	n, ok := strings.CutPrefix(s, "deploy-preview-")
	if !ok || n == "" || len(n) > 6 {
		return false
	}
	for i := 0; i < len(n); i++ {
		if !isDigit(n[i]) {
			return false
		}
	}
	return true
}
