namespace EmulationBot.Office.Exports;

/// <summary>One table of an export (a sheet of the workbook, one CSV file): a name, typed columns and rows.</summary>
/// <param name="Rows">Cell values: string, <see cref="DateOnly"/>, <see cref="DateTimeOffset"/> (shown in Vietnam time), int/long/double, or null.</param>
public sealed record ExportTable(string Name, IReadOnlyList<ExportColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>A column: its header (Vietnamese, for the council's documents) and how wide it starts.</summary>
public sealed record ExportColumn(string Header, double Width = 18);
