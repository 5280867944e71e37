using System.Globalization;

namespace EmulationBot.Localization;

/// <summary>Dates and times as people in Vietnam read them: Asia/Ho_Chi_Minh (UTC+7), dd/MM/yyyy.</summary>
public static class VietnamTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static DateTimeOffset ToVietnam(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(ToVietnam(time.GetUtcNow()).DateTime);

    public static string FormatDate(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string FormatDate(DateTimeOffset instant) => ToVietnam(instant).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string FormatDateTime(DateTimeOffset instant) => ToVietnam(instant).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The instant a Vietnam wall-clock time happens.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) =>
        new(date.ToDateTime(time), Zone.GetUtcOffset(date.ToDateTime(time)));
}
