using System.Text.Json;

namespace EmulationBot.Protocol.Auth;

/// <summary>Typed access to a JWT payload's claims.</summary>
internal sealed class JwtClaims(JsonElement payload)
{
    /// <summary>A string claim; null when absent or not a string.</summary>
    public string? GetString(string name) =>
        payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A NumericDate claim (<c>exp</c>, <c>nbf</c>); null when absent or not a number.</summary>
    public DateTimeOffset? GetTime(string name)
    {
        if (!payload.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var seconds))
        {
            return null;
        }
        // Clamp absurd values instead of throwing: they then simply fail the lifetime check.
        var clamped = Math.Clamp(seconds, 0, DateTimeOffset.MaxValue.ToUnixTimeSeconds() - 1);
        return DateTimeOffset.FromUnixTimeMilliseconds((long)(clamped * 1000));
    }

    /// <summary>A claim that may be one string or an array of strings (<c>aud</c>).</summary>
    public IReadOnlyList<string> GetStrings(string name)
    {
        if (!payload.TryGetProperty(name, out var value)) return [];
        return value.ValueKind switch
        {
            JsonValueKind.String => [value.GetString()!],
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToArray(),
            _ => [],
        };
    }

    /// <summary>Every claim as text: strings as they are, other values as their JSON.</summary>
    public IReadOnlyDictionary<string, string> ToDictionary()
    {
        var claims = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in payload.EnumerateObject())
        {
            claims[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
        }
        return claims;
    }
}
