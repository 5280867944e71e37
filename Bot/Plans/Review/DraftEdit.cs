using EmulationBot.Plans.Model;

namespace EmulationBot.Plans.Review;

/// <summary>The result of one correction: the changed plan and a notice for the card, or an error notice and no change.</summary>
internal sealed record DraftEdit(Plan? Plan, string NoticeKey, object?[] Args)
{
    public bool IsError => Plan is null;

    public static DraftEdit Ok(Plan plan, string key, params object?[] args) => new(plan, key, args);

    public static DraftEdit Fail(string key, params object?[] args) => new(null, key, args);
}
