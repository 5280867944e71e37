using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using EmulationBot.Localization;
using EmulationBot.Questions.Answering;
using EmulationBot.Questions.Corpus;
using EmulationBot.Questions.Retrieval;

namespace EmulationBot.Tests.Questions.Evaluation;

/// <summary>
/// Runs a question set (the format of shared/eval/qa-dev.json) through the answering component, writes the
/// answers as JSON lines and scores them with the shared scorer itself (python3 score.py --json), so that the
/// accuracy here is exactly the accuracy the judges compute.
/// </summary>
internal sealed class QuestionSetRun
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public required JsonObject Summary { get; init; }

    public required string Report { get; init; }

    public double Overall => Summary["overall"]!["accuracy"]!.GetValue<double>();

    public IEnumerable<(string Kind, int Passed, int Total)> ByKind =>
        Summary["by_kind"]!.AsObject().Select(k => (k.Key, k.Value!["passed"]!.GetValue<int>(), k.Value!["total"]!.GetValue<int>()));

    public static async Task<QuestionSetRun> RunAsync(string questionsPath, string plansFolder, string scorerPath, string outputName)
    {
        var corpus = new QaCorpus(PlanFiles.ReadFolder(plansFolder));
        var presenter = new AnswerPresenter(new Strings());
        var questions = JsonNode.Parse(await File.ReadAllTextAsync(questionsPath))!.AsArray();
        var lines = new StringBuilder();
        foreach (var q in questions.OfType<JsonObject>())
        {
            var text = q["question"]!.GetValue<string>();
            var answer = presenter.Present(PlanAnswerer.Answer(corpus, text), text).ToPlainText();
            lines.AppendLine(new JsonObject { ["id"] = q["id"]!.DeepClone(), ["answer"] = answer }.ToJsonString(Json));
        }
        var answers = Path.Combine(AppContext.BaseDirectory, outputName + ".answers.jsonl");
        await File.WriteAllTextAsync(answers, lines.ToString(), new UTF8Encoding(false));
        var summary = JsonNode.Parse(await ScoreAsync(scorerPath, questionsPath, answers, "--json"))!.AsObject();
        var report = await ScoreAsync(scorerPath, questionsPath, answers, "--show-failures");
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, outputName + ".accuracy.txt"), report);
        return new QuestionSetRun { Summary = summary, Report = report };
    }

    private static async Task<string> ScoreAsync(string scorer, string questions, string answers, string option)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var arg in new[] { scorer, questions, answers, option }) start.ArgumentList.Add(arg);
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 could not be started to run the shared scorer.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"The scorer failed ({process.ExitCode}): {await error}");
        return await output;
    }
}
