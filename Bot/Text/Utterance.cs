namespace EmulationBot.Text;

/// <summary>What the user typed, with the normalised and folded forms that matching uses.</summary>
public sealed class Utterance
{
    public Utterance(string? text)
    {
        Original = text?.Trim() ?? "";
        Normalized = VietnameseText.Normalize(Original);
        Folded = VietnameseText.Fold(Original);
        Syllables = VietnameseText.Syllables(Folded);
        Padded = " " + string.Join(' ', Syllables) + " ";
    }

    public string Original { get; }
    public string Normalized { get; }
    public string Folded { get; }
    public IReadOnlyList<string> Syllables { get; }

    /// <summary>The syllables joined by single spaces, with a space at each end, for whole-word phrase tests.</summary>
    private string Padded { get; }

    public bool IsEmpty => Syllables.Count == 0;

    /// <summary>True if a folded phrase ("huy", "quay lai", "tro giup") occurs as whole syllables.</summary>
    public bool Contains(string foldedPhrase) => Padded.Contains(" " + foldedPhrase + " ", StringComparison.Ordinal);

    /// <summary>True if the whole utterance is one of the folded phrases (ignoring punctuation).</summary>
    public bool IsExactly(params string[] foldedPhrases)
    {
        var whole = Padded.Trim();
        return foldedPhrases.Any(p => string.Equals(whole, p, StringComparison.Ordinal));
    }
}
