package postgres_test

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store/postgres"
	"github.com/immunebot/immune/store/postgres/pgtest"
)

// TestAdminWaitHoldsNoConnection: four hijacked accounts post links in four
// chats whose admin lists have not come yet, so that whether to mute each
// waits for its chat's list; meanwhile another member's link in another
// chat is judged at once. The waits hold none of the store's four pooled
// connections: before, each held one inside its account's transaction, and
// every other message with a link waited for them (up to 10 s a list).
func TestAdminWaitHoldsNoConnection(t *testing.T) {
	t.Parallel()
	const pool = 4
	db := openURL(t, pgtest.URL(t), postgres.Options{MaxConns: pool})
	e, err := bot.NewEngine(ctx, bot.DefaultConfig(), db, nil, nil)
	must(t, err)
	now := time.Now().UTC().Truncate(time.Second)
	asked := make(chan string, pool)
	release := make(chan struct{})
	var once sync.Once
	letGo := func() { once.Do(func() { close(release) }) }
	defer letGo()

	var wg sync.WaitGroup
	ds := make([]bot.Decision, pool)
	errs := make([]error, pool)
	for i := range pool {
		acct := bot.AccountKey{Platform: bot.Telegram, User: fmt.Sprint(100 + i)}
		must(t, db.PutOffender(ctx, bot.Offender{Account: acct, Name: "hijacked", Compromised: true,
			CompromisedSince: now.Add(-time.Hour), Evidence: "posted the same link in 3 chats", LastSeen: now.Add(-time.Hour)}))
		chat := fmt.Sprintf("-100%d", 10+i)
		m := bot.Message{ID: "1", Platform: bot.Telegram, Chat: chat, User: acct.User, UserName: "hijacked", Time: now,
			Text: "look at this https://another-site.example.net/",
			AskAdmin: func(context.Context) bool { // the chat's admin list, still on its way
				asked <- chat
				<-release
				return false
			}}
		wg.Go(func() { ds[i], errs[i] = e.Handle(ctx, &m) })
	}
	for range pool {
		select {
		case <-asked:
		case <-time.After(time.Minute):
			t.Fatal("the hijacked accounts' messages never asked whether their senders are admins")
		}
	}

	// Every admin lookup waits. Another member's link in another chat:
	hctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	other := bot.Message{ID: "7", Platform: bot.Telegram, Chat: "-100999", User: "200", UserName: "member", Time: now,
		Text: "new release https://github.com/bwmarrin/discordgo/releases/tag/v0.29.0"}
	d, err := e.Handle(hctx, &other)
	if err != nil || d.Verdict.Level != bot.Allow {
		t.Errorf("another member's link while four admin lookups wait: %v, %v; want it judged (allowed) at once", d.Verdict.Level, err)
	}

	letGo()
	wg.Wait()
	for i := range pool {
		if errs[i] != nil || !slices.Contains(ds[i].Actions, bot.ActRestrict) {
			t.Errorf("hijacked account %d, not an admin: actions %v (%v), want it muted", i, ds[i].Actions, errs[i])
		}
	}
}
