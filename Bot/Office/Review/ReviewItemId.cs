using EmulationBot.Commitments;
using EmulationBot.Reports;

namespace EmulationBot.Office.Review;

/// <summary>
/// How a card names an item to review: "c:" and a registration's storage key, or "r:" and a report version's key.
/// A card's id is accepted only in exactly the shape the bot makes, under the plan the card is about.
/// </summary>
public sealed record ReviewItemId(bool IsCommitment, string Key)
{
    public override string ToString() => (IsCommitment ? "c:" : "r:") + Key;

    public static ReviewItemId Commitment(string key) => new(true, key);

    public static ReviewItemId Report(string key) => new(false, key);

    public static ReviewItemId? Parse(string? id, string planId)
    {
        if (id is null || id.Length < 3 || id[1] != ':' || id.Contains("//", StringComparison.Ordinal) || id.Contains("..", StringComparison.Ordinal)) return null;
        var key = id[2..];
        return id[0] switch
        {
            'c' when key.StartsWith(CommitmentKeys.PlanPrefix(planId), StringComparison.Ordinal) => Commitment(key),
            'r' when key.StartsWith($"{ReportKeys.Prefix}{planId}/", StringComparison.Ordinal) && ReportKeys.VersionOf(key) is not null => Report(key),
            _ => null,
        };
    }
}
