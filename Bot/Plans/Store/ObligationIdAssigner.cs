using System.Globalization;
using EmulationBot.Plans.Dates;
using EmulationBot.Plans.Model;

namespace EmulationBot.Plans.Store;

/// <summary>
/// Gives a revision's obligations their stable ids ("o1", "o2" …). An obligation that already carries an id of the
/// plan keeps it (edited in review); one read afresh from a corrected file takes the id of the previous obligation
/// it matches (same sentence, or same section with the same date or mostly the same words); only new ones get new ids.
/// </summary>
public static class ObligationIdAssigner
{
    private const string Prefix = "o";

    /// <param name="previous">Earlier revisions of the plan, newest first.</param>
    public static List<Obligation> Assign(IReadOnlyList<Obligation> obligations, IReadOnlyList<Plan> previous)
    {
        var known = previous.SelectMany(p => p.Obligations).Where(o => IsStable(o.Id)).DistinctBy(o => o.Id).ToList();
        var next = known.Select(o => Number(o.Id)).DefaultIfEmpty(0).Max();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var ids = new string?[obligations.Count];
        for (var i = 0; i < obligations.Count; i++)
        {
            if (IsStable(obligations[i].Id) && known.Any(k => k.Id == obligations[i].Id) && used.Add(obligations[i].Id)) ids[i] = obligations[i].Id;
        }
        for (var i = 0; i < obligations.Count; i++)
        {
            if (ids[i] is not null) continue;
            var best = known.Where(k => !used.Contains(k.Id))
                .Select(k => (Known: k, Score: Score(obligations[i], k)))
                .Where(c => c.Score > 0)
                .OrderByDescending(c => c.Score)
                .FirstOrDefault();
            ids[i] = best.Known is { } match ? match.Id : Prefix + (++next).ToString(CultureInfo.InvariantCulture);
            used.Add(ids[i]!);
        }
        return obligations.Select((o, i) => o with { Id = ids[i]! }).ToList();
    }

    public static bool IsStable(string id) => id.Length > 1 && id[0] == 'o' && id[1..].All(char.IsAsciiDigit);

    private static int Number(string id) => int.Parse(id.AsSpan(1), CultureInfo.InvariantCulture);

    private static double Score(Obligation candidate, Obligation known)
    {
        var sameSource = candidate.Source.Length > 0 && Fold(candidate.Source) == Fold(known.Source);
        var sameSection = candidate.SectionId == known.SectionId;
        var words = Similarity(candidate.What, known.What);
        if (sameSource && sameSection && candidate.Due == known.Due) return 5;
        if (sameSource && words >= 0.6) return 4;
        if (sameSection && words >= 0.8) return 3;
        if (sameSection && candidate.Due == known.Due && words >= 0.4) return 2;
        return words >= 0.85 ? 1 : 0;
    }

    private static string Fold(string text) => AlignedFold.Fold(text).Trim();

    private static double Similarity(string a, string b)
    {
        var left = Words(a);
        var right = Words(b);
        if (left.Count == 0 || right.Count == 0) return 0;
        return (double)left.Intersect(right).Count() / left.Union(right).Count();
    }

    private static HashSet<string> Words(string text) =>
        Fold(text).Split([' ', ',', ';', '.', ':', '(', ')', '“', '”', '"'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
