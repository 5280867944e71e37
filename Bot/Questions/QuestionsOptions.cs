namespace EmulationBot.Questions;

/// <summary>Section <c>Questions</c>.</summary>
public sealed class QuestionsOptions
{
    public const string Section = "Questions";

    /// <summary>A folder of plan files (.md, .txt) to answer questions from; empty = no plans yet.</summary>
    public string? PlansFolder { get; set; }
}
