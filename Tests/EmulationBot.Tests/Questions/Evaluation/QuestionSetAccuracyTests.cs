using EmulationBot.Tests.Questions.Support;
using Xunit.Abstractions;

namespace EmulationBot.Tests.Questions.Evaluation;

public class QuestionSetAccuracyTests(ITestOutputHelper output)
{
    private const double Goal = 0.9;

    [SharedEvalFact("eval/qa-dev.json")]
    public async Task DevSet_WholeSet_AtLeast90PercentOverallAndOnEachKind()
    {
        var run = await RunAsync(SharedEval.Path("eval", "qa-dev.json")!, "qa-dev");
        AssertGoal(run);
    }

    [SharedEvalFact]
    public async Task OwnSet_DifferentWordingBothPlansAllStyles_AtLeast90Percent()
    {
        var run = await RunAsync(Path.Combine(AppContext.BaseDirectory, "Data", "Questions", "qa-own.json"), "qa-own");
        AssertGoal(run);
    }

    [SharedEvalFact]
    public async Task OwnSecondSet_AtLeast90Percent()
    {
        var run = await RunAsync(Path.Combine(AppContext.BaseDirectory, "Data", "Questions", "qa-own-2.json"), "qa-own-2");
        AssertGoal(run);
    }

    [SharedEvalFact]
    public async Task OwnThirdSet_AtLeast90Percent()
    {
        var run = await RunAsync(Path.Combine(AppContext.BaseDirectory, "Data", "Questions", "qa-own-3.json"), "qa-own-3");
        AssertGoal(run);
    }

    [SharedEvalFact]
    public async Task BlindSetA_WrittenWithoutSeeingTheCode_AtLeast90PercentOverallAndOnEachKind()
    {
        var run = await RunAsync(OwnSet("qa-blind-a.json"), "qa-blind-a");
        AssertGoal(run);
    }

    [SharedEvalFact]
    public async Task OwnFourthSet_CitedDocumentsListsTrapsAndEnglish_AtLeast90Percent()
    {
        var run = await RunAsync(OwnSet("qa-own-4.json"), "qa-own-4");
        AssertGoal(run);
    }

    [SharedEvalFact]
    public async Task OwnFifthSet_AtLeast90Percent()
    {
        var run = await RunAsync(OwnSet("qa-own-5.json"), "qa-own-5");
        AssertGoal(run);
    }

    [SharedEvalFact]
    public async Task OwnSixthSet_SynonymsAbbreviationsAndAnyPlan_AtLeast90Percent()
    {
        var run = await RunAsync(OwnSet("qa-own-6.json"), "qa-own-6");
        AssertGoal(run);
    }

    private static string OwnSet(string file) => Path.Combine(AppContext.BaseDirectory, "Data", "Questions", file);

    private async Task<QuestionSetRun> RunAsync(string questions, string name)
    {
        var run = await QuestionSetRun.RunAsync(questions, SharedEval.Path("plans")!, SharedEval.Path("eval", "score.py")!, name);
        output.WriteLine(run.Report);
        return run;
    }

    private static void AssertGoal(QuestionSetRun run)
    {
        Assert.True(run.Overall >= Goal, $"Overall accuracy {run.Overall:P1} is below {Goal:P0}.\n{run.Report}");
        foreach (var (kind, passed, total) in run.ByKind)
        {
            Assert.True(passed >= Goal * total, $"Accuracy on '{kind}' is {passed}/{total}, below {Goal:P0}.\n{run.Report}");
        }
    }
}
