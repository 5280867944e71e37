using System.Text.Json.Nodes;
using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Plans.Dates;
using EmulationBot.Protocol;

namespace EmulationBot.Commitments;

/// <summary>The registration's cards: review, receipt, "my commitments" list and details, in the user's language.</summary>
public sealed class CommitmentCards(CardFactory cards, Strings strings)
{
    /// <summary>The data of the review card (the dialog's <c>CardPrompt</c> adds the question and routing fields).</summary>
    public JsonObject ReviewData(CommitmentDraft draft, string registrant, Language language) => new()
    {
        ["facts"] = Facts(language,
            ("plan", draft.PlanTitle),
            ("registrant", draft.Kind == CommitmentKind.Collective ? draft.UnitName : registrant),
            ("unit", draft.Kind == CommitmentKind.Individual ? draft.UnitName : null),
            ("kind", KindName(draft.Kind, language)),
            ("title", EmulationTitles.Find(draft.Kind, draft.TitleCode)?.Name(language)),
            ("number", draft.Number)),
        ["targets"] = Numbered(draft.Targets),
        ["pledge"] = PledgeText(draft.Pledge, language),
    };

    public Activity Receipt(Commitment commitment, bool updated, Language language) => cards.Message("commitment-receipt", language, new JsonObject
    {
        ["heading"] = T(language, updated ? "commitments.receipt.updated" : "commitments.receipt.created"),
        ["facts"] = Facts(language,
            ("number", commitment.Number),
            ("date", VietnamTime.FormatDateTime(commitment.UpdatedAt ?? commitment.RegisteredAt)),
            ("plan", commitment.PlanTitle),
            ("registrant", commitment.Kind == CommitmentKind.Collective ? commitment.UnitName : commitment.Owner.Name),
            ("title", commitment.FindTitle()?.Name(language)),
            ("targetCount", T(language, "commitments.card.targetCountValue", commitment.Targets.Count)),
            ("status", StatusName(commitment.Status, language))),
        ["pledge"] = PledgeText(commitment.Pledge, language),
        ["note"] = T(language, "commitments.receipt.note"),
    });

    /// <param name="entries">The user's index, oldest first; listed newest first.</param>
    public Activity List(IEnumerable<CommitmentRef> entries, Func<string, string?> planTitle, Language language)
    {
        var items = new JsonArray();
        foreach (var entry in entries.Reverse())
        {
            items.Add(new JsonObject
            {
                ["number"] = entry.Number,
                ["title"] = EmulationTitles.Find(entry.Kind, entry.TitleCode)?.Name(language) ?? entry.TitleCode,
                ["line"] = T(language, "commitments.list.line", entry.Number, VietnamTime.FormatDate(entry.RegisteredAt), KindName(entry.Kind, language)),
                ["plan"] = planTitle(entry.PlanId) ?? T(language, "commitments.list.planGone"),
            });
        }
        return cards.Message("commitment-list", language, new JsonObject { ["items"] = items });
    }

    public Activity Details(Commitment commitment, string? blockedReason, Language language) => cards.Message("commitment-details", language, new JsonObject
    {
        ["heading"] = commitment.FindTitle()?.Name(language) ?? commitment.TitleCode,
        ["facts"] = Facts(language,
            ("number", commitment.Number),
            ("date", VietnamTime.FormatDateTime(commitment.RegisteredAt)),
            ("plan", commitment.PlanTitle),
            ("registrant", commitment.Kind == CommitmentKind.Collective ? commitment.UnitName : commitment.Owner.Name),
            ("kind", KindName(commitment.Kind, language)),
            ("status", StatusName(commitment.Status, language)),
            ("returnReason", commitment.Status == CommitmentStatus.Returned ? commitment.ReturnReason : null)),
        ["targets"] = Numbered(commitment.Targets),
        ["pledge"] = PledgeText(commitment.Pledge, language),
        ["number"] = commitment.Number,
        ["canChange"] = blockedReason is null,
        ["blocked"] = blockedReason is null ? "" : T(language, "commitments.manage.blocked", T(language, blockedReason)),
    });

    public string KindName(CommitmentKind kind, Language language) =>
        T(language, kind == CommitmentKind.Collective ? "commitments.kindCollective" : "commitments.kindIndividual");

    public string StatusName(CommitmentStatus status, Language language) => T(language, "commitments.status." + status.ToString().ToLowerInvariant());

    public string PledgeText(Pledge? pledge, Language language)
    {
        if (pledge is null) return "";
        var kind = T(language, pledge.Kind == PledgeKind.ModelExample ? "commitments.modelExample" : "commitments.initiative");
        return pledge.ExpectedBy is { } by
            ? T(language, "commitments.card.pledgeBy", kind, pledge.Text, VietnameseDatePrinter.Display(by, language))
            : T(language, "commitments.card.pledge", kind, pledge.Text);
    }

    private JsonArray Facts(Language language, params (string Key, string? Value)[] facts)
    {
        var array = new JsonArray();
        foreach (var (key, value) in facts)
        {
            if (string.IsNullOrWhiteSpace(value)) continue;
            array.Add(new JsonObject { ["title"] = T(language, "commitments.card." + key), ["value"] = value });
        }
        return array;
    }

    private static JsonArray Numbered(IReadOnlyList<string> items) => [.. items.Select((item, i) => (JsonNode?)JsonValue.Create($"{i + 1}. {item}"))];

    private string T(Language language, string key, params object?[] args) => strings.Get(language, key, args);
}
