using System.Text;
using EmulationBot.Storage;

namespace EmulationBot.Tests.Storage;

/// <summary>The <see cref="IStorage"/> contract, run against every store (memory, file, and Blob on Azurite).</summary>
public abstract class StorageContractTests
{
    /// <summary>A new, empty store for one test.</summary>
    protected abstract Task<IStorage> CreateStorageAsync();

    public static TheoryData<string> OddKeys() => new(StorageKeys.Odd);

    [Fact]
    public async Task Read_MissingKey_ReturnsNull()
    {
        var storage = await CreateStorageAsync();
        Assert.Null(await storage.ReadAsync("users/msteams/nobody"));
    }

    [Fact]
    public async Task Write_CreateOnlyNewKey_StoresValueWithReturnedETag()
    {
        var storage = await CreateStorageAsync();
        var eTag = await storage.WriteAsync("users/msteams/an", Utf8("{\"n\":1}"), null);
        var item = await storage.ReadAsync("users/msteams/an");
        Assert.NotNull(item);
        Assert.Equal("{\"n\":1}", Text(item.Content));
        Assert.Equal(eTag, item.ETag);
    }

    [Fact]
    public async Task Write_CreateOnlyExistingKey_ConflictsAndKeepsValue()
    {
        var storage = await CreateStorageAsync();
        await storage.WriteAsync("k", Utf8("first"), null);
        var ex = await Assert.ThrowsAsync<StorageConflictException>(() => storage.WriteAsync("k", Utf8("second"), null));
        Assert.Equal("k", ex.Key);
        Assert.Equal("first", Text((await storage.ReadAsync("k"))!.Content));
    }

    [Fact]
    public async Task Write_CurrentETag_UpdatesAndChangesETag()
    {
        var storage = await CreateStorageAsync();
        var first = await storage.WriteAsync("k", Utf8("1"), null);
        var second = await storage.WriteAsync("k", Utf8("2"), first);
        Assert.NotEqual(first, second);
        var item = await storage.ReadAsync("k");
        Assert.Equal("2", Text(item!.Content));
        Assert.Equal(second, item.ETag);
    }

    [Fact]
    public async Task Write_StaleETag_ConflictsAndKeepsNewerValue()
    {
        var storage = await CreateStorageAsync();
        var stale = await storage.WriteAsync("k", Utf8("1"), null);
        var current = await storage.WriteAsync("k", Utf8("2"), stale);
        await Assert.ThrowsAsync<StorageConflictException>(() => storage.WriteAsync("k", Utf8("3"), stale));
        var item = await storage.ReadAsync("k");
        Assert.Equal("2", Text(item!.Content));
        Assert.Equal(current, item.ETag);
    }

    [Fact]
    public async Task Write_ETagForMissingKey_Conflicts()
    {
        var storage = await CreateStorageAsync();
        var eTag = await storage.WriteAsync("k", Utf8("1"), null);
        await storage.DeleteAsync("k");
        await Assert.ThrowsAsync<StorageConflictException>(() => storage.WriteAsync("k", Utf8("2"), eTag));
        Assert.Null(await storage.ReadAsync("k"));
    }

    [Fact]
    public async Task Write_Wildcard_CreatesMissingAndOverwritesExisting()
    {
        var storage = await CreateStorageAsync();
        var created = await storage.WriteAsync("k", Utf8("1"), ETagRule.Any);
        var overwritten = await storage.WriteAsync("k", Utf8("2"), ETagRule.Any);
        Assert.NotEqual(created, overwritten);
        Assert.Equal("2", Text((await storage.ReadAsync("k"))!.Content));
    }

    [Fact]
    public async Task Write_ConcurrentCreateOnly_ExactlyOneWins()
    {
        var storage = await CreateStorageAsync();
        var attempts = Enumerable.Range(0, 8).Select(async i =>
        {
            try
            {
                await storage.WriteAsync("race", Utf8(i.ToString()), null);
                return i;
            }
            catch (StorageConflictException)
            {
                return -1;
            }
        });
        var winners = (await Task.WhenAll(attempts)).Where(i => i >= 0).ToList();
        var winner = Assert.Single(winners);
        Assert.Equal(winner.ToString(), Text((await storage.ReadAsync("race"))!.Content));
    }

    [Fact]
    public async Task Delete_Unconditional_RemovesKeyOnce()
    {
        var storage = await CreateStorageAsync();
        await storage.WriteAsync("k", Utf8("1"), null);
        Assert.True(await storage.DeleteAsync("k"));
        Assert.Null(await storage.ReadAsync("k"));
        Assert.False(await storage.DeleteAsync("k"));
        Assert.False(await storage.DeleteAsync("k", null));
    }

    [Fact]
    public async Task Delete_CurrentETag_RemovesKey()
    {
        var storage = await CreateStorageAsync();
        var eTag = await storage.WriteAsync("k", Utf8("1"), null);
        Assert.True(await storage.DeleteAsync("k", eTag));
        Assert.Null(await storage.ReadAsync("k"));
    }

