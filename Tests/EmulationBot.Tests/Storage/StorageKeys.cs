namespace EmulationBot.Tests.Storage;

/// <summary>Keys that real Teams traffic produces, and keys built to collide under a careless encoding.</summary>
public static class StorageKeys
{
    public static readonly string[] Odd =
    [
        "conversations/msteams/19:meeting_MzQ5ZjE2@thread.v2;messageid=1718000000000",
        "users/msteams/29:1AbC-dEf_gHi|x@y;z",
        "a:personal-chat|8:orgid:2a5b-77;skype@thread.skype",
        "users/msteams/Nguyễn Văn Ánh/kế hoạch thi đua 2025",
        "Đăng ký thi đua: Sở KHCN tỉnh Bắc Ninh",
        "spaces and %20 and + and # and ? and & and = and ~",
        "dots/./../..../end.",
        "/leading/slash",
        "trailing/slash/",
        "double//slash",
        "emoji 🎉 and 中文 and \\ backslash",
        new string('x', 1000),
        string.Concat(Enumerable.Repeat("Thi đua ", 125)),
        string.Concat(Enumerable.Repeat("19:abc@thread.tacv2;messageid=1/", 31)) + "12345678",
    ];

    /// <summary>Pairs that differ only in ways an encoding could erase: case, escapes, separators, the tail of long ids.</summary>
    public static readonly string[] LookAlikes =
    [
        "a:b", "a~3Ab", "a%3Ab", "a/b", "A:b", "a:b/", "a:b//", "a.b", "a_b", "a-b",
        new string('y', 990) + "A", new string('y', 990) + "B",
        string.Concat(Enumerable.Repeat("ơ", 400)) + "1", string.Concat(Enumerable.Repeat("ơ", 400)) + "2",
    ];
}
