using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EmulationBot.Storage.Blob;

namespace EmulationBot.IntegrationTests.Support;

/// <summary>Shared access signatures signed with the development account key, built as the service SAS and account SAS specs say.</summary>
public static class SasTokens
{
    private const string Version = "2023-11-03";

    /// <summary>A service SAS for one container (sr=c): it can read, write, delete and list blobs, never create the container.</summary>
    public static string Container(string container, string permissions, DateTimeOffset expiresOn)
    {
        var account = BlobConnectionString.DevelopmentAccountName;
        var expiry = Format(expiresOn);
        string[] fields =
        [
            permissions, "", expiry, $"/blob/{account}/{container}", "", "", "", Version, "c", "", "", "", "", "", "", "",
        ];
        return $"sv={Version}&sr=c&sp={permissions}&se={Uri.EscapeDataString(expiry)}&sig={Uri.EscapeDataString(Sign(string.Join('\n', fields)))}";
    }

    /// <summary>An account SAS for the blob service; with resource types "sco" and permission "c" it may create containers.</summary>
    public static string Account(string permissions, string resourceTypes, DateTimeOffset expiresOn)
    {
        var expiry = Format(expiresOn);
        string[] fields = [BlobConnectionString.DevelopmentAccountName, permissions, "b", resourceTypes, "", expiry, "", "", Version, "", ""];
        return $"sv={Version}&ss=b&srt={resourceTypes}&sp={permissions}&se={Uri.EscapeDataString(expiry)}" +
               $"&sig={Uri.EscapeDataString(Sign(string.Join('\n', fields)))}";
    }

    private static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static string Sign(string stringToSign)
    {
        using var hmac = new HMACSHA256(Convert.FromBase64String(BlobConnectionString.DevelopmentAccountKey));
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));
    }
}
