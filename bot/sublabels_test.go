package bot

import (
	"testing"
	"time"

	"github.com/immunebot/immune/bot/linkx"
)

// TestSubLabelsReadNoLowerThanOne (sub22): two or more labels of plain
// words stacked in front of an unknown name read no lower than the name
// alone or with one of those labels in front (subLabelLogits); one label,
// labels with a digit or a hyphen and a tenant service's host keep the
// model's own reading. The names are made up.
func TestSubLabelsReadNoLowerThanOne(t *testing.T) {
	t.Parallel()
	c := NewClassifier(ClassifierConfig{})
	bm := c.brands.Load()
	hostLogit := func(host string) float32 {
		t.Helper()
		l, ok := linkx.Parse("https://" + host + "/login")
		if !ok {
			t.Fatalf("%s: no link", host)
		}
		return c.hosts.get(c, bm, &l).hostLogit
	}
	model := func(host string) float32 {
		t.Helper()
		h, _, _, ok := c.hostNameLogits(host, false)
		if !ok {
			t.Fatalf("%s: no link", host)
		}
		return h
	}
	for _, name := range []string{"quickfixdetailing.com", "claimportalx.xyz", "bluerivercarwash.com", "quickfixdetailing.github.io"} {
		floor := min(model(name), model("us."+name), model("docs."+name))
		for _, host := range []string{"us.docs." + name, "docs.us." + name, "us.docs.www." + name} {
			if got := hostLogit(host); got < floor-1e-6 {
				t.Errorf("%s reads %.2f, under %.2f (%s alone or with one label)", host, got, floor, name)
			}
		}
		floor = min(floor, model("secure."+name), model("app."+name), model("mail."+name))
		if got := hostLogit("app.mail.secure." + name); got < floor-1e-6 {
			t.Errorf("app.mail.secure.%s reads %.2f, under %.2f", name, got, floor)
		}
		// one label, or labels not of plain words: the model's reading
		for _, host := range []string{"docs." + name, "us." + name, "us2.docs." + name, "eu-west.docs." + name} {
			if got, want := hostLogit(host), model(host); got != want {
				t.Errorf("%s reads %.2f, want the model's %.2f", host, got, want)
			}
		}
	}
	// a host on a tenant service: its labels are a tenant's
	if got, want := hostLogit("login.acme.zendesk.com"), model("login.acme.zendesk.com"); got != want {
		t.Errorf("login.acme.zendesk.com reads %.2f, want the model's %.2f", got, want)
	}
	// the hole the rule closes: on the model's own reading the stacked
	// labels read under every one-label form
	if model("us.docs.quickfixdetailing.com") >= min(model("us.quickfixdetailing.com"), model("docs.quickfixdetailing.com")) {
		t.Log("the model no longer reads us.docs. under us. and docs.: the rule may be moot")
	}
}

// TestSubLabelsInALure (sub22): a lure's link with two labels in front
// of an unknown name scores no lower than with one of them.
func TestSubLabelsInALure(t *testing.T) {
	t.Parallel()
	c := NewClassifier(ClassifierConfig{})
	now := time.Date(2026, 10, 1, 12, 0, 0, 0, time.UTC)
	score := func(host string) float64 {
		m := Message{ID: "x", Platform: Telegram, Chat: "c", User: "u", Time: now, MemberSince: now.AddDate(-1, 0, 0),
			Text: "verify your account here https://" + host + "/login"}
		return c.Classify(&m, Hints{}).Verdict.Score
	}
	for _, name := range []string{"quickfixdetailing.com", "claimportalx.xyz"} {
		one := min(score("us."+name), score("docs."+name))
		if got := score("us.docs." + name); got < one-1e-9 {
			t.Errorf("us.docs.%s scores %.2f, under %.2f with one label", name, got, one)
		}
	}
}
