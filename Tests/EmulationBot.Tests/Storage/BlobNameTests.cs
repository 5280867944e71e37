using EmulationBot.Storage.Blob;
using FsCheck;
using FsCheck.Fluent;

namespace EmulationBot.Tests.Storage;

public class BlobNameTests
{
    private static readonly string[] Pieces =
    [
        "a", "Z", "7", "-", "_", ".", ":", ";", "@", "|", "/", "//", "~", "%3A", " ", "+", "#", "?", "\\",
        "ă", "ơ", "đ", "Đ", "ệ", "Ữ", "thi đua", "29:", "19:abc@thread.tacv2", "🎉", "\uD800", "~~", "~7E", "ệệệệệệệệệệ",
    ];

    private static readonly Arbitrary<string> Keys = Gen.Choose(1, 150)
        .SelectMany(n => Gen.ArrayOf(Gen.Elements(Pieces), n))
        .Select(parts => string.Concat(parts))
        .Where(k => k.Length <= 1024)
        .ToArbitrary();

    [Fact]
    public void FromKey_AnyKey_IsAValidBlobName()
    {
        Check.QuickThrowOnFailure(Prop.ForAll(Keys, key =>
        {
            var name = BlobName.FromKey(key);
            return name.Length is > 0 and <= 1024
                && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '~' or '/')
                && !name.StartsWith('/') && !name.EndsWith('/') && !name.Contains("//", StringComparison.Ordinal)
                && name.Split('/').Length <= 254;
        }));
    }

    [Fact]
    public void TryToKey_NameOfShortKey_GivesTheKeyBack()
    {
        Check.QuickThrowOnFailure(Prop.ForAll(Keys, key =>
        {
            var name = BlobName.FromKey(key);
            var hashed = name.Contains(BlobName.Reserved, StringComparison.Ordinal);
            return hashed ? BlobName.TryToKey(name) is null : BlobName.TryToKey(name) == key;
        }));
    }

    [Fact]
    public void FromKey_DistinctKeys_GiveDistinctNames()
    {
        Check.QuickThrowOnFailure(Prop.ForAll(Keys, Keys, (a, b) => a == b || BlobName.FromKey(a) != BlobName.FromKey(b)));
        var all = StorageKeys.Odd.Concat(StorageKeys.LookAlikes).Distinct().ToList();
        Assert.Equal(all.Count, all.Select(BlobName.FromKey).Distinct().Count());
    }

    [Fact]
    public void ListPrefix_AnyPrefixOfAKey_IsAPrefixOfItsName()
    {
        var keysAndCuts = Keys.Generator.SelectMany(k => Gen.Choose(0, k.Length), (k, cut) => (Key: k, Cut: cut)).ToArbitrary();
        Check.QuickThrowOnFailure(Prop.ForAll(keysAndCuts, x =>
            BlobName.FromKey(x.Key).StartsWith(BlobName.ListPrefix(x.Key[..x.Cut]), StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("29:1AbC|x@y;z", "29~3A1AbC~7Cx~40y~3Bz")]
    [InlineData("users/msteams/Ánh", "users/msteams/~C3~81nh")]
    [InlineData("/a//b/", "~2Fa~2F/b~2F")]
    [InlineData("a.b~c", "a~2Eb~7Ec")]
    public void FromKey_TeamsIdsAndSeparators_ReadableEscapes(string key, string expected)
    {
        Assert.Equal(expected, BlobName.FromKey(key));
        Assert.Equal(key, BlobName.TryToKey(expected));
    }

    [Fact]
    public void FromKey_VeryLongId_KeepsReadableHeadAndEndsInHash()
    {
        var key = "conversations/msteams/" + string.Concat(Enumerable.Repeat("19:meeting_abc@thread.v2;", 40));
        var name = BlobName.FromKey(key);
        Assert.True(name.Length < 300);
        Assert.StartsWith("conversations/msteams/19~3Ameeting_abc~40thread~2Ev2~3B", name);
        Assert.Matches("~~[0-9A-F]{40}$", name);
        Assert.NotEqual(name, BlobName.FromKey(key + "x"));
    }

    [Theory]
    [InlineData("~~leases/reminders")]
    [InlineData("a~3a")]
    [InlineData("a:b")]
    [InlineData("a~ZZ")]
    [InlineData("~C3")]
    public void TryToKey_NamesTheEncodingNeverProduces_ReturnNull(string name) => Assert.Null(BlobName.TryToKey(name));
}
