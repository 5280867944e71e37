using System.Text.Json;

namespace EmulationBot.Protocol.Auth;

/// <summary>Fetches an OpenID metadata document and the signing keys its <c>jwks_uri</c> points to.</summary>
public sealed class OpenIdMetadataClient(HttpClient http)
{
    /// <summary>The keys published for <paramref name="metadataUrl"/>; throws <see cref="HttpRequestException"/> or <see cref="JsonException"/> on failure.</summary>
    public async Task<IReadOnlyList<SigningKey>> GetSigningKeysAsync(string metadataUrl, CancellationToken cancellationToken)
    {
        using var metadata = await GetJsonAsync(new Uri(metadataUrl), cancellationToken);
        if (!metadata.RootElement.TryGetProperty("jwks_uri", out var jwks) || jwks.ValueKind != JsonValueKind.String
            || !Uri.TryCreate(jwks.GetString(), UriKind.Absolute, out var jwksUri))
        {
            throw new JsonException("The OpenID metadata has no valid 'jwks_uri'.");
        }
        using var keys = await GetJsonAsync(jwksUri, cancellationToken);
        return JsonWebKeySet.Parse(keys.RootElement);
    }

    private async Task<JsonDocument> GetJsonAsync(Uri url, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(url, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
    }
}
