using System.Text;
using EmulationBot.Text;

namespace EmulationBot.Office.Files;

/// <summary>
/// Reads CSV as RFC 4180 describes it (quoted fields with doubled quotes, line breaks inside quotes, CRLF or LF),
/// with the separator Excel used — ',' or, in locales such as vi-VN, ';' (or a tab) — found from the first line.
/// Text is UTF-8 (with or without BOM) or UTF-16 with a BOM; other encodings are refused rather than guessed.
/// </summary>
public static class CsvReader
{
    /// <summary>The text of a CSV file, or null when it is not UTF-8/UTF-16 text.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes) => TextDecoding.Decode(bytes);

    /// <summary>The records of <paramref name="text"/>, each with its line number (of its first line) in the file.</summary>
    public static List<(int Line, string[] Fields)> Parse(string text)
    {
        var separator = DetectSeparator(text);
        var records = new List<(int, string[])>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var atFieldStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else
                {
                    if (c == '\n') line++;
                    field.Append(c);
                }
                continue;
            }
            if (c == '"' && atFieldStart) { quoted = true; atFieldStart = false; continue; }
            if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
                atFieldStart = true;
                continue;
            }
            if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                fields.Add(field.ToString());
                field.Clear();
                records.Add((recordLine, fields.ToArray()));
                fields.Clear();
                atFieldStart = true;
                recordLine = ++line;
                continue;
            }
            field.Append(c);
            atFieldStart = false;
        }
        if (field.Length > 0 || fields.Count > 0 || quoted) records.Add((recordLine, [.. fields, field.ToString()]));
        return records;
    }

    private static char DetectSeparator(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var first = end < 0 ? text : text[..end];
        char[] candidates = [',', ';', '\t'];
        return candidates.OrderByDescending(c => first.Count(x => x == c)).First();
    }
}
