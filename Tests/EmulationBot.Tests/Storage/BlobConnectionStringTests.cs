using EmulationBot.Storage;
using EmulationBot.Storage.Blob;

namespace EmulationBot.Tests.Storage;

public class BlobConnectionStringTests
{
    private const string Key = "c2VjcmV0LWtleS1mb3ItdGVzdHMtb25seQ==";

    [Fact]
    public void Parse_AccountNameAndKey_UsesPublicCloudHttpsEndpointAndSharedKey()
    {
        var c = BlobConnectionString.Parse($"DefaultEndpointsProtocol=https;AccountName=sokhcnbn;AccountKey={Key};EndpointSuffix=core.windows.net", "state");
        Assert.Equal("https://sokhcnbn.blob.core.windows.net/", c.ServiceEndpoint.ToString());
        Assert.Equal("sokhcnbn", c.AccountName);
        Assert.True(c.UsesSharedKey);
        Assert.Null(c.Sas);
        Assert.Equal("https://sokhcnbn.blob.core.windows.net/state/users/a?comp=x", c.Uri("users/a", "comp=x").ToString());
    }

    [Fact]
    public void Parse_OtherSuffixAndProtocol_CaseAndSpacingInsensitive()
    {
        var c = BlobConnectionString.Parse($" defaultendpointsprotocol = http ; ACCOUNTNAME=Acct ;AccountKey={Key};EndpointSuffix=core.chinacloudapi.cn;QueueEndpoint=https://q.example;", "state");
        Assert.Equal("http://acct.blob.core.chinacloudapi.cn/", c.ServiceEndpoint.ToString());
    }

    [Fact]
    public void Parse_BlobEndpoint_WinsOverAccountDerivedEndpoint()
    {
        var c = BlobConnectionString.Parse($"AccountName=acct;AccountKey={Key};BlobEndpoint=https://storage.contoso.vn/", "state");
        Assert.Equal("https://storage.contoso.vn/state", c.Uri(null, null).ToString());
    }

    [Fact]
    public void Parse_UseDevelopmentStorage_TargetsLocalEmulatorWithWellKnownAccount()
    {
        var c = BlobConnectionString.Parse("UseDevelopmentStorage=true", "emulationbot");
        Assert.Equal("http://127.0.0.1:10000/devstoreaccount1/emulationbot/k", c.Uri("k", null).ToString());
        Assert.Equal("devstoreaccount1", c.AccountName);
        Assert.True(c.UsesSharedKey);
    }

    [Fact]
    public void Parse_SharedAccessSignature_AppendsTokenAndReadsExpiry()
    {
        var c = BlobConnectionString.Parse("BlobEndpoint=https://acct.blob.core.windows.net;SharedAccessSignature=?sv=2023-11-03&ss=b&srt=sco&sp=rwdlac&se=2030-01-31T10%3A00%3A00Z&sig=abc%2Bdef", "state");
        Assert.False(c.UsesSharedKey);
        Assert.Equal(new DateTimeOffset(2030, 1, 31, 10, 0, 0, TimeSpan.Zero), c.SasExpiresOn);
        Assert.Equal("https://acct.blob.core.windows.net/state/k?comp=lease&sv=2023-11-03&ss=b&srt=sco&sp=rwdlac&se=2030-01-31T10%3A00%3A00Z&sig=abc%2Bdef",
            c.Uri("k", "comp=lease").ToString());
    }

    [Fact]
    public void Parse_ContainerSasUrl_TakesContainerFromUrl()
    {
        var c = BlobConnectionString.Parse("https://acct.blob.core.windows.net/bot-state?sv=2023-11-03&sr=c&sp=rwdl&se=2030-01-01T00:00:00Z&sig=x", "ignored");
        Assert.Equal("bot-state", c.Container);
        Assert.Equal("acct", c.AccountName);
        Assert.Equal("https://acct.blob.core.windows.net/bot-state/a?sv=2023-11-03&sr=c&sp=rwdl&se=2030-01-01T00:00:00Z&sig=x", c.Uri("a", null).ToString());
    }

    [Fact]
    public void Parse_EmulatorSasUrl_KeepsAccountInPath()
    {
        var c = BlobConnectionString.Parse("http://127.0.0.1:10000/devstoreaccount1/box?sv=2023-11-03&sr=c&sp=rl&se=2030-01-01T00:00:00Z&sig=x", "ignored");
        Assert.Equal("http://127.0.0.1:10000/devstoreaccount1/box/a?sv=2023-11-03&sr=c&sp=rl&se=2030-01-01T00:00:00Z&sig=x", c.Uri("a", null).ToString());
    }

    [Fact]
    public void Parse_AccountSasUrl_UsesConfiguredContainer()
    {
        var c = BlobConnectionString.Parse("https://acct.blob.core.windows.net/?sv=2023-11-03&ss=b&srt=sco&sp=rwdlac&se=2030-01-01T00:00:00Z&sig=x", "state");
        Assert.Equal("state", c.Container);
    }

    [Theory]
    [InlineData("", "it is empty")]
    [InlineData("   ", "it is empty")]
    [InlineData("AccountName=acct", "neither AccountKey nor SharedAccessSignature")]
    [InlineData("AccountName=acct;AccountKey=%%%not-base64%%%", "AccountKey is not valid base64")]
    [InlineData("AccountName=acct;c2VjcmV0LWtleS1mb3ItdGVzdHMtb25seQ", "part 2 is not of the form Name=Value")]
    [InlineData("AccountKey=c2VjcmV0LWtleS1mb3ItdGVzdHMtb25seQ==;BlobEndpoint=https://x.example", "AccountKey is set but AccountName is missing")]
    [InlineData("DefaultEndpointsProtocol=ftp;AccountName=a;AccountKey=c2VjcmV0LWtleS1mb3ItdGVzdHMtb25seQ==", "DefaultEndpointsProtocol must be http or https")]
    [InlineData("AccountName=a;AccountKey=c2VjcmV0LWtleS1mb3ItdGVzdHMtb25seQ==;BlobEndpoint=not a url", "not an http(s) URL")]
    [InlineData("UseDevelopmentStorage=maybe", "UseDevelopmentStorage must be true or false")]
    [InlineData("https://acct.blob.core.windows.net/state?sv=2023-11-03&sp=r", "has no signature (sig)")]
    [InlineData("https://acct.blob.core.windows.net/state/users/a?sv=2023-11-03&sig=x", "points to a blob")]
    public void Parse_Invalid_ThrowsNamingTheSettingWithoutEchoingSecrets(string value, string problem)
    {
        var ex = Assert.Throws<StorageConfigurationException>(() => BlobConnectionString.Parse(value, "state"));
        Assert.StartsWith("Storage:ConnectionString is not valid: ", ex.Message);
        Assert.Contains(problem, ex.Message);
        Assert.DoesNotContain("c2VjcmV0", ex.Message);
        Assert.DoesNotContain("not-base64", ex.Message);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("Upper")]
    [InlineData("double--hyphen")]
    [InlineData("-leading")]
    [InlineData("under_score")]
    public void Parse_InvalidContainer_NamesContainerSetting(string container)
    {
        var ex = Assert.Throws<StorageConfigurationException>(() => BlobConnectionString.Parse("UseDevelopmentStorage=true", container));
        Assert.StartsWith($"Storage:Container '{container}' is not a valid container name", ex.Message);
    }
}
