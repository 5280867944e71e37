using System.Security.Cryptography;
using System.Text;

namespace EmulationBot.Commitments;

/// <summary>
/// Where registrations live: <c>commitments/{plan}/{unit}/{owner}-{title}</c>, one document per person (or unit) and
/// title under a plan. The key itself forbids a second registration of the same title (writes are create-only),
/// and the office can list a plan, or one unit of it, by prefix.
/// </summary>
public static class CommitmentKeys
{
    public const string Prefix = "commitments/";
    private const string NoUnit = "_";

    public static string For(string planId, string? unitId, CommitmentKind kind, string ownerKey, string titleCode) =>
        $"{UnitPrefix(planId, unitId)}{(kind == CommitmentKind.Collective ? "unit" : "p" + Hash(ownerKey))}-{titleCode}";

    public static string PlanPrefix(string planId) => $"{Prefix}{planId}/";

    public static string UnitPrefix(string planId, string? unitId) => $"{PlanPrefix(planId)}{unitId ?? NoUnit}/";

    /// <summary>A short stable digest of a person's key, so that ids with ':' or '@' never reach a storage name.</summary>
    private static string Hash(string ownerKey) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ownerKey)))[..16];
}
