namespace EmulationBot.Questions.Corpus;

/// <summary>What a fact passage states.</summary>
public enum QaFact
{
    None,
    Issuer,
    Theme,
    Title,
    Number,
    Recipients,
    Signer,
    Period,
    Archive,
}
