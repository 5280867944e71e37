using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace EmulationBot.Plans.Ingestion;

/// <summary>
/// Works out the numbers Word shows for numbered paragraphs ("I.", "1.", "a)") by counting them as Word does:
/// per abstract list, deeper levels restarting when a level moves on; a bullet level yields no label.
/// </summary>
internal sealed class DocxNumbering
{
    private readonly Dictionary<int, int> _abstractOf = [];
    private readonly Dictionary<int, Dictionary<int, int>> _startOverrides = [];
    private readonly Dictionary<int, Dictionary<int, Level>> _levels = [];
    private readonly Dictionary<int, int[]> _counters = [];
    private readonly HashSet<int> _overridesApplied = [];

    public DocxNumbering(NumberingDefinitionsPart? part)
    {
        var numbering = part?.Numbering;
        if (numbering is null) return;
        foreach (var abstractNum in numbering.Elements<AbstractNum>())
        {
            if (abstractNum.AbstractNumberId?.Value is not { } id) continue;
            _levels[id] = abstractNum.Elements<Level>().Where(l => l.LevelIndex?.Value is not null).GroupBy(l => l.LevelIndex!.Value).ToDictionary(g => g.Key, g => g.First());
        }
        foreach (var instance in numbering.Elements<NumberingInstance>())
        {
            if (instance.NumberID?.Value is not { } numId || instance.AbstractNumId?.Val?.Value is not { } abstractId) continue;
            _abstractOf[numId] = abstractId;
            _startOverrides[numId] = instance.Elements<LevelOverride>()
                .Where(o => o.LevelIndex?.Value is not null && o.StartOverrideNumberingValue?.Val?.Value is not null)
                .ToDictionary(o => o.LevelIndex!.Value, o => o.StartOverrideNumberingValue!.Val!.Value);
        }
    }

    /// <summary>The label of the next paragraph of list <paramref name="numId"/> at <paramref name="level"/>; null for bullets.</summary>
    public (string? Label, bool IsBullet) Next(int numId, int level)
    {
        if (numId == 0 || !_abstractOf.TryGetValue(numId, out var abstractId) || !_levels.TryGetValue(abstractId, out var levels)) return (null, false);
        level = Math.Clamp(level, 0, 8);
        if (!levels.TryGetValue(level, out var definition)) return (null, false);
        var format = definition.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal;
        if (format == NumberFormatValues.Bullet) return (null, true);

        var counters = _counters.TryGetValue(abstractId, out var existing) ? existing : _counters[abstractId] = new int[9];
        if (_overridesApplied.Add(numId) && _startOverrides.TryGetValue(numId, out var overrides))
        {
            foreach (var (lvl, start) in overrides) counters[Math.Clamp(lvl, 0, 8)] = start - 1;
        }
        counters[level] = counters[level] == 0 && StartOf(levels, level) is var first && first > 1 ? first : counters[level] + 1;
        for (var deeper = level + 1; deeper < counters.Length; deeper++) counters[deeper] = 0;

        var text = definition.LevelText?.Val?.Value ?? "%" + (level + 1) + ".";
        var sb = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                var which = text[i + 1] - '1';
                var value = which >= 0 && which <= level ? Math.Max(counters[which], StartOf(levels, which)) : 1;
                var levelFormat = levels.TryGetValue(which, out var l) ? l.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal : NumberFormatValues.Decimal;
                sb.Append(Format(value, which == level ? format : levelFormat));
                i++;
            }
            else
            {
                sb.Append(text[i]);
            }
        }
        var label = sb.ToString().Trim();
        return (label.Length == 0 ? null : label, false);
    }

    private static int StartOf(Dictionary<int, Level> levels, int level) =>
        levels.TryGetValue(level, out var l) && l.StartNumberingValue?.Val?.Value is { } start ? start : 1;

    private static string Format(int value, NumberFormatValues format)
    {
        if (format == NumberFormatValues.UpperRoman) return Roman(value);
        if (format == NumberFormatValues.LowerRoman) return Roman(value).ToLowerInvariant();
        if (format == NumberFormatValues.UpperLetter) return ((char)('A' + (value - 1) % 26)).ToString();
        if (format == NumberFormatValues.LowerLetter) return ((char)('a' + (value - 1) % 26)).ToString();
        if (format == NumberFormatValues.DecimalZero) return value.ToString("D2", CultureInfo.InvariantCulture);
        return value.ToString(CultureInfo.InvariantCulture);
    }

    private static string Roman(int value)
    {
        var sb = new StringBuilder();
        foreach (var (n, s) in (ReadOnlySpan<(int, string)>)[(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")])
        {
            while (value >= n)
            {
                sb.Append(s);
                value -= n;
            }
        }
        return sb.ToString();
    }
}
