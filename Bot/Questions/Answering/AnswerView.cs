using System.Text;

namespace EmulationBot.Questions.Answering;

/// <summary>An answer laid out for the user, texts already in their language: what the card shows and what the command line prints.</summary>
public sealed record AnswerView
{
    public required string Header { get; init; }

    public string? Lead { get; init; }

    public string? Quote { get; init; }

    public string? Source { get; init; }

    public string? Note { get; init; }

    /// <summary>Other plans' answers, shown after the source (see <see cref="PlanAnswer.AlsoFrom"/>).</summary>
    public IReadOnlyList<AnswerPart> Also { get; init; } = [];

    public IReadOnlyList<AnswerButton> Buttons { get; init; } = [];

    /// <summary>The whole reply as plain text: every line, then the buttons' titles.</summary>
    public string ToPlainText()
    {
        var sb = new StringBuilder(Header);
        var lines = new[] { Lead, Quote, Source }.Concat(Also.SelectMany(a => new[] { a.Header, a.Quote, a.Source })).Append(Note);
        foreach (var line in lines)
        {
            if (!string.IsNullOrWhiteSpace(line)) sb.Append('\n').Append(line);
        }
        foreach (var button in Buttons) sb.Append("\n[").Append(button.Title).Append(']');
        return sb.ToString();
    }
}
