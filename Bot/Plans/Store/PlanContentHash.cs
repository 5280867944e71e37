using System.Security.Cryptography;
using System.Text.Json;
using EmulationBot.Plans.Model;
using EmulationBot.Storage;

namespace EmulationBot.Plans.Store;

/// <summary>A fingerprint of what a plan says (obligation ids and origins left out), so that publishing the same content twice adds no revision.</summary>
public static class PlanContentHash
{
    public static string Of(Plan plan)
    {
        var neutral = plan with { Obligations = plan.Obligations.Select(o => o with { Id = "", Origin = ObligationOrigin.Extracted }).ToList() };
        return Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(neutral, StorageJson.Options)));
    }
}
