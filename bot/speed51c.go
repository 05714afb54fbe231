package bot

import "github.com/immunebot/immune/bot/linkx"

// Cheap looks before the per-link readings that most links fail
// (speed51c). Each answers exactly what the reading it gates would: it
// passes over a link only where the reading says nothing of it.

// selfHostedPathLens has bit n set for each length n of a route's path
// in selfHostedApps (bit 63 for a path of 63 bytes or more): a link
// whose path has none of those lengths is no application's route.
var selfHostedPathLens = func() (m uint64) {
	for _, app := range selfHostedApps {
		for _, p := range app.paths {
			m |= 1 << min(len(p), 63)
		}
	}
	return m
}()

// mayBeSelfHostedRoute reports whether a link's path has the length of
// one of selfHostedApps' routes; selfHostedRoute compares the paths
// themselves only then.
func mayBeSelfHostedRoute(l *linkx.Link) bool {
	return selfHostedPathLens>>min(len(l.Path), 63)&1 != 0
}
