using System.Security.Cryptography;
using System.Text;

namespace EmulationBot.Storage.Blob;

/// <summary>Shared Key authorization for the Blob service: the canonical string to sign and its HMAC-SHA256.</summary>
/// <remarks>
/// The string is the verb, eleven standard headers (Content-Length empty when zero, Date empty because x-ms-date is
/// sent), the x-ms-* headers lowercased and sorted as "name:value", and the resource: "/account/path" followed by
/// each query parameter, lowercased and sorted, as "name:value" with the decoded value(s).
/// </remarks>
public static class SharedKeySigner
{
    public static string AuthorizationHeader(HttpRequestMessage request, string accountName, byte[] key)
    {
        using var hmac = new HMACSHA256(key);
        var signature = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(StringToSign(request, accountName))));
        return $"SharedKey {accountName}:{signature}";
    }

    public static string StringToSign(HttpRequestMessage request, string accountName)
    {
        var content = request.Content?.Headers;
        var length = content?.ContentLength is > 0 and var l ? l.ToString() : "";
        var sb = new StringBuilder(256)
            .Append(request.Method.Method).Append('\n')
            .Append(content is null ? "" : string.Join(",", content.ContentEncoding)).Append('\n')
            .Append(content is null ? "" : string.Join(",", content.ContentLanguage)).Append('\n')
            .Append(length).Append('\n')
            .Append(content?.ContentMD5 is { } md5 ? Convert.ToBase64String(md5) : "").Append('\n')
            .Append(content?.ContentType?.ToString() ?? "").Append('\n')
            .Append('\n') // Date: x-ms-date is used instead
            .Append(Header(request, "If-Modified-Since")).Append('\n')
            .Append(Header(request, "If-Match")).Append('\n')
            .Append(Header(request, "If-None-Match")).Append('\n')
            .Append(Header(request, "If-Unmodified-Since")).Append('\n')
            .Append(Header(request, "Range")).Append('\n');
        AppendCanonicalHeaders(sb, request);
        AppendCanonicalResource(sb, request.RequestUri!, accountName);
        return sb.ToString();
    }

    private static string Header(HttpRequestMessage request, string name) =>
        request.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";

    private static void AppendCanonicalHeaders(StringBuilder sb, HttpRequestMessage request)
    {
        var headers = request.Headers
            .Where(h => h.Key.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
            .Select(h => (Name: h.Key.ToLowerInvariant(), Value: string.Join(",", h.Value.Select(v => v.Trim()))))
            .OrderBy(h => h.Name, StringComparer.Ordinal);
        foreach (var (name, value) in headers) sb.Append(name).Append(':').Append(value).Append('\n');
    }

    private static void AppendCanonicalResource(StringBuilder sb, Uri uri, string accountName)
    {
        sb.Append('/').Append(accountName).Append(uri.AbsolutePath);
        var parameters = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(part =>
            {
                var equals = part.IndexOf('=');
                var name = Uri.UnescapeDataString(equals < 0 ? part : part[..equals]).ToLowerInvariant();
                return (Name: name, Value: equals < 0 ? "" : Uri.UnescapeDataString(part[(equals + 1)..]));
            })
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in parameters)
        {
            sb.Append('\n').Append(group.Key).Append(':').Append(string.Join(",", group.Select(p => p.Value).Order(StringComparer.Ordinal)));
        }
    }
}
