using EmulationBot.Plans.Model;

namespace EmulationBot.Tests.Plans.Support;

/// <summary>Precision and recall of obligation extraction against the gold lists, and how often the units are right.</summary>
internal sealed record ExtractionScore(int Found, int Expected, int Correct, int UnitsRight)
{
    public double Precision => Found == 0 ? 1 : (double)Correct / Found;
    public double Recall => Expected == 0 ? 1 : (double)Correct / Expected;
    public double UnitAccuracy => Correct == 0 ? 1 : (double)UnitsRight / Correct;

    public static ExtractionScore Of(IReadOnlyList<Obligation> found, IReadOnlyList<GoldObligation> gold)
    {
        var unmatched = found.ToList();
        var correct = 0;
        var unitsRight = 0;
        foreach (var expected in gold)
        {
            var match = unmatched.FirstOrDefault(expected.Matches);
            if (match is null) continue;
            unmatched.Remove(match);
            correct++;
            if (expected.SameUnits(match)) unitsRight++;
        }
        return new ExtractionScore(found.Count, gold.Count, correct, unitsRight);
    }

    public static ExtractionScore operator +(ExtractionScore a, ExtractionScore b) =>
        new(a.Found + b.Found, a.Expected + b.Expected, a.Correct + b.Correct, a.UnitsRight + b.UnitsRight);

    public override string ToString() =>
        $"found {Found}, expected {Expected}, correct {Correct}: precision {Precision:P1}, recall {Recall:P1}, units right {UnitAccuracy:P1}";
}
