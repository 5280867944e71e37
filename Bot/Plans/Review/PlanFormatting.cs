using EmulationBot.Localization;
using EmulationBot.Plans.Dates;
using EmulationBot.Plans.Model;

namespace EmulationBot.Plans.Review;

/// <summary>How plan facts read on cards: dates as dd/MM/yyyy (or the month, quarter, year), deadlines with their repetition.</summary>
public sealed class PlanFormatting(Strings strings)
{
    public const string UnitSeparator = "; ";

    public string Date(PlanDate? date, Language language) =>
        date is { } d ? VietnameseDatePrinter.Display(d, language) : strings.Get(language, "plans.review.unknown");

    public string Due(Obligation obligation, Language language)
    {
        var parts = new List<string>();
        if (obligation.From is { } from && obligation.Due is { } due) parts.Add(strings.Get(language, "plans.review.periodRange", Date(from, language), Date(due, language)));
        else if (obligation.Due is { } only) parts.Add(Date(only, language));
        if (obligation.Recurrence is { } recurrence) parts.Add(VietnameseDatePrinter.FormatRecurrence(recurrence, language));
        return parts.Count == 0 ? strings.Get(language, "plans.review.unknown") : string.Join(", ", parts);
    }

    /// <summary>The deadline as the office can type it back: "30/05/2022", "từ 01/10/2025 đến 20/10/2025", "trước ngày 10 hằng tháng".</summary>
    public static string DueInput(Obligation obligation)
    {
        if (obligation.Recurrence is { } recurrence && obligation.Due is null) return VietnameseDatePrinter.FormatRecurrence(recurrence);
        if (obligation.Due is not { } due) return "";
        var text = VietnameseDatePrinter.Format(due);
        return obligation.From is { } from ? $"từ {VietnameseDatePrinter.Format(from)} đến {text}" : text;
    }

    public string Who(IReadOnlyList<string> who, Language language) =>
        who.Count == 0 ? strings.Get(language, "plans.review.unknown") : string.Join(UnitSeparator, who);

    public string? Period(PlanPeriod? period, Language language)
    {
        if (period is null) return null;
        if (period.From is { } from && period.To is { } to) return strings.Get(language, "plans.review.periodRange", Date(from, language), Date(to, language));
        if (period.To is { } end)
        {
            return period.StartsAt is { } start
                ? strings.Get(language, "plans.review.periodFromEvent", start, Date(end, language))
                : strings.Get(language, "plans.review.periodUntil", Date(end, language));
        }
        return period.From is { } begin ? strings.Get(language, "plans.review.periodFrom", Date(begin, language)) : null;
    }

    public static string Shorten(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > 0 ? cut : max)] + "…";
    }
}
