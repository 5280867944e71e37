using EmulationBot.Questions.Corpus;
using EmulationBot.Questions.Text;

namespace EmulationBot.Questions.Retrieval;

/// <summary>
/// The ways a question names a plan: its province ("Quảng Bình", "quang binh"), the province's initials ("QB")
/// unless they are a common abbreviation ("DN" is "doanh nghiệp"), and the plan's own number.
/// </summary>
public sealed class PlanAliases
{
    private static readonly HashSet<string> CommonInitials = new(StringComparer.Ordinal)
    {
        "dn", "cb", "vp", "kh", "hd", "tt", "ct", "dv", "bc", "cn", "nd", "gd", "td", "kt", "qd", "nq", "kl", "ld", "tw", "ub", "tp", "ks",
    };

    private readonly List<(string[] Words, string PlanId)> _phrases = [];

    /// <summary>Initials that are also common abbreviations, with their plan and as spelled with the province's own letters ("đn").</summary>
    private readonly List<(string Folded, string Spelled, string PlanId)> _sharedInitials = [];

    public PlanAliases(IEnumerable<QaPlan> plans)
    {
        foreach (var plan in plans)
        {
            if (plan.Province is { Length: > 0 } province)
            {
                var words = Words(province);
                if (words.Length > 0) _phrases.Add((words, plan.Id));
                if (words.Length >= 2)
                {
                    var initials = string.Concat(words.Select(w => w[0]));
                    if (!CommonInitials.Contains(initials)) _phrases.Add(([initials], plan.Id));
                    else _sharedInitials.Add((initials, Spelled(province), plan.Id));
                }
            }
            var number = plan.Number is { } n ? Tokenizer.Tokenize(n).FirstOrDefault(t => t.Kind == TokenKind.DocumentNumber) : default;
            if (number.Term is { } doc && char.IsAsciiDigit(doc[0])) _phrases.Add(([doc], plan.Id));
        }
        _phrases.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    /// <summary>
    /// The plans the tokens of <paramref name="nfc"/> name, marking the naming tokens in <paramref name="used"/>. Initials
    /// that are also an abbreviation ("DN" is "doanh nghiệp") name the plan only when typed with the province's letters
    /// ("ĐN") or as the question's heading ("DN: …", "DN - …").
    /// </summary>
    public HashSet<string> Find(string nfc, IReadOnlyList<Token> tokens, bool[] used)
    {
        var found = Find(tokens, used);
        foreach (var (folded, spelled, planId) in _sharedInitials)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if (used[i] || tokens[i].Term != folded) continue;
                var typed = nfc[tokens[i].Start..tokens[i].End];
                if (!string.Equals(typed, spelled, StringComparison.OrdinalIgnoreCase) && !(i == 0 && IsHeading(nfc, tokens[i].End))) continue;
                found.Add(planId);
                used[i] = true;
            }
        }
        return found;
    }

    /// <summary>The plans the tokens name, marking the naming tokens in <paramref name="used"/>.</summary>
    public HashSet<string> Find(IReadOnlyList<Token> tokens, bool[] used)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (words, planId) in _phrases)
        {
            for (var i = 0; i + words.Length <= tokens.Count; i++)
            {
                if (!Matches(tokens, used, i, words)) continue;
                found.Add(planId);
                for (var k = 0; k < words.Length; k++) used[i + k] = true;
            }
        }
        return found;
    }

    internal static bool Matches(IReadOnlyList<Token> tokens, bool[] used, int at, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (used[at + k] || !string.Equals(tokens[at + k].Term, words[k], StringComparison.Ordinal)) return false;
        }
        return true;
    }

    /// <summary>"Đắk Nông" → "đn": the first letters as written, lower case.</summary>
    private static string Spelled(string province) =>
        string.Concat(FoldedText.Nfc(province).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToLowerInvariant(w[0])));

    /// <summary>The initials head the question: a ":" or a dash follows them.</summary>
    private static bool IsHeading(string nfc, int end)
    {
        var rest = nfc.AsSpan(end).TrimStart();
        return rest.Length > 0 && rest[0] is ':' or '-' or '–' or '—';
    }

    private static string[] Words(string text) => Tokenizer.Tokenize(text).Select(t => t.Term).ToArray();
}
