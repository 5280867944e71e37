using System.Globalization;
using System.Text;
using EmulationBot.Plans.Dates;
using EmulationBot.Plans.Model;
using EmulationBot.Text;

namespace EmulationBot.Plans.Parsing;

/// <summary>
/// Makes one <see cref="Obligation"/> of a clause part: the deadline words taken out of "what", the unit named at its
/// start as "who" (a generic "mỗi đơn vị" yields to the unit the section is about), else the section's unit.
/// </summary>
internal static class ObligationBuilder
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly string[] TrailingWords = ["hoàn thành", "xong", "và", "để", "là", "vào", "trong thời gian", "trong", "trước", "đến", "từ", "bắt đầu", "gửi", "nộp"];
    private static readonly string[] LeadingWords = ["có trách nhiệm", "chịu trách nhiệm", "và", "đồng thời", "sau đó", "rồi"];

    public static Obligation? Build(string sentence, ObligationPart part, string? sectionUnit, List<string>? sentenceUnits, string id, string sectionId)
    {
        var cuts = new List<(int Start, int End)>();
        if (part.Deadline is { } d) cuts.Add((d.Start, d.End));
        if (part.Recurrence is { } r) cuts.Add((r.Start, r.Start + r.Length));
        var text = WithoutLabel(Remove(sentence, part.Start, part.End, cuts).Trim().TrimStart(',', ';', ':', '.', '-', ' '));
        var subject = UnitRecognizer.AtStart(text);
        List<string> who;
        if (subject is { Generic: false }) who = subject.Units;
        else if (sentenceUnits is not null && part.Start > 0) who = sentenceUnits;
        else if (sectionUnit is not null) who = [sectionUnit];
        else who = subject?.Units ?? [];

        var what = subject is null ? text : SkipBracket(text[subject.End..]);
        what = Clean(what);
        if (what.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 2) what = Clean(text);
        if (what.Length == 0) return null;

        var from = part.Deadline?.RangeStart ?? part.Mentions.FirstOrDefault(m => m.Role == DateRole.Plain && !m.IsDeadline && StartsAfterFrom(sentence, m))?.Value;
        return new Obligation
        {
            Id = id,
            What = what,
            Who = who,
            Due = part.Deadline?.Value,
            From = from,
            Recurrence = part.Recurrence?.Value,
            Source = sentence.Trim(),
            SectionId = sectionId,
        };
    }

    /// <summary>"Hồ sơ khen thưởng: Các đơn vị gửi …": the words before a colon name the topic, the task follows it.</summary>
    private static string WithoutLabel(string text)
    {
        var colon = text.IndexOf(':');
        return colon is > 0 and <= 80 && colon < text.Length - 1 && !text[..colon].Any(char.IsDigit) ? text[(colon + 1)..].TrimStart() : text;
    }

    private static bool StartsAfterFrom(string sentence, DateMention mention)
    {
        var before = AlignedFold.Fold(sentence[..mention.Start]).TrimEnd();
        return before.EndsWith(" tu", StringComparison.Ordinal) || before == "tu";
    }

    private static string Remove(string sentence, int start, int end, List<(int Start, int End)> cuts)
    {
        var sb = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            if (cuts.Any(c => i >= c.Start && i < c.End)) continue;
            sb.Append(sentence[i]);
        }
        return sb.ToString();
    }

    private static string SkipBracket(string text)
    {
        var trimmed = text.TrimStart();
        if (!trimmed.StartsWith('(')) return trimmed;
        var close = trimmed.IndexOf(')');
        return close < 0 ? trimmed : trimmed[(close + 1)..];
    }

    internal static string Clean(string text)
    {
        var s = VietnameseText.CollapseSpaces(text).Replace(" ,", ",", StringComparison.Ordinal).Replace(" .", ".", StringComparison.Ordinal)
            .Replace(",,", ",", StringComparison.Ordinal).Replace("()", "", StringComparison.Ordinal);
        bool changed;
        do
        {
            changed = false;
            var before = s;
            s = s.Trim().Trim(',', ';', ':', '.', '-', '–', '/', ' ');
            foreach (var word in TrailingWords)
            {
                if (s.EndsWith(" " + word, StringComparison.OrdinalIgnoreCase)) s = s[..^(word.Length + 1)];
            }
            foreach (var word in LeadingWords)
            {
                if (s.StartsWith(word + " ", StringComparison.OrdinalIgnoreCase)) s = s[(word.Length + 1)..];
            }
            changed = s != before;
        }
        while (changed);
        return s.Length == 0 ? s : char.ToUpper(s[0], Vi) + s[1..];
    }
}
