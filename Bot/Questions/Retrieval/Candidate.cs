namespace EmulationBot.Questions.Retrieval;

/// <summary>A segment found for a question, with the measures that rank it and decide whether it is answer enough.</summary>
/// <param name="Relevance">BM25 relative to the plan's best segment for this question (0–1).</param>
/// <param name="Coverage">See <see cref="Retrieval.Coverage"/> (0–1).</param>
/// <param name="Fit">See <see cref="CueFit.Evaluate"/> (0–1).</param>
/// <param name="Bonus">See <see cref="CueFit.Bonus"/>.</param>
/// <param name="FactBonus">The part of the bonus for being exactly the fact asked (the recipients list for "gửi đến đâu").</param>
public sealed record Candidate(PlanIndex Index, Segment Segment, double Relevance, double Coverage, double Fit, double Bonus, double FactBonus)
{
    /// <summary>Below this confidence the answer is "the plan does not say".</summary>
    public const double Threshold = 0.5;

    /// <summary>The ranking score: coverage first, then BM25, then how well the cues fit.</summary>
    public double Score => Coverage + 0.6 * Relevance + 0.5 * Fit + Bonus;

    /// <summary>How sure the answer is: coverage, lifted by an exact cue match (the recipients list for "gửi đến đâu").</summary>
    public double Confidence => Fit <= 0 ? 0 : Math.Min(1, Coverage + 0.5 * FactBonus);
}
