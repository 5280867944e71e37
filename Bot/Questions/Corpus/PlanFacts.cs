using EmulationBot.Questions.Text;

namespace EmulationBot.Questions.Corpus;

/// <summary>
/// Adds to a plan the facts people ask about that are not written as one sentence — who issued it, its number
/// and date, the movement's theme, who receives it (Nơi nhận), who signed it — as passages of the preamble and
/// the closing, so that the same retrieval finds them and the answer cites where they come from.
/// </summary>
public static class PlanFacts
{
    public static QaPlan With(QaPlan plan)
    {
        var sections = plan.Sections.ToList();
        Add(sections, QaSection.PreambleId, plan.Title, Header(plan));
        var closing = sections.FindIndex(s => s.IsClosing);
        if (closing >= 0)
        {
            var facts = Closing(sections[closing], out var covered).ToList();
            sections[closing] = sections[closing] with
            {
                Passages = sections[closing].Passages.Select((p, i) => covered.Contains(i) ? p with { Searchable = false } : p).ToList(),
            };
            Add(sections, QaSection.ClosingId, "Phần kết", facts);
        }
        return plan with { Sections = sections };
    }

    private static IEnumerable<(QaFact, string, string?)> Header(QaPlan plan)
    {
        var province = plan.Province is { Length: > 0 } p ? $" tỉnh {p}" : "";
        if (plan.Issuer is { Length: > 0 } issuer) yield return (QaFact.Issuer, $"Cơ quan ban hành kế hoạch: {issuer}{province}.", null);
        var number = plan.Number is { Length: > 0 } n ? $"Số hiệu (số, ký hiệu) kế hoạch: {n}" : null;
        var issued = plan.Issued is { Length: > 0 } d ? $"ngày ban hành: {d}" : null;
        if (number is not null || issued is not null) yield return (QaFact.Number, string.Join("; ", new[] { number, issued }.Where(x => x is not null)) + ".", plan.Issued);
        if (plan.Theme is { Length: > 0 } theme) yield return (QaFact.Theme, $"Chủ đề, tên đầy đủ của phong trào thi đua: “{theme}”.", null);
        yield return (QaFact.Title, $"Tên kế hoạch: {plan.Title}.", null);
    }

    /// <summary>"Nơi nhận:" and the bullets after it; the short lines after those are the signature.</summary>
    private static List<(QaFact, string, string?)> Closing(QaSection closing, out HashSet<int> covered)
    {
        covered = [];
        var facts = new List<(QaFact, string, string?)>();
        var passages = closing.Passages.ToList();
        var at = passages.FindIndex(p => FoldedText.Of(p.Text).TrimStart().StartsWith("noi nhan", StringComparison.Ordinal));
        if (at < 0) return facts;
        covered.Add(at);
        var inline = passages[at].Text[(passages[at].Text.IndexOf(':') + 1)..].Trim();
        var recipients = new List<string>();
        if (inline.Length > 0) recipients.Add(inline);
        var i = at + 1;
        for (; i < passages.Count && passages[i].IsBullet; i++)
        {
            recipients.Add(passages[i].Text.TrimEnd(';', '.', ' '));
            covered.Add(i);
        }
        var kept = recipients.Where(r => !IsFiling(r)).ToList();
        if (kept.Count > 0) facts.Add((QaFact.Recipients, $"Nơi nhận (kế hoạch được gửi đến): {string.Join("; ", kept)}.", null));
        if (recipients.FirstOrDefault(IsFiling) is { } filing) facts.Add((QaFact.Archive, Filing(filing), null));
        var signature = Enumerable.Range(i, passages.Count - i).Where(k => !passages[k].IsBullet && passages[k].Text.Length <= 60).ToList();
        covered.UnionWith(signature);
        if (signature.Count > 0) facts.Add((QaFact.Signer, $"Người ký kế hoạch: {string.Join(", ", signature.Select(k => passages[k].Text.Trim()))}.", null));
        return facts;
    }

    private static bool IsFiling(string line) => FoldedText.Of(line).TrimStart().StartsWith("luu", StringComparison.Ordinal);

    /// <summary>"Lưu: VT, VP." → where the plan is filed, with the filing codes of administrative writing spelled out.</summary>
    private static string Filing(string line)
    {
        var codes = line[(line.IndexOf(':') + 1)..].Trim().TrimEnd('.', ';');
        var spelled = FilingCodes.Where(c => codes.Split([',', ' ', '(', ')'], StringSplitOptions.RemoveEmptyEntries).Contains(c.Code, StringComparer.Ordinal))
            .Select(c => $"{c.Code}: {c.Name}").ToList();
        return $"Nơi lưu kế hoạch (lưu trữ): {codes}" + (spelled.Count > 0 ? $" ({string.Join("; ", spelled)})." : ".");
    }

    private static readonly (string Code, string Name)[] FilingCodes = [("VT", "Văn thư"), ("VP", "Văn phòng"), ("TH", "Tổng hợp")];

    private static void Add(List<QaSection> sections, string id, string heading, IEnumerable<(QaFact Fact, string Text, string? Date)> facts)
    {
        var list = facts.ToList();
        if (list.Count == 0) return;
        var index = sections.FindIndex(s => s.Id == id);
        var section = index >= 0 ? sections[index] : new QaSection(id, heading, 1, null, []);
        var passages = section.Passages.Concat(list.Select(f =>
            new QaPassage($"{id}#{f.Fact.ToString().ToLowerInvariant()}", f.Text, false, DateOf(f.Text, f.Date)) { Fact = f.Fact })).ToList();
        var updated = section with { Passages = passages };
        if (index >= 0) sections[index] = updated;
        else if (id == QaSection.PreambleId) sections.Insert(0, updated);
        else sections.Add(updated);
    }

    private static QaDate[] DateOf(string text, string? date) =>
        date is { Length: > 0 } && text.LastIndexOf(date, StringComparison.Ordinal) is var at and >= 0 ? [new QaDate(at, date.Length, QaDateRole.Own, date.Contains("tháng", StringComparison.Ordinal) ? QaDatePrecision.Month : QaDatePrecision.Day)] : [];
}
