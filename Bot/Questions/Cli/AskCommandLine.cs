using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using EmulationBot.Localization;
using EmulationBot.Questions.Answering;
using EmulationBot.Questions.Corpus;
using EmulationBot.Questions.Retrieval;

namespace EmulationBot.Questions.Cli;

/// <summary>
/// <c>ask --plans &lt;folder&gt; "question"</c> prints the answer; <c>ask --plans &lt;folder&gt; --batch &lt;questions.json&gt;</c>
/// prints one JSON line per question, <c>{"id","answer","plan","section"}</c>, for scoring. Exit codes: 0 done,
/// 1 the plans or the questions cannot be read, 2 wrong usage.
/// </summary>
public static class AskCommandLine
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var strings = new Strings();
        var (folder, batch, question, explain) = Parse(args);
        if (folder is null || (batch is null) == (question is null))
        {
            error.WriteLine(strings.Get(Language.Vietnamese, "questions.cli.usage"));
            error.WriteLine(strings.Get(Language.English, "questions.cli.usage"));
            return 2;
        }
        List<QaPlan> plans;
        try { plans = PlanFiles.ReadFolder(folder); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            error.WriteLine(strings.Get(Language.Vietnamese, "questions.cli.noFolder", folder));
            return 1;
        }
        var corpus = new QaCorpus(plans);
        var presenter = new AnswerPresenter(strings);
        if (question is not null && explain)
        {
            AnswerExplainer.Explain(corpus, question, output);
            return 0;
        }
        if (question is not null)
        {
            output.WriteLine(presenter.Present(PlanAnswerer.Answer(corpus, question), question).ToPlainText());
            return 0;
        }
        JsonArray items;
        try { items = ReadQuestions(batch!); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException)
        {
            error.WriteLine(strings.Get(Language.Vietnamese, "questions.cli.badBatch", batch));
            return 1;
        }
        foreach (var item in items.OfType<JsonObject>())
        {
            var text = item["question"]?.GetValue<string>() ?? "";
            var answer = PlanAnswerer.Answer(corpus, text);
            var line = new JsonObject
            {
                ["id"] = item["id"]?.DeepClone(),
                ["answer"] = presenter.Present(answer, text).ToPlainText(),
                ["plan"] = answer.Plan?.Id,
                ["section"] = answer.Kind == AnswerKind.Answered ? answer.Section?.Id : null,
            };
            output.WriteLine(line.ToJsonString(Json));
        }
        return 0;
    }

    private static JsonArray ReadQuestions(string path)
    {
        var root = JsonNode.Parse(File.ReadAllText(path));
        return root as JsonArray ?? root?["questions"] as JsonArray ?? throw new InvalidOperationException("No questions.");
    }

    private static (string? Folder, string? Batch, string? Question, bool Explain) Parse(string[] args)
    {
        string? folder = null, batch = null, question = null;
        var explain = false;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--plans" when i + 1 < args.Length: folder = args[++i]; break;
                case "--batch" when i + 1 < args.Length: batch = args[++i]; break;
                case "--explain": explain = true; break;
                default:
                    if (question is not null || args[i].StartsWith("--", StringComparison.Ordinal)) return (null, null, null, false);
                    question = args[i];
                    break;
            }
        }
        return (folder, batch, question, explain);
    }
}
