using System.Globalization;
using EmulationBot.Localization;
using EmulationBot.Office.Files;

namespace EmulationBot.Office.Exports;

/// <summary>
/// One table as CSV for Excel (UTF-8 with BOM, RFC 4180): dates as dd/MM/yyyy in Vietnam time. A text that Excel
/// would run as a formula (starting with = + - @) gets a leading apostrophe, so typed content cannot become one.
/// </summary>
public static class CsvExport
{
    public static byte[] Write(ExportTable table) =>
        CsvWriter.Write([table.Columns.Select(c => c.Header).ToArray(), .. table.Rows.Select(r => r.Select(Text).ToArray())]);

    public static string Text(object? value) => value switch
    {
        null => "",
        string s => s.Length > 0 && s[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + s : s,
        DateOnly date => VietnamTime.FormatDate(date),
        DateTimeOffset instant => VietnamTime.FormatDateTime(instant).Split(' ') is [var time, var day] ? $"{day} {time}" : "",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
