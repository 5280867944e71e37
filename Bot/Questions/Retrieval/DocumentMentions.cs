using EmulationBot.Questions.Text;

namespace EmulationBot.Questions.Retrieval;

/// <summary>
/// The documents a question names: whole numbers ("791/KH-UBND", "05-CT/TW"), and bare numbers after a document's
/// type ("KH 461", "quyết định số 118", "NQ 27") — people rarely type the whole symbol. A bare number names every
/// cited document with that number (<see cref="Matches"/>). Tokens that name a plan (already used) do not count.
/// </summary>
public static class DocumentMentions
{
    public static List<string> Find(IReadOnlyList<Token> tokens, bool[] used)
    {
        var found = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (used[i]) continue;
            if (tokens[i].Kind == TokenKind.DocumentNumber) found.Add(tokens[i].Term);
            else if (tokens[i].Kind == TokenKind.Number && AfterType(tokens, i) && !BeforeUnit(tokens, i)) found.Add(tokens[i].Term);
        }
        return found.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>True when <paramref name="asked"/> (as the question names it) is the cited document <paramref name="cited"/>.</summary>
    public static bool Matches(string asked, string cited) =>
        asked == cited || (cited.Length > asked.Length && cited.StartsWith(asked, StringComparison.Ordinal) && cited[asked.Length] is '/' or '-');

    private static bool AfterType(IReadOnlyList<Token> tokens, int i)
    {
        var at = i - 1;
        if (at >= 0 && tokens[at].Term == "so") at--;
        return at >= 1 && Types.Contains(tokens[at - 1].Term + " " + tokens[at].Term);
    }

    /// <summary>"kế hoạch 05 năm": a length of time, not a document.</summary>
    private static bool BeforeUnit(IReadOnlyList<Token> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i + 1].Term is "nam" or "thang" or "ngay" or "tuan" or "quy" or "year" or "years" or "months";

    private static readonly HashSet<string> Types = new(StringComparer.Ordinal)
    {
        "ke hoach", "quyet dinh", "chi thi", "nghi quyet", "ket luan", "thong tu", "nghi dinh", "cong van", "van ban",
    };
}
