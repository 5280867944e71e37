using System.Text;

namespace EmulationBot.Plans.Dates;

/// <summary>
/// Reads Vietnamese (and, in user input, English) dates and deadlines, with or without diacritics:
/// "30/5/2022", "ngày 30 tháng 5 năm 2022", "tháng 10/2022", "trong tháng 11/2022", "quý III/2025", "quý 3 năm 2025",
/// "năm 2022", "trước ngày …", "đến hết ngày …", "từ … đến …", "chậm nhất …", "cuối tháng 11", and judges whether a
/// date belongs to a cited document or an anniversary rather than to the plan.
/// </summary>
/// <remarks>
/// Document text should be NFC (<see cref="AlignedFold.Clean"/>); mention positions index into that text.
/// Plan documents are read strictly (a year-less date counts only after a deadline word and takes
/// <see cref="DateReadOptions.DefaultYear"/>); user input is read leniently (see <see cref="DateReadOptions.ForInput"/>).
/// </remarks>
public static class VietnameseDateReader
{
    /// <summary>Every date in a plan's text, in order, with its marker and role.</summary>
    public static IReadOnlyList<DateMention> FindAll(string? text, DateReadOptions? options = null)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        options ??= DateReadOptions.Document;
        var nfc = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var folded = AlignedFold.Fold(nfc);
        return DateMentionResolver.Resolve(folded, DateScanner.Scan(folded, options.UserInput), options);
    }

    /// <summary>
    /// Reads one date from short input ("30/5", "tháng 10/2022", "quy 3 2025", "năm 2022", "30 May 2022").
    /// False when there is no date, more than one, or a range.
    /// </summary>
    public static bool TryRead(string? input, out PlanDate date, DateReadOptions? options = null)
    {
        date = default;
        var mentions = FindAll(input, AsInput(options));
        if (mentions.Count != 1 || mentions[0].Marker == DateMarker.Range) return false;
        date = mentions[0].Value;
        return true;
    }

    public static PlanDate? Read(string? input, DateReadOptions? options = null) =>
        TryRead(input, out var date, options) ? date : null;

    /// <summary>Reads a deadline typed by a user or found in a sentence: "trước ngày 30/5/2022", "từ 1/6 đến 30/6/2023", "trước ngày 10 hằng tháng".</summary>
    public static Deadline? ReadDeadline(string? input, DateReadOptions? options = null)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        var recurrence = RecurrenceReader.Find(input);
        var mentions = FindAll(input, AsInput(options))
            .Where(m => m.Role is DateRole.Plain)
            .Where(m => recurrence is not { } r || m.End <= r.Start || m.Start >= r.Start + r.Length)
            .ToList();
        var chosen = mentions.FirstOrDefault(m => m.Marker != DateMarker.None) ?? (mentions.Count == 1 ? mentions[0] : null);
        if (chosen is null && recurrence is null) return null;
        return new Deadline(chosen?.Value, chosen?.Marker ?? DateMarker.None, chosen?.RangeStart, recurrence?.Value);
    }

    private static DateReadOptions AsInput(DateReadOptions? options) =>
        options is null ? new DateReadOptions { UserInput = true } : options with { UserInput = true };
}
