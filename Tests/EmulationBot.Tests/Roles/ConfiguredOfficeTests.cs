using EmulationBot.Roles;
using Microsoft.Extensions.Configuration;

namespace EmulationBot.Tests.Roles;

public class ConfiguredOfficeTests
{
    private const string Id = "3b1f6a2c-0d4e-4f5a-8b7c-1e2d3f4a5b63";

    [Fact]
    public void From_ListInConfiguration_GrantsByObjectIdAndUpn()
    {
        var office = ConfiguredOffice.From(Configuration(("Roles:Office:0", Id), ("Roles:Office:1", "Dung.PT@skhcn.gov.vn")));

        Assert.True(office.Grants(Id.ToUpperInvariant(), null));
        Assert.True(office.Grants(null, "dung.pt@SKHCN.gov.vn"));
        Assert.False(office.Grants(Guid.NewGuid().ToString(), "an@skhcn.gov.vn"));
        Assert.True(office.ListsUserPrincipalNames);
    }

    [Fact]
    public void From_OneSeparatedString_ReadsEveryEntry()
    {
        var office = ConfiguredOffice.From(Configuration(("Roles:Office", $"{Id}; dung.pt@skhcn.gov.vn ,an@skhcn.gov.vn")));

        Assert.Equal(3, office.Count);
        Assert.True(office.Grants(null, "an@skhcn.gov.vn"));
    }

    [Fact]
    public void From_NothingConfigured_GrantsNobody()
    {
        var office = ConfiguredOffice.From(Configuration());

        Assert.Equal(0, office.Count);
        Assert.False(office.Grants(Id, "dung.pt@skhcn.gov.vn"));
        Assert.False(office.ListsUserPrincipalNames);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
