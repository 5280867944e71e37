using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using EmulationBot.Plans.Model;

namespace EmulationBot.Cli;

/// <summary>The JSON that <c>plan extract</c> prints: ISO dates ("2022-05-30", "2022-10", "2025-Q3", "2022"), UTF-8 text as is.</summary>
public sealed record PlanExtractJson(
    string Id,
    string? Number,
    string Title,
    string? Issuer,
    string? Province,
    string? Issued,
    string? Theme,
    PlanExtractJson.PeriodJson Period,
    IReadOnlyList<PlanExtractJson.ObligationJson> Obligations)
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static PlanExtractJson From(Plan plan) => new(
        plan.Id,
        plan.Identity.Number,
        plan.Title,
        plan.Identity.Issuer,
        plan.Identity.Province,
        plan.Identity.Issued?.ToIso(),
        plan.Theme,
        new PeriodJson(plan.Period?.From?.ToIso(), plan.Period?.To?.ToIso()),
        plan.Obligations.Select(o => new ObligationJson(
            o.What,
            o.Who,
            o.Due?.ToIso(),
            o.Due?.Precision.ToString().ToLowerInvariant(),
            o.Recurrence?.ToRule(),
            o.Source,
            o.SectionId,
            o.From?.ToIso())).ToList());

    public sealed record PeriodJson(string? From, string? To);

    public sealed record ObligationJson(
        string What,
        IReadOnlyList<string> Who,
        string? Due,
        string? Precision,
        string? Recurrence,
        string Source,
        string? Section,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? From);
}
