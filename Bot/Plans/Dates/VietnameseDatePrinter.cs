using System.Globalization;
using EmulationBot.Localization;

namespace EmulationBot.Plans.Dates;

/// <summary>Writes plan dates, deadlines and recurrences; everything it writes, <see cref="VietnameseDateReader"/> reads back.</summary>
public static class VietnameseDatePrinter
{
    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    public static string Format(PlanDate date, DateStyle style = DateStyle.Short) => style switch
    {
        DateStyle.Iso => date.ToIso(),
        DateStyle.Words => date.Precision switch
        {
            DatePrecision.Day => Invariant($"ngày {date.Day} tháng {date.Month} năm {date.Year}"),
            DatePrecision.Month => Invariant($"tháng {date.Month} năm {date.Year}"),
            DatePrecision.Quarter => Invariant($"quý {date.Quarter} năm {date.Year}"),
            _ => Invariant($"năm {date.Year}"),
        },
        DateStyle.NoDiacritics => date.Precision switch
        {
            DatePrecision.Day => Invariant($"ngay {date.Day}/{date.Month}/{date.Year}"),
            DatePrecision.Month => Invariant($"thang {date.Month}/{date.Year}"),
            DatePrecision.Quarter => Invariant($"quy {date.Quarter}/{date.Year}"),
            _ => Invariant($"nam {date.Year}"),
        },
        DateStyle.English => date.Precision switch
        {
            DatePrecision.Day => Invariant($"{date.Day} {EnglishDates.MonthName(date.Month)} {date.Year}"),
            DatePrecision.Month => Invariant($"{EnglishDates.MonthName(date.Month)} {date.Year}"),
            DatePrecision.Quarter => Invariant($"Q{date.Quarter} {date.Year}"),
            _ => Invariant($"{date.Year}"),
        },
        _ => date.Precision switch
        {
            DatePrecision.Day => Invariant($"{date.Day:D2}/{date.Month:D2}/{date.Year}"),
            DatePrecision.Month => Invariant($"tháng {date.Month:D2}/{date.Year}"),
            DatePrecision.Quarter => Invariant($"quý {Roman[date.Quarter - 1]}/{date.Year}"),
            _ => Invariant($"năm {date.Year}"),
        },
    };

    /// <summary>A date for the user's language: dd/MM/yyyy for a day in both; "tháng 10/2022" or "October 2022" otherwise.</summary>
    public static string Display(PlanDate date, Language language) =>
        language == Language.English && date.Precision != DatePrecision.Day ? Format(date, DateStyle.English) : Format(date, DateStyle.Short);

    /// <summary>"trước ngày 30/05/2022", "trong tháng 10/2022", "trong quý III/2025" (English: "by 30/05/2022", "in October 2022").</summary>
    public static string FormatDeadline(PlanDate date, Language language = Language.Vietnamese)
    {
        var text = Display(date, language);
        if (language == Language.English) return (date.Precision == DatePrecision.Day ? "by " : "in ") + text;
        return date.Precision == DatePrecision.Day ? "trước ngày " + text : "trong " + text;
    }

    /// <summary>"hằng tháng", "trước ngày 10 hằng tháng", "hằng quý", "định kỳ 6 tháng", "hằng năm" (English: "monthly", …).</summary>
    public static string FormatRecurrence(Recurrence recurrence, Language language = Language.Vietnamese)
    {
        var english = language == Language.English;
        var (unitVi, unitEn) = recurrence.Frequency switch
        {
            RecurrenceFrequency.Weekly => ("tuần", "week"),
            RecurrenceFrequency.Yearly => ("năm", "year"),
            _ => ("tháng", "month"),
        };
        string text;
        if (recurrence.Frequency == RecurrenceFrequency.Monthly && recurrence.Interval == 3) text = english ? "quarterly" : "hằng quý";
        else if (recurrence.Interval == 1) text = english ? unitEn switch { "week" => "weekly", "year" => "yearly", _ => "monthly" } : "hằng " + unitVi;
        else text = english ? Invariant($"every {recurrence.Interval} {unitEn}s") : Invariant($"định kỳ {recurrence.Interval} {unitVi}");
        if (recurrence.DayOfMonth is not { } day) return text;
        return english ? Invariant($"by day {day} of each month") : Invariant($"trước ngày {day} hằng tháng");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
