namespace EmulationBot.Commitments;

/// <summary>What a registrant commits to build: an initiative (sáng kiến) or a model example (điển hình).</summary>
public enum PledgeKind
{
    Initiative,
    ModelExample,
}
