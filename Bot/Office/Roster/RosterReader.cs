using EmulationBot.Office.Files;

namespace EmulationBot.Office.Roster;

/// <summary>Turns a roster file (CSV or .xlsx) into its header's columns and data lines, or says why it cannot.</summary>
public static class RosterReader
{
    /// <summary>The data lines (after the header, blank lines dropped) and the columns; or the file-level problem.</summary>
    public static (List<(int Line, string[] Fields)> Lines, Dictionary<RosterColumn, int> Columns, RosterProblem? Problem) Read(string fileName, byte[] bytes, int maxRows)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension is ".xls" or ".ods" or ".numbers") return Fail(RosterProblemKind.UnsupportedFile, extension);
        var isXlsx = extension is ".xlsx" or ".xlsm" || (extension is not (".csv" or ".txt") && bytes.AsSpan().StartsWith("PK"u8));
        List<(int Line, string[] Fields)>? rows = null;
        if (isXlsx) rows = XlsxSheetReader.Read(bytes);
        else if (CsvReader.Decode(bytes) is { } text) rows = CsvReader.Parse(text);
        if (rows is null) return Fail(RosterProblemKind.UnreadableFile, fileName);

        rows = rows.Where(r => r.Fields.Any(f => !string.IsNullOrWhiteSpace(f))).ToList();
        if (rows.Count == 0) return Fail(RosterProblemKind.Empty);
        if (RosterHeaders.Find(rows.Select(r => r.Fields).ToList()) is not { } header)
        {
            var found = RosterHeaders.Map(rows[0].Fields);
            var missing = new[] { RosterColumn.Name, RosterColumn.Email }.First(c => !found.ContainsKey(c));
            return Fail(RosterProblemKind.MissingColumn, missing.ToString());
        }
        if (!header.Columns.ContainsKey(RosterColumn.Unit)) return Fail(RosterProblemKind.MissingColumn, nameof(RosterColumn.Unit));
        var data = rows.Skip(header.HeaderIndex + 1).ToList();
        if (data.Count == 0) return Fail(RosterProblemKind.Empty);
        if (data.Count > maxRows) return Fail(RosterProblemKind.TooManyRows, maxRows.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return (data, header.Columns, null);
    }

    private static (List<(int, string[])>, Dictionary<RosterColumn, int>, RosterProblem?) Fail(RosterProblemKind kind, string value = "") =>
        ([], [], new RosterProblem(0, kind, value));
}
