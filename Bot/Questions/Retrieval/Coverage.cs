using EmulationBot.Questions.Text;

namespace EmulationBot.Questions.Retrieval;

/// <summary>
/// The share of the question's meaning a segment covers: the IDF-weighted fraction of its content syllables the
/// segment holds (or holds an alternative of), averaged with the same fraction for its syllable pairs, since a
/// Vietnamese word is usually two syllables ("xem phim" is not "xem xét"). Words that name the plan itself are
/// left out; a syllable the plan never uses weighs as much as its rarest ones (a question made of them is not about
/// this plan), while an unknown pair weighs little (most pairs that straddle two words are unknown); a pair of two
/// stop or plan-naming syllables ("thi đua của"), or an unknown pair with one ("riêng và"), does not count. A word found
/// only in the headings or the rest of the passage counts for less than one in the segment's own text, and a
/// document number counts thrice.
/// </summary>
public static class Coverage
{
    public const double UnknownWordWeight = 0.7;
    public const double UnknownPairWeight = 0.3;
    public const double DocumentWeight = 3.0;

    /// <summary>A synonym is good evidence, but not as good as the user's own word.</summary>
    public const double AlternativeCredit = 0.8;

    public static double Of(PlanIndex index, Segment segment, AnalyzedQuestion question)
    {
        var words = Share(index, segment, question.WordUnits, question);
        // English questions are translated word by word: pairs across two English words say nothing.
        if (question.Language == Localization.Language.English) return words ?? 1.0;
        var pairs = Share(index, segment, question.Pairs, question);
        return (words, pairs) switch
        {
            (null, null) => 1.0,
            (null, { } p) => p,
            ({ } w, null) => w,
            ({ } w, { } p) => (w + p) / 2,
        };
    }

    /// <summary>The covered share of the words, or null when none of them counts (all name the plan).</summary>
    public static double? Share(PlanIndex index, Segment segment, IReadOnlyList<ContentWord> words, AnalyzedQuestion question)
    {
        double total = 0, covered = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var pair = word.First is not null;
            if (index.ReferenceTerms.Contains(word.Term) || word.InLexicalWord) continue;
            var idf = index.Idf(word.Term);
            // A pair with a stop word or a word naming the plan is a pair of two words only when the plan has it,
            // unless it is a known word ("ban hành": "ban" is also "bạn").
            if (pair && !word.IsLexical && (IsWeak(index, word.First!) || IsWeak(index, word.Second!)) && (idf is null || (IsWeak(index, word.First!) && IsWeak(index, word.Second!)))) continue;
            var weight = idf ?? index.RareIdf * (pair && !word.IsLexical ? UnknownPairWeight : UnknownWordWeight);
            if (word.Term.Contains('/') || question.Documents.Contains(word.Term)) weight *= DocumentWeight;
            total += weight;
            var credit = index.Credit(segment, word.Term);
            foreach (var alternative in word.AlternativeTerms)
            {
                var least = 1.0;
                foreach (var w in alternative) least = Math.Min(least, index.Credit(segment, w));
                credit = Math.Max(credit, AlternativeCredit * least);
            }
            covered += weight * credit;
        }
        return total == 0 ? null : covered / total;
    }

    /// <summary>A syllable that says little here: a stop word, or a word naming the plan.</summary>
    private static bool IsWeak(PlanIndex index, string syllable) => index.ReferenceTerms.Contains(syllable) || StopWords.Contains(syllable);
}
