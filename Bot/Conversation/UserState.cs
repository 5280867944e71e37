using EmulationBot.Commitments;
using EmulationBot.Localization;
using EmulationBot.Protocol;
using EmulationBot.Reports;

namespace EmulationBot.Conversation;

/// <summary>
/// Everything kept about one user, in one document: who they are, their preferences, the reference to their
/// personal chat with the bot, and the dialogs open in that chat. One document means one read (usually from
/// cache) and at most one write per turn in a personal chat.
/// </summary>
public sealed class UserState
{
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? TenantId { get; set; }

    /// <summary>The user's UPN (or e-mail) as the Teams roster gives it; looked up only when a role list names UPNs.</summary>
    public string? UserPrincipalName { get; set; }

    /// <summary>When the roster was last asked for <see cref="UserPrincipalName"/> (it may have none).</summary>
    public DateTimeOffset? UserPrincipalNameCheckedAt { get; set; }

    /// <summary>The language the user chose explicitly; it wins over detection.</summary>
    public Language? ChosenLanguage { get; set; }

    /// <summary>The language of the user's last message that told one way or the other.</summary>
    public Language? LastLanguage { get; set; }

    /// <summary>The plan the user is working on (Q&amp;A and dialogs default to it).</summary>
    public string? CurrentPlanId { get; set; }

    /// <summary>The personal chat, for proactive messages; null until the user has talked to the bot 1:1.</summary>
    public ConversationReference? PersonalChat { get; set; }

    /// <summary>Set when Teams says the bot was removed or the chat is gone: no more proactive messages.</summary>
    public bool PersonalChatGone { get; set; }

    public DateTimeOffset? WelcomedAt { get; set; }

    /// <summary>The user's own registrations, oldest first: "my commitments" and the duplicate check read this, not the records.</summary>
    public List<CommitmentRef> Commitments { get; set; } = [];

    /// <summary>The reports the user submitted, oldest first (the newest <see cref="ReportIndex.Capacity"/>).</summary>
    public List<ReportRef> Reports { get; set; } = [];

    /// <summary>Dialog state of the personal chat.</summary>
    public ConversationData Personal { get; set; } = new();
}
