package discord

import (
	"context"
	"fmt"

	"github.com/bwmarrin/discordgo"
)

// serverAdminPerms are the permissions that let a member change immune's
// settings for a whole server, when the member has them from the server's
// roles (not from one channel's overwrites): Administrator, Manage Server,
// or Manage Messages.
const serverAdminPerms = discordgo.PermissionAdministrator | discordgo.PermissionManageGuild | discordgo.PermissionManageMessages

// basePermissions are a member's permissions in a server from its roles
// alone, before any channel's overwrites: what the member may do in the
// whole server. The owner may do everything.
func basePermissions(g *discordgo.Guild, userID string, roles []string) int64 {
	if userID != "" && userID == g.OwnerID {
		return discordgo.PermissionAll
	}
	var perms int64
	for _, r := range g.Roles {
		if r.ID == g.ID { // @everyone
			perms |= r.Permissions
			continue
		}
		for _, id := range roles {
			if r.ID == id {
				perms |= r.Permissions
				break
			}
		}
	}
	if perms&discordgo.PermissionAdministrator != 0 {
		perms = discordgo.PermissionAll
	}
	return perms
}

// guild returns a server with its roles and owner: from state, else from
// the REST API, and then kept in state (merged with what state holds of
// it) until the gateway's GUILD_CREATE replaces it.
func (a *Adapter) guild(ctx context.Context, id string) (*discordgo.Guild, error) {
	if g, err := a.s.State.Guild(id); err == nil && len(g.Roles) > 0 {
		return g, nil
	}
	var g *discordgo.Guild
	err := a.call(ctx, "read server", func(o ...discordgo.RequestOption) error {
		var err error
		g, err = a.s.Guild(id, o...)
		return err
	})
	if err != nil {
		return nil, err
	}
	if err := a.s.State.GuildAdd(g); err != nil {
		a.log.Debug("discord: the server read is not kept in state", keyGuild, id, keyErr, err.Error())
	}
	return g, nil
}

// serverAdmin reports whether a member may change immune's settings for
// the whole server: the owner, or Administrator, Manage Server or Manage
// Messages from the server's roles. Manage Messages granted in one
// channel's overwrites (the interaction's permissions, computed for that
// channel) is not enough. A server that cannot be read counts as no.
func (a *Adapter) serverAdmin(ctx context.Context, guildID, userID string, roles []string) bool {
	admin, _ := a.checkServerAdmin(ctx, guildID, userID, roles)
	return admin
}

// checkServerAdmin is serverAdmin that also reports unknown when the
// server's roles could not be read (the member is then treated as no
// admin).
func (a *Adapter) checkServerAdmin(ctx context.Context, guildID, userID string, roles []string) (admin, unknown bool) {
	g, err := a.guild(ctx, guildID)
	if err != nil {
		a.log.Warn("discord: the server's roles cannot be read; treating the member as no admin", keyGuild, guildID, keyUser, tag(userID), keyErr, err.Error())
		return false, true
	}
	return basePermissions(g, userID, roles)&serverAdminPerms != 0, false
}

// adminOf verifies that a user is an admin of another server (id names
// the server, or one of its channels), for a command that acts there too
// (a pardon): a member of it with server-level rights.
func (a *Adapter) adminOf(ctx context.Context, id, userID string) (bool, error) {
	guildID := id
	if c, err := a.s.State.Channel(id); err == nil && c.GuildID != "" {
		guildID = c.GuildID
	}
	var roles []string
	if m, err := a.s.State.Member(guildID, userID); err == nil {
		roles = m.Roles
	} else {
		var mem *discordgo.Member
		err := a.call(ctx, "read member", func(o ...discordgo.RequestOption) error {
			var err error
			mem, err = a.s.GuildMember(guildID, userID, o...)
			return err
		})
		switch code := errorCode(err); {
		case code == codeUnknownMember || code == codeUnknownGuild || code == codeMissingAccess:
			return false, nil // not a member there, or a server the bot is not in
		case err != nil:
			return false, fmt.Errorf("read member %s of server %s: %w", tag(userID), guildID, err)
		}
		roles = mem.Roles
	}
	g, err := a.guild(ctx, guildID)
	if err != nil {
		return false, fmt.Errorf("read server %s: %w", guildID, err)
	}
	return basePermissions(g, userID, roles)&serverAdminPerms != 0, nil
}
