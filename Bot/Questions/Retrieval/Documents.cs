using EmulationBot.Questions.Text;

namespace EmulationBot.Questions.Retrieval;

/// <summary>The document numbers a text cites ("791/KH-UBND" → "791/kh-ubnd"), in the tokenizer's canonical form.</summary>
public static class Documents
{
    public static IEnumerable<string> In(string text) =>
        Tokenizer.Tokenize(FoldedText.Of(text), expand: false).Where(t => t.Kind == TokenKind.DocumentNumber).Select(t => t.Term);
}
