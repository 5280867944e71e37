namespace EmulationBot.Roles;

/// <summary>Who is asking, as the channel vouches for it (the activity's sender), never as card data claims.</summary>
/// <param name="UserPrincipalName">Known only after a roster look-up; null otherwise.</param>
public sealed record RoleSubject(string ChannelUserId, string? AadObjectId, string? UserPrincipalName);
