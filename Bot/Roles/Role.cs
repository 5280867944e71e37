namespace EmulationBot.Roles;

/// <summary>What a user may do beyond an employee's part. A later issue adds roles managed in the bot.</summary>
public enum Role
{
    /// <summary>The department office (Văn phòng Sở): publishes plans, sees everyone's progress.</summary>
    Office,
}
