namespace EmulationBot.Plans.Model;

/// <summary>A paragraph or a bullet of a section, in the plan's own words. <see cref="Id"/> is "III.1#2" (second passage of III.1).</summary>
public sealed record PlanPassage(string Id, PassageKind Kind, string Text);

public enum PassageKind
{
    Paragraph,
    Bullet,
}