    [Fact]
    public async Task Delete_StaleETag_ConflictsAndKeepsValue()
    {
        var storage = await CreateStorageAsync();
        var stale = await storage.WriteAsync("k", Utf8("1"), null);
        await storage.WriteAsync("k", Utf8("2"), stale);
        await Assert.ThrowsAsync<StorageConflictException>(() => storage.DeleteAsync("k", stale));
        Assert.Equal("2", Text((await storage.ReadAsync("k"))!.Content));
    }

    [Fact]
    public async Task Delete_MissingKeyWithETag_ReturnsFalse()
    {
        var storage = await CreateStorageAsync();
        var eTag = await storage.WriteAsync("k", Utf8("1"), null);
        await storage.DeleteAsync("k");
        Assert.False(await storage.DeleteAsync("k", eTag));
    }

    [Theory]
    [MemberData(nameof(OddKeys))]
    public async Task OddKey_RoundTripsListsAndDeletes(string key)
    {
        var storage = await CreateStorageAsync();
        await storage.WriteAsync("other", Utf8("x"), null);
        var eTag = await storage.WriteAsync(key, Utf8(key), null);
        Assert.Equal(key, Text((await storage.ReadAsync(key))!.Content));
        Assert.Equal(new[] { key, "other" }.Order(StringComparer.Ordinal), await storage.ListAsync("").ToListAsync());
        Assert.Equal([key], await storage.ListAsync(key).ToListAsync());
        Assert.True(await storage.DeleteAsync(key, eTag));
        Assert.Null(await storage.ReadAsync(key));
    }

    [Fact]
    public async Task OddKeys_AllTogether_StayDistinct()
    {
        var storage = await CreateStorageAsync();
        var keys = StorageKeys.Odd.Concat(StorageKeys.LookAlikes).Distinct().ToList();
        foreach (var key in keys) await storage.WriteAsync(key, Utf8("value of " + key), null);
        foreach (var key in keys) Assert.Equal("value of " + key, Text((await storage.ReadAsync(key))!.Content));
        Assert.Equal(keys.Order(StringComparer.Ordinal), await storage.ListAsync("").ToListAsync());
    }

    [Fact]
    public async Task Write_OneMegabyteValue_RoundTripsByteForByte()
    {
        var storage = await CreateStorageAsync();
        var value = new byte[1024 * 1024];
        new Random(42).NextBytes(value);
        var eTag = await storage.WriteAsync("big/value", value, null);
        var item = await storage.ReadAsync("big/value");
        Assert.Equal(eTag, item!.ETag);
        Assert.True(value.AsSpan().SequenceEqual(item.Content.Span));
    }

    [Fact]
    public async Task Write_VietnameseText_RoundTripsExactly()
    {
        var storage = await CreateStorageAsync();
        const string composed = "{\"tên\":\"Nguyễn Thị Hồng Nhung\",\"ghi chú\":\"Đăng ký thi đua: hoàn thành báo cáo quý trước 15/06\"}";
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        await storage.WriteAsync("vi/nfc", Utf8(composed), null);
        await storage.WriteAsync("vi/nfd", Utf8(decomposed), null);
        Assert.Equal(composed, Text((await storage.ReadAsync("vi/nfc"))!.Content));
        Assert.Equal(decomposed, Text((await storage.ReadAsync("vi/nfd"))!.Content));
    }

    [Fact]
    public async Task List_ByPrefix_ReturnsAllMatchingKeysInOrdinalOrder()
    {
        var storage = await CreateStorageAsync();
        var users = Enumerable.Range(0, 13).Select(i => $"users/msteams/29:user-{i:D2}").ToList();
        var others = new[] { "users2/x", "user", "conversations/msteams/19:abc@thread.tacv2", "usersa" };
        foreach (var key in users.Concat(others)) await storage.WriteAsync(key, Utf8("{}"), null);

        Assert.Equal(users, await storage.ListAsync("users/").ToListAsync());
        Assert.Equal(users, await storage.ListAsync("users/msteams/29:").ToListAsync());
        Assert.Equal(["users/msteams/29:user-10", "users/msteams/29:user-11", "users/msteams/29:user-12"],
            await storage.ListAsync("users/msteams/29:user-1").ToListAsync());
        Assert.Equal([.. users, "users2/x", "usersa"], await storage.ListAsync("users").ToListAsync());
        Assert.Equal(users.Concat(others).Order(StringComparer.Ordinal), await storage.ListAsync("").ToListAsync());
        Assert.Empty(await storage.ListAsync("nothing/").ToListAsync());
    }

    [Fact]
    public async Task List_AfterDelete_OmitsDeletedKey()
    {
        var storage = await CreateStorageAsync();
        await storage.WriteAsync("plans/a", Utf8("{}"), null);
        await storage.WriteAsync("plans/b", Utf8("{}"), null);
        await storage.DeleteAsync("plans/a");
        Assert.Equal(["plans/b"], await storage.ListAsync("plans/").ToListAsync());
    }

    protected static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    protected static string Text(ReadOnlyMemory<byte> bytes) => Encoding.UTF8.GetString(bytes.Span);
}
