namespace EmulationBot.Questions.Corpus;

/// <summary>A paragraph or bullet in the plan's own words, with the dates found in it; or a fact the bot states from the metadata.</summary>
public sealed record QaPassage(string Id, string Text, bool IsBullet, IReadOnlyList<QaDate> Dates)
{
    public QaFact Fact { get; init; } = QaFact.None;

    /// <summary>False for lines a fact already states (each recipient, the signature lines): shown, but not searched on their own.</summary>
    public bool Searchable { get; init; } = true;
}
