using EmulationBot.Office;
using EmulationBot.Office.Exports;
using EmulationBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EmulationBot.Tests.Office.Exports;

public class DownloadLinksTests
{
    private const string FileId = "0123456789abcdef0123456789abcdef";
    private readonly ManualClock _clock = new(new DateTimeOffset(2022, 5, 16, 2, 0, 0, TimeSpan.Zero));

    private DownloadLinks Links(string? key = "k3y-for-tests-0123456789-abcdefghij") => new(Options.Create(new OfficeOptions
    {
        LinkSigningKey = key,
        LinkLifetime = TimeSpan.FromHours(2),
        PublicBaseUrl = "https://bot.skhcn.example.gov.vn/",
    }), _clock, new ServiceCollection().BuildServiceProvider());

    [Fact]
    public void Create_PointsAtThePublicAddressAndExpiresAfterTheLifetime()
    {
        var (url, expires) = Links().Create(FileId);

        Assert.StartsWith("https://bot.skhcn.example.gov.vn/api/office/files/" + FileId + "?exp=", url.ToString());
        Assert.Equal(_clock.GetUtcNow().AddHours(2), expires);
        Assert.Equal(LinkCheck.Valid, Check(Links(), url));
    }

    [Fact]
    public void Check_ChangedIdExpiryOrSignature_IsTampered()
    {
        var links = Links();
        var (url, _) = links.Create(FileId);
        var (exp, sig) = Parts(url);

        Assert.Equal(LinkCheck.Tampered, links.Check("f" + FileId[1..], exp, sig));
        Assert.Equal(LinkCheck.Tampered, links.Check(FileId, (long.Parse(exp) + 86400).ToString(), sig));
        Assert.Equal(LinkCheck.Tampered, links.Check(FileId, exp, sig[..^2] + (sig[^2] == 'A' ? "BA" : "AA")));
        Assert.Equal(LinkCheck.Tampered, links.Check(FileId, exp, null));
        Assert.Equal(LinkCheck.Tampered, Links("another-key-of-enough-length-000000000").Check(FileId, exp, sig));
    }

    [Fact]
    public void Check_AfterTheLifetime_IsExpired()
    {
        var links = Links();
        var (url, _) = links.Create(FileId);

        _clock.Advance(TimeSpan.FromHours(2) - TimeSpan.FromSeconds(1));
        Assert.Equal(LinkCheck.Valid, Check(links, url));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(LinkCheck.Expired, Check(links, url));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("too-short")]
    public void IsConfigured_WithoutAStrongKey_IsFalseAndNothingChecksOut(string? key)
    {
        var links = Links(key);

        Assert.False(links.IsConfigured);
        Assert.Equal(LinkCheck.Tampered, links.Check(FileId, "9999999999", "abc"));
    }

    private static LinkCheck Check(DownloadLinks links, Uri url)
    {
        var (exp, sig) = Parts(url);
        return links.Check(url.AbsolutePath.Split('/')[^1], exp, sig);
    }

    private static (string Exp, string Sig) Parts(Uri url)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(url.Query);
        return (query["exp"].ToString(), query["sig"].ToString());
    }
}
