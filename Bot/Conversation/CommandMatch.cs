using EmulationBot.Text;

namespace EmulationBot.Conversation;

/// <summary>Scores utterances against folded trigger phrases: longer phrases and whole-message matches score higher.</summary>
public static class CommandMatch
{
    /// <summary>The score of the best phrase found: its syllable count, doubled when it is the whole message.</summary>
    public static double Best(Utterance utterance, IEnumerable<string> foldedPhrases)
    {
        double best = 0;
        foreach (var phrase in foldedPhrases)
        {
            if (!utterance.Contains(phrase)) continue;
            var syllables = phrase.Count(c => c == ' ') + 1;
            var score = utterance.IsExactly(phrase) ? syllables * 2.0 : syllables;
            if (score > best) best = score;
        }
        return best;
    }
}
