using EmulationBot.Tests.Questions.Support;

namespace EmulationBot.Tests.Questions.Evaluation;

/// <summary>A test that needs the shared evaluation files (scorer, plans, question set): skipped, saying which is missing, without them.</summary>
internal sealed class SharedEvalFactAttribute : FactAttribute
{
    public SharedEvalFactAttribute(params string[] files)
    {
        var needed = files.Select(f => f.Split('/')).Append(["eval", "score.py"]).Append(["plans"]).ToArray();
        if (SharedEval.SkipReason(needed) is { } reason) Skip = reason;
    }
}
