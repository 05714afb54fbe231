// Command mkschema10 writes a store at schema 10 (the layout before stale
// offender copies) for store/testdata.
package main

import (
	"context"
	"log"
	"os"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store"
)

func main() {
	ctx := context.Background()
	t0 := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	now := t0.Add(2 * time.Hour)
	db, err := store.Open(os.Args[1], store.Options{Now: func() time.Time { return now }})
	if err != nil {
		log.Fatal(err)
	}
	acct := func(u string) bot.AccountKey { return bot.AccountKey{Platform: bot.Telegram, User: u} }
	// ann: written three times, moving each time
	for i, d := range []time.Duration{0, 10 * time.Minute, time.Hour} {
		o := bot.Offender{Account: acct("ann"), Name: "Ann", LastSeen: t0.Add(d), Chats: []string{"g1"}}
		o.Strikes = make([]time.Time, i+1)
		for j := range o.Strikes {
			o.Strikes[j] = t0
		}
		must(db.PutOffender(ctx, o))
		must(db.Commit(ctx))
	}
	// bảo: compromised, muted in two chats
	must(db.PutOffender(ctx, bot.Offender{Account: bot.AccountKey{Platform: bot.Discord, User: "2"}, Name: "Bảo",
		LastSeen: t0.Add(30 * time.Minute), Compromised: true, CompromisedSince: t0, Evidence: "fan-out",
		RestrictedUntil: t0.Add(25 * time.Hour), Restricted: []string{"s1", "s2"},
		RestrictedEnds: []time.Time{t0.Add(24 * time.Hour), t0.Add(25 * time.Hour)}, Groups: []string{"s1", "s2"}}))
	// cam: written, then deleted
	must(db.PutOffender(ctx, bot.Offender{Account: acct("cam"), LastSeen: t0.Add(5 * time.Minute)}))
	must(db.Commit(ctx))
	must(db.DeleteOffender(ctx, acct("cam")))
	// dan: written with a later LastSeen, then an earlier one
	must(db.PutOffender(ctx, bot.Offender{Account: acct("dan"), LastSeen: t0.Add(50 * time.Minute)}))
	must(db.Commit(ctx))
	must(db.PutOffender(ctx, bot.Offender{Account: acct("dan"), LastSeen: t0.Add(40 * time.Minute)}))
	must(db.SetFirstLink(ctx, acct("ann"), t0))
	must(db.Commit(ctx))
	must(db.Close())
}

func must(err error) {
	if err != nil {
		log.Fatal(err)
	}
}
