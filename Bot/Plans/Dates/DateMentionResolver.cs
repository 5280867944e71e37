namespace EmulationBot.Plans.Dates;

/// <summary>Turns scanned dates into mentions: joins "từ … đến …" and dash pairs, settles years, reads markers and roles.</summary>
internal static class DateMentionResolver
{
    public static List<DateMention> Resolve(string folded, List<RawDate> raws, DateReadOptions options)
    {
        var result = new List<DateMention>();
        for (var i = 0; i < raws.Count; i++)
        {
            var raw = raws[i];
            if (raw.SpanFirstYear is { } firstYear)
            {
                result.Add(YearSpan(folded, raw, firstYear));
                continue;
            }
            if (i + 1 < raws.Count && TryPair(folded, raw, raws[i + 1], options, result))
            {
                i++;
                continue;
            }
            if (Single(folded, raw, options) is { } mention) result.Add(mention);
        }
        return result;
    }

    private static DateMention YearSpan(string folded, RawDate raw, int firstYear)
    {
        var anniversary = DateRoleJudge.IsAnniversaryPair(folded, raw.Start, raw.End, PlanDate.InYear(firstYear), PlanDate.InYear(raw.Year!.Value));
        return new DateMention(raw.Start, raw.Length, raw.Start, PlanDate.InYear(raw.Year.Value), DateMarker.Range,
            anniversary ? DateRole.Anniversary : DateRole.YearSpan)
        {
            RangeStart = PlanDate.InYear(firstYear),
        };
    }

    private static bool TryPair(string folded, RawDate first, RawDate second, DateReadOptions options, List<DateMention> result)
    {
        if (second.SpanFirstYear is not null) return false;
        var between = folded[first.End..second.Start];
        var dash = DateMarkers.IsDash(between);
        if (!dash && !DateMarkers.IsRangeJoin(between)) return false;
        var end = second.ToPlanDate(YearFor(second, options));
        var start = first.ToPlanDate(first.Year ?? second.Year ?? YearFor(first, options));
        if (end is not { } to || start is not { } from || to < from) return false;

        if (dash && DateRoleJudge.IsAnniversaryPair(folded, first.Start, second.End, from, to))
        {
            result.Add(new DateMention(first.Start, first.Length, first.Start, from, DateMarker.None, DateRole.Anniversary));
            result.Add(new DateMention(second.Start, second.Length, second.Start, to, DateMarker.None, DateRole.Anniversary));
            return true;
        }
        var rangeStart = DateMarkers.FromWord(folded, first.Start) ?? first.Start;
        var role = DateRoleJudge.IsCitedDocument(folded, rangeStart, hasMarker: false) ? DateRole.CitedDocument
            : from.Precision == DatePrecision.Year && to.Precision == DatePrecision.Year ? DateRole.YearSpan
            : DateRole.Plain;
        result.Add(new DateMention(rangeStart, second.End - rangeStart, first.Start, to, DateMarker.Range, role) { RangeStart = from });
        return true;
    }

    private static DateMention? Single(string folded, RawDate raw, DateReadOptions options)
    {
        var (marker, markerStart) = DateMarkers.Before(folded, raw.Start);
        if (raw.Year is null && marker == DateMarker.None && !options.UserInput) return null;
        var value = raw.ToPlanDate(YearFor(raw, options));
        if (value is not { } date) return null;
        if (raw.Year is null && options is { UserInput: true, PreferFuture: true, ReferenceDate: { } today } && date.Last < today)
        {
            date = raw.ToPlanDate(date.Year + 1) ?? date;
        }

        var role = DateRole.Plain;
        var start = marker == DateMarker.None ? raw.Start : markerStart;
        if (DateRoleJudge.IsCitedDocument(folded, raw.Start, marker != DateMarker.None)) role = DateRole.CitedDocument;
        else if (date.Precision == DatePrecision.Year && IsHorizon(folded, marker, markerStart, raw.Start)) role = DateRole.Horizon;
        return new DateMention(start, raw.End - start, raw.Start, date, marker, role) { Approximate = raw.Approximate };
    }

    /// <summary>"đến năm 2030" names a horizon; "đến hết năm 2023" and "trong năm 2023" are real deadlines.</summary>
    private static bool IsHorizon(string folded, DateMarker marker, int markerStart, int dateStart) =>
        marker == DateMarker.Until
            ? !folded[markerStart..dateStart].Contains("het", StringComparison.Ordinal)
            : marker == DateMarker.None && DateRoleJudge.IsHorizon(folded, dateStart);

    private static int? YearFor(RawDate raw, DateReadOptions options) =>
        raw.Year ?? options.DefaultYear ?? options.ReferenceDate?.Year;
}
