using System.Text;

namespace EmulationBot.Office.Files;

/// <summary>
/// Writes CSV for Excel: UTF-8 with a BOM (without it Excel reads Vietnamese as Windows-1252 mojibake), CRLF line
/// ends, and RFC 4180 quoting (fields with a comma, quote, CR or LF are quoted, quotes doubled).
/// </summary>
public static class CsvWriter
{
    public static byte[] Write(IEnumerable<IReadOnlyList<string>> rows)
    {
        var sb = new StringBuilder();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Count; i++)
            {
                if (i > 0) sb.Append(',');
                Append(sb, row[i]);
            }
            sb.Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    private static void Append(StringBuilder sb, string? value)
    {
        value ??= "";
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0 && !(value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))))
        {
            sb.Append(value);
            return;
        }
        sb.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
