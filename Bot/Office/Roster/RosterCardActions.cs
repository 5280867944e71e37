using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Protocol;

namespace EmulationBot.Office.Roster;

/// <summary>The buttons of the roster preview: apply (one conditional update of the directory) or cancel.</summary>
public sealed class RosterCardActions(OfficeGate gate, RosterImporter importer, RosterView view, CardFactory cards, Strings strings)
{
    public async Task ApplyAsync(TurnContext turn, UserSession session, CardData? data, CancellationToken cancellationToken)
    {
        if (await gate.AllowAsync(turn, session, OfficeGate.Office, "roster apply", cancellationToken) is not { } person) return;
        var (outcome, import, plan) = await importer.ApplyAsync(person, data?.GetString("import") ?? "", cancellationToken);
        switch (outcome)
        {
            case RosterOutcome.Applied:
                await OfficeReply.CardAsync(turn, Done(session, strings.Get(session.Language, "office.roster.applied",
                    plan!.Count(RosterChangeKind.New), plan.Count(RosterChangeKind.Updated))), cancellationToken);
                break;
            case RosterOutcome.DirectoryChanged:
                var notice = strings.Get(session.Language, "office.roster.changed");
                await OfficeReply.CardAsync(turn, await view.PreviewAsync(session.Language, import!, plan!, notice, cancellationToken), cancellationToken);
                break;
            default:
                await OfficeReply.CardAsync(turn, Done(session, strings.Get(session.Language, "office.roster.gone")), cancellationToken);
                break;
        }
    }

    public async Task CancelAsync(TurnContext turn, UserSession session, CardData? data, CancellationToken cancellationToken)
    {
        if (await gate.AllowAsync(turn, session, OfficeGate.Office, "roster cancel", cancellationToken) is null) return;
        if (data?.GetString("import") is { Length: > 0 } id) await importer.DiscardAsync(id, cancellationToken);
        await OfficeReply.CardAsync(turn, Done(session, strings.Get(session.Language, "office.roster.cancelled")), cancellationToken);
    }

    /// <summary>A card with just the outcome, so the preview's buttons cannot be pressed again.</summary>
    private Activity Done(UserSession session, string text) =>
        cards.Message("office-note", session.Language, new System.Text.Json.Nodes.JsonObject { ["text"] = text });
}
