using System.Text.Json.Nodes;
using EmulationBot.Conversation;
using EmulationBot.Deadlines;
using EmulationBot.Localization;
using EmulationBot.Plans.Dates;
using EmulationBot.Protocol;

namespace EmulationBot.Reports;

/// <summary>The report's cards: review (with whether it would be on time now), receipt, and the list of submitted reports.</summary>
public sealed class ReportCards(CardFactory cards, Strings strings)
{
    public JsonObject ReviewData(ReportDraft draft, string submitter, DateTimeOffset now, Language language) => new()
    {
        ["facts"] = Facts(language,
            ("what", draft.What),
            ("plan", draft.PlanTitle),
            ("unit", draft.UnitName),
            ("submitter", submitter),
            ("due", draft.Due is { } due ? $"{VietnamTime.FormatDate(due.Last)} · {Timing(due, now, language)}" : null),
            ("files", draft.Files.Count == 0 ? T(language, "reports.card.noFiles") : string.Join(", ", draft.Files.Select(f => f.Name)))),
        ["summary"] = draft.Summary ?? "",
    };

    public Activity Receipt(Report report, Language language) => cards.Message("report-receipt", language, new JsonObject
    {
        ["heading"] = T(language, report.Version > 1 ? "reports.receipt.resubmitted" : "reports.receipt.submitted"),
        ["verdictColor"] = report.OnTime ? "Good" : "Attention",
        ["verdict"] = report.OnTime ? T(language, "reports.receipt.onTime") : T(language, "reports.receipt.late", report.DaysLate),
        ["facts"] = Facts(language,
            ("what", report.What),
            ("plan", report.PlanTitle),
            ("unit", report.UnitName),
            ("due", VietnamTime.FormatDate(report.Due.Last)),
            ("submittedAt", VietnamTime.FormatDateTime(report.SubmittedAt)),
            ("version", report.Version.ToString(language.Culture())),
            ("files", report.Files.Count == 0 ? null : string.Join(", ", report.Files.Select(f => f.Name)))),
        ["note"] = T(language, report.Version > 1 ? "reports.receipt.versionsKept" : "reports.receipt.note"),
    });

    public Activity List(IEnumerable<ReportRef> reports, Language language)
    {
        var items = new JsonArray();
        foreach (var report in reports.OrderByDescending(r => r.SubmittedAt).Take(15))
        {
            items.Add(new JsonObject
            {
                ["what"] = report.What,
                ["line"] = T(language, "reports.list.line", VietnamTime.FormatDateTime(report.SubmittedAt), report.Version, VietnamTime.FormatDate(report.Due.Last)),
                ["verdict"] = T(language, report.OnTime ? "reports.list.onTime" : "reports.list.late"),
                ["color"] = report.OnTime ? "Good" : "Attention",
            });
        }
        return cards.Message("report-list", language, new JsonObject { ["items"] = items });
    }

    /// <summary>"còn 3 ngày" / "hôm nay là hạn cuối" / "trễ 2 ngày", as if submitted at <paramref name="now"/>.</summary>
    public string Timing(PlanDate due, DateTimeOffset now, Language language)
    {
        if (!DueDates.IsOnTime(due, now)) return T(language, "reports.card.lateBy", DueDates.DaysLate(due, now));
        var left = DueDates.DaysLeft(due, DateOnly.FromDateTime(VietnamTime.ToVietnam(now).DateTime));
        return left == 0 ? T(language, "reports.card.onTimeToday") : T(language, "reports.card.onTimeDaysLeft", left);
    }

    private JsonArray Facts(Language language, params (string Key, string? Value)[] facts)
    {
        var array = new JsonArray();
        foreach (var (key, value) in facts)
        {
            if (string.IsNullOrWhiteSpace(value)) continue;
            array.Add(new JsonObject { ["title"] = T(language, "reports.card." + key), ["value"] = value });
        }
        return array;
    }

    private string T(Language language, string key, params object?[] args) => strings.Get(language, key, args);
}
