using EmulationBot.Localization;
using EmulationBot.Questions.Corpus;

namespace EmulationBot.Questions.Answering;

/// <summary>
/// What the answerer found: a quote from one plan (with the parts that answer highlighted in **bold**), where it
/// comes from, the other plans that also answer; or that the plan does not say, with the closest sections.
/// </summary>
public sealed record PlanAnswer
{
    public required AnswerKind Kind { get; init; }

    public required Language Language { get; init; }

    public QaPlan? Plan { get; init; }

    public QaSection? Section { get; init; }

    /// <summary>The answering text, as written in the plan (or a fact the bot states), with **bold** highlights.</summary>
    public string Quote { get; init; } = "";

    /// <summary>A short line before the quote: the deadline or the responsible unit, in **bold**.</summary>
    public string? Lead { get; init; }

    /// <summary>For "when": the deadline of the plan's obligation the quote states, as users read it ("30/05/2022", "tháng 11/2022").</summary>
    public string? Deadline { get; init; }

    /// <summary>Who that obligation falls on ("Văn phòng Sở").</summary>
    public string? Responsible { get; init; }

    /// <summary>
    /// When the question named no plan and the best match answered: the answers of the next plans that answer too,
    /// so that a question about "the plan" gets both plans' facts rather than one chosen silently.
    /// </summary>
    public IReadOnlyList<PlanQuote> AlsoFrom { get; init; } = [];

    /// <summary>Other published plans that answer the question too (offered as buttons).</summary>
    public IReadOnlyList<QaPlan> OtherPlans { get; init; } = [];

    /// <summary>For <see cref="AnswerKind.NotFound"/>: the sections nearest to the question.</summary>
    public IReadOnlyList<QaSection> Closest { get; init; } = [];

    /// <summary>For <see cref="AnswerKind.NotFound"/>: what is missing when the topic is there but not the detail (a date, a number).</summary>
    public MissingDetail Missing { get; init; }

    public double Confidence { get; init; }

    /// <summary>For <see cref="AnswerKind.NotFound"/>: every published plan was searched (the question named none).</summary>
    public bool SearchedAll { get; init; }

    /// <summary>True when the plan came from the user's current plan rather than from the question or the best match.</summary>
    public bool FromCurrentPlan { get; init; }
}
