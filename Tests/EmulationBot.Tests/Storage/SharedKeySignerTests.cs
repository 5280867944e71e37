using System.Net.Http.Headers;
using EmulationBot.Storage.Blob;

namespace EmulationBot.Tests.Storage;

public class SharedKeySignerTests
{
    [Fact]
    public void StringToSign_ConditionalPut_HasStandardHeadersSortedMsHeadersAndResource()
    {
        var request = new HttpRequestMessage(HttpMethod.Put, "http://127.0.0.1:10000/devstoreaccount1/state/users/29~3Aa")
        {
            Content = new ByteArrayContent("{\"n\":1}"u8.ToArray()),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("If-None-Match", "*");
        request.Headers.TryAddWithoutValidation("x-ms-version", "2023-11-03");
        request.Headers.TryAddWithoutValidation("x-ms-date", "Mon, 02 Jun 2025 03:04:05 GMT");
        request.Headers.TryAddWithoutValidation("X-MS-Blob-Type", "BlockBlob");
        request.Headers.TryAddWithoutValidation("x-ms-meta-ebkey", " dXNlcnMvMjk6YQ== ");

        var expected = string.Join('\n',
            "PUT", "", "", "7", "", "application/json", "", "", "", "*", "", "",
            "x-ms-blob-type:BlockBlob", "x-ms-date:Mon, 02 Jun 2025 03:04:05 GMT", "x-ms-meta-ebkey:dXNlcnMvMjk6YQ==", "x-ms-version:2023-11-03",
            "/devstoreaccount1/devstoreaccount1/state/users/29~3Aa");
        Assert.Equal(expected, SharedKeySigner.StringToSign(request, "devstoreaccount1"));
    }

    [Fact]
    public void StringToSign_ListWithoutBody_EmptyLengthAndDecodedSortedQuery()
    {
        var request = new HttpRequestMessage(HttpMethod.Get,
            "https://acct.blob.core.windows.net/state?restype=container&comp=list&prefix=users%2Fmsteams%2F29~3A&marker=2%21abc&include=metadata&maxresults=3");
        request.Headers.TryAddWithoutValidation("x-ms-version", "2023-11-03");

        var expected = string.Join('\n',
            "GET", "", "", "", "", "", "", "", "", "", "", "",
            "x-ms-version:2023-11-03",
            "/acct/state", "comp:list", "include:metadata", "marker:2!abc", "maxresults:3", "prefix:users/msteams/29~3A", "restype:container");
        Assert.Equal(expected, SharedKeySigner.StringToSign(request, "acct"));
    }

    [Fact]
    public void AuthorizationHeader_DependsOnKeyAndRequest()
    {
        var key = Convert.FromBase64String(BlobConnectionString.DevelopmentAccountKey);
        string Sign(string url, byte[] k) =>
            SharedKeySigner.AuthorizationHeader(new HttpRequestMessage(HttpMethod.Get, url), "devstoreaccount1", k);

        var header = Sign("http://127.0.0.1:10000/devstoreaccount1/state/a", key);
        Assert.Matches("^SharedKey devstoreaccount1:[A-Za-z0-9+/]{43}=$", header);
        Assert.Equal(header, Sign("http://127.0.0.1:10000/devstoreaccount1/state/a", key));
        Assert.NotEqual(header, Sign("http://127.0.0.1:10000/devstoreaccount1/state/b", key));
        Assert.NotEqual(header, Sign("http://127.0.0.1:10000/devstoreaccount1/state/a", [.. key[..^1], 0]));
    }
}
