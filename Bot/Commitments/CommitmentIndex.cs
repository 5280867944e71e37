using EmulationBot.Conversation;

namespace EmulationBot.Commitments;

/// <summary>Reads and keeps the user's own index of registrations (<see cref="UserState.Commitments"/>).</summary>
public static class CommitmentIndex
{
    public static CommitmentRef? Find(UserState user, string planId, CommitmentKind kind, string titleCode) =>
        user.Commitments.FirstOrDefault(c => c.PlanId == planId && c.Kind == kind && c.TitleCode == titleCode);

    public static CommitmentRef? FindByNumber(UserState user, string? number) =>
        number is null ? null : user.Commitments.FirstOrDefault(c => c.Number == number);

    /// <summary>Whether the user registered anything under the plan (a registration obligation is then done for them).</summary>
    public static bool HasRegistered(UserState user, string planId) => user.Commitments.Any(c => c.PlanId == planId);

    public static void Put(UserState user, CommitmentRef entry)
    {
        user.Commitments.RemoveAll(c => c.Key == entry.Key);
        user.Commitments.Add(entry);
    }

    public static void Remove(UserState user, string key) => user.Commitments.RemoveAll(c => c.Key == key);
}
