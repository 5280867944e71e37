using System.Text.Json;
using EmulationBot.Localization;
using EmulationBot.Plans;
using EmulationBot.Plans.Ingestion;
using Microsoft.Extensions.Options;

namespace EmulationBot.Cli;

/// <summary>
/// <c>dotnet run --project Bot -- plan extract &lt;file&gt;</c>: prints what the bot understands of a plan as JSON;
/// <c>plan sections &lt;file&gt;</c> prints its section tree (ids, headings, passages) for checking citations. Exit codes: 0 done, 1 the file cannot be read as a plan, 2 wrong usage. Messages go to stderr in both languages.
/// </summary>
public static class PlanCommandLine
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var strings = new Strings();
        if (args.Length != 3 || args[1] is not ("extract" or "sections"))
        {
            Say(error, strings, "plans.cli.usage");
            return 2;
        }
        var path = args[2];
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                Say(error, strings, "plans.cli.notFound", path);
                return 1;
            }
            var options = new PlanOptions();
            if (info.Length > options.MaxFileBytes)
            {
                Say(error, strings, "plans.errors.TooLarge", options.MaxFileBytes / (1024 * 1024));
                return 1;
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Say(error, strings, "plans.cli.cannotOpen", path);
            return 1;
        }

        var result = new PlanIngestor(Options.Create(new PlanOptions())).Ingest(path, bytes);
        if (result.Plan is not { } plan)
        {
            Say(error, strings, "plans.errors." + result.Error, new PlanOptions().MaxFileBytes / (1024 * 1024));
            return 1;
        }
        output.WriteLine(args[1] == "sections"
            ? JsonSerializer.Serialize(plan.Sections, PlanExtractJson.Options)
            : JsonSerializer.Serialize(PlanExtractJson.From(plan), PlanExtractJson.Options));
        return 0;
    }

    private static void Say(TextWriter error, Strings strings, string key, params object?[] args)
    {
        error.WriteLine(strings.Get(Language.Vietnamese, key, args));
        error.WriteLine(strings.Get(Language.English, key, args));
    }
}
