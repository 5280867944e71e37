namespace EmulationBot.Questions.Retrieval;

/// <summary>The BM25 formulas and the weights of the fields of a segment.</summary>
public static class Bm25
{
    public const double K1 = 1.2;
    public const double B = 0.75;

    public const double TextWeight = 1.0;
    public const double HeadingWeight = 0.5;
    public const double ParentHeadingWeight = 0.25;
    public const double PassageWeight = 0.2;

    public static double Idf(int documents, int documentFrequency) =>
        Math.Log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5));

    /// <summary>The saturated term frequency: grows with tf, but less and less (k1), and less in long segments (b).</summary>
    public static double Saturate(double weightedTf) => weightedTf * (K1 + 1) / (weightedTf + K1);

    public static double LengthNormalised(int tf, int length, double averageLength) =>
        tf / (1 - B + B * length / Math.Max(1, averageLength));
}
