package bot

import "slices"

// facts are what the policy decides on: the verdict, the sender's record
// and the chat's settings.
type facts struct {
	level            Level
	compromised      bool // the account is (now) marked compromised
	carriesLink      bool // the message carries a link or a risky file
	strikeLimit      bool // this message brought the account to the strike limit
	alreadyMuted     bool // the account is restricted in this chat already
	loggingDeletions bool // the chat has an admin log for every deletion
}

// rule is one line of the policy: when it holds, its actions are taken.
type rule struct {
	name string
	when func(f facts) bool // f by value: through a func value a pointer would send it to the heap
	then []Action
}

// policy turns findings into actions. A new rule is one entry; the order
// does not matter, the actions of every rule that holds are merged.
var policy = []rule{
	{"hijacked account posts a link",
		func(f facts) bool { return f.compromised && f.carriesLink },
		[]Action{ActDelete, ActWarn, ActRestrict, ActNotifyAdmins}},
	{"confident threat",
		func(f facts) bool { return f.level == Delete },
		[]Action{ActDelete, ActWarn}},
	{"unsure: warn and keep",
		func(f facts) bool { return f.level == Warn },
		[]Action{ActWarn}},
	{"too many strikes",
		func(f facts) bool { return f.strikeLimit },
		[]Action{ActRestrict, ActNotifyAdmins}},
	{"every deletion goes to the admin log when there is one",
		func(f facts) bool { return f.level == Delete && f.loggingDeletions },
		[]Action{ActNotifyAdmins}},
}

var actionOrder = [...]Action{ActDelete, ActWarn, ActRestrict, ActNotifyAdmins}

// decide applies the policy, then the chat's mode and the admin policy.
func decide(f *facts, mode Mode, admin bool, admins AdminPolicy) []Action {
	var set [len(actionOrder)]bool
	for _, r := range policy {
		if !r.when(*f) {
			continue
		}
		for _, a := range r.then {
			for i, o := range actionOrder {
				if o == a {
					set[i] = true
				}
			}
		}
	}
	const del, warn, restrict, notify = 0, 1, 2, 3
	if f.alreadyMuted {
		set[restrict] = false
	}
	if admin {
		// platforms cannot mute admins; a hijacked admin is for the others
		// to handle
		if set[restrict] {
			set[notify] = true
		}
		set[restrict] = false
		if admins == AdminsReport && (set[del] || set[warn]) {
			set[del], set[warn], set[notify] = false, true, true
		}
	}
	switch mode {
	case ModeOff:
		return nil
	case ModeWarn:
		if set[del] {
			set[del], set[warn] = false, true
		}
		set[restrict] = false
	}
	var out []Action
	for i, ok := range set {
		if ok {
			out = append(out, actionOrder[i])
		}
	}
	return out
}

// wouldRestrict reports whether decide restricts a member on f when the
// member is not muted already: only then does f.alreadyMuted change the
// decision (for an admin, restrict is never decided).
// It is decide's answer, worked out without making the list of actions.
func wouldRestrict(f *facts, mode Mode) bool {
	if mode == ModeOff || mode == ModeWarn {
		return false
	}
	for _, r := range policy {
		if slices.Contains(r.then, ActRestrict) && r.when(*f) {
			return true
		}
	}
	return false
}

// adminMatters reports whether the sender being an admin or not changes
// what is decided on f: the actions, or the admin note (which says so).
func adminMatters(f *facts, mode Mode, admins AdminPolicy) bool {
	member, admin := decide(f, mode, false, admins), decide(f, mode, true, admins)
	return !slices.Equal(member, admin) || slices.Contains(member, ActNotifyAdmins)
}
