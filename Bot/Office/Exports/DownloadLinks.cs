using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace EmulationBot.Office.Exports;

/// <summary>
/// Download links that need no sign-in but cannot be forged or kept: <c>/api/office/files/{id}?exp=…&amp;sig=…</c>,
/// where sig is an HMAC-SHA256 (key <c>Office:LinkSigningKey</c>) of the id and the expiry. A changed id or expiry
/// fails the signature; a correct link stops working at its expiry (<c>Office:LinkLifetime</c>).
/// </summary>
public sealed class DownloadLinks(IOptions<OfficeOptions> options, TimeProvider time, IServiceProvider services, IHostEnvironment? environment = null)
{
    public const string Path = "/api/office/files/";
    public const int MinKeyLength = 32;

    /// <summary>Whether links can be made: a signing key of at least <see cref="MinKeyLength"/> characters.</summary>
    public bool IsConfigured => options.Value.LinkSigningKey is { Length: >= MinKeyLength };

    public (Uri Url, DateTimeOffset ExpiresAt) Create(string fileId)
    {
        var expires = time.GetUtcNow() + options.Value.LinkLifetime;
        var exp = expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var url = $"{BaseUrl()}{Path}{fileId}?exp={exp}&sig={Sign(fileId, exp)}";
        return (new Uri(url), DateTimeOffset.FromUnixTimeSeconds(expires.ToUnixTimeSeconds()));
    }

    /// <summary>Checks a link's parts: the signature first (403 when wrong), then the expiry (410 when past).</summary>
    public LinkCheck Check(string fileId, string? exp, string? sig)
    {
        if (!IsConfigured || string.IsNullOrEmpty(exp) || string.IsNullOrEmpty(sig)) return LinkCheck.Tampered;
        var expected = Encoding.ASCII.GetBytes(Sign(fileId, exp));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(sig))) return LinkCheck.Tampered;
        if (!long.TryParse(exp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return LinkCheck.Tampered;
        return time.GetUtcNow().ToUnixTimeSeconds() >= seconds ? LinkCheck.Expired : LinkCheck.Valid;
    }

    private string Sign(string fileId, string exp)
    {
        var key = Encoding.UTF8.GetBytes(options.Value.LinkSigningKey ?? "");
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{fileId}\n{exp}"));
        return Convert.ToBase64String(mac).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary><c>Office:PublicBaseUrl</c>; in Development, when it is empty, the address the bot listens on.</summary>
    private string BaseUrl()
    {
        if (options.Value.PublicBaseUrl is { Length: > 0 } configured) return configured.TrimEnd('/');
        var listening = environment?.IsDevelopment() == true
            ? (services.GetService(typeof(IServer)) as IServer)?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            : null;
        return (listening ?? "http://localhost:3978").Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal).Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
    }
}

/// <summary>What a download link is worth.</summary>
public enum LinkCheck { Valid, Tampered, Expired }
