using System.Text.Json.Nodes;
using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Plans.Store;
using EmulationBot.Protocol;

namespace EmulationBot.Office.Audit;

/// <summary>The office's card of the latest audit entries, newest first, optionally for one plan.</summary>
public sealed class AuditView(IAuditLog log, PlanPicker plans, CardFactory cards, Strings strings)
{
    public const int Count = 20;
    public const string AllPlans = "*";

    public async Task<Activity> BuildAsync(Language language, PlanSummary? plan, CancellationToken cancellationToken)
    {
        var entries = await log.LatestAsync(Count, plan?.Id, cancellationToken);
        var published = await plans.PublishedAsync(cancellationToken);
        var titles = published.ToDictionary(p => p.Id, p => p.Title, StringComparer.Ordinal);
        var rows = new JsonArray();
        foreach (var entry in entries)
        {
            rows.Add(new JsonObject
            {
                ["when"] = VietnamTime.FormatDateTime(entry.At),
                ["actor"] = entry.ActorName ?? entry.ActorKey,
                ["what"] = Describe(language, entry, entry.PlanId is { } id && plan is null ? titles.GetValueOrDefault(id, id) : null),
            });
        }
        var choices = new JsonArray { new JsonObject { ["id"] = AllPlans, ["title"] = strings.Get(language, "office.audit.allPlans") } };
        foreach (var p in published) choices.Add(new JsonObject { ["id"] = p.Id, ["title"] = p.Title });
        var data = new JsonObject
        {
            ["scope"] = plan is null
                ? strings.Get(language, "office.audit.scopeAll", entries.Count)
                : strings.Get(language, "office.audit.scopePlan", entries.Count, plan.Title),
            ["entries"] = rows,
            ["empty"] = entries.Count == 0,
            ["plans"] = choices,
            ["selected"] = plan?.Id ?? AllPlans,
        };
        return cards.Message("office-audit", language, data);
    }

    private string Describe(Language language, AuditEntry entry, string? planTitle)
    {
        var action = strings.Find(language, "office.audit.action." + JsonNamingPolicyCamel(entry.Action.ToString())) ?? entry.Action.ToString();
        var text = entry.Subject is { Length: > 0 } subject ? $"{action}: {subject}" : action;
        if (planTitle is not null) text += $" — {planTitle}";
        if (entry.Detail is { Length: > 0 } detail) text += $" («{detail}»)";
        return text;
    }

    private static string JsonNamingPolicyCamel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
