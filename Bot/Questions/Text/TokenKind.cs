namespace EmulationBot.Questions.Text;

/// <summary>What a token is: a syllable, a number, or a whole document number.</summary>
public enum TokenKind
{
    Word,
    Number,
    DocumentNumber,
}
