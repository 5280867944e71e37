using System.Text.Json.Nodes;
using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Plans.Store;
using EmulationBot.Protocol;
using EmulationBot.Units;

namespace EmulationBot.Office.Review;

/// <summary>The review cards: what waits for the reviewer, and one item with its details and the decision buttons.</summary>
public sealed class ReviewView(CardFactory cards, Strings strings)
{
    public Activity Queue(PublishedPlan plan, Person person, IReadOnlyList<ReviewEntry> entries, Language language, string? notice)
    {
        var items = new JsonArray();
        foreach (var entry in entries) items.Add(new JsonObject { ["id"] = entry.Id.ToString(), ["who"] = Who(entry, language), ["what"] = What(entry, language), ["status"] = Sent(entry, language) });
        return cards.Message("office-review", language, new JsonObject
        {
            ["plan"] = new JsonObject { ["id"] = plan.Plan.Id, ["title"] = plan.Plan.Title },
            ["notice"] = notice,
            ["scope"] = person.IsOffice ? T(language, "office.review.scopeOffice", entries.Count) : T(language, "office.review.scopeHead", entries.Count, person.Unit?.Name),
            ["items"] = items,
            ["canForward"] = person.IsOffice,
        });
    }

    public Activity Item(PublishedPlan plan, ReviewEntry entry, bool canDecide, Language language, string? notice)
    {
        var facts = new JsonArray();
        void Fact(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) facts.Add(new JsonObject { ["title"] = T(language, "office.review.fact." + key), ["value"] = value });
        }
        var lines = new JsonArray();
        if (entry.Commitment?.Commitment is { } c)
        {
            Fact("title", c.FindTitle()?.Name(language) ?? c.TitleCode);
            Fact("unit", c.UnitName);
            Fact("number", c.Number);
            Fact("sent", VietnamTime.FormatDateTime(entry.SentAt));
            Fact("status", Status(entry, language));
            Fact("pledge", c.Pledge?.Text);
            for (var i = 0; i < c.Targets.Count; i++) lines.Add($"{i + 1}. {c.Targets[i]}");
        }
        else
        {
            var r = entry.Report!.Report;
            Fact("unit", r.UnitName);
            Fact("due", VietnamTime.FormatDate(r.Due.Last));
            Fact("sent", $"{VietnamTime.FormatDateTime(r.SubmittedAt)} ({(r.OnTime ? T(language, "office.review.onTime") : T(language, "office.review.late", r.DaysLate))})");
            Fact("by", r.Submitter.Name);
            Fact("files", string.Join(", ", r.Files.Select(f => f.Name)));
            Fact("status", Status(entry, language));
            lines.Add(r.Summary);
        }
        return cards.Message("office-review-item", language, new JsonObject
        {
            ["title"] = Who(entry, language) + " — " + What(entry, language),
            ["notice"] = notice,
            ["plan"] = plan.Plan.Id,
            ["id"] = entry.Id.ToString(),
            ["facts"] = facts,
            ["lines"] = lines,
            ["canDecide"] = canDecide,
            ["isCommitment"] = entry.Commitment is not null,
        });
    }

    private string Who(ReviewEntry entry, Language language) => entry.Commitment?.Commitment is { } c
        ? c.Kind == Commitments.CommitmentKind.Collective ? T(language, "office.review.collective", c.UnitName) : c.Owner.Name
        : entry.Report!.Report.UnitName ?? entry.Report.Report.Submitter.Name;

    private string What(ReviewEntry entry, Language language) => entry.Commitment?.Commitment is { } c
        ? T(language, "office.review.registration", c.FindTitle()?.Name(language) ?? c.TitleCode)
        : T(language, "office.review.report", entry.Report!.Report.What, entry.Report.Report.Version);

    private string Sent(ReviewEntry entry, Language language) => T(language, "office.review.sentAt", Status(entry, language), VietnamTime.FormatDate(entry.SentAt));

    private string Status(ReviewEntry entry, Language language)
    {
        var status = entry.Commitment?.Commitment is { } c ? ReviewStatuses.Name(strings, c.Status, language) : ReviewStatuses.Name(strings, entry.Report!.Report.Status, language);
        var reason = entry.Commitment?.Commitment.ReturnReason ?? entry.Report?.Report.ReturnReason;
        return reason is null ? status : $"{status}: {reason}";
    }

    private string T(Language language, string key, params object?[] args) => strings.Get(language, key, args);
}
