namespace EmulationBot.Plans.Parsing;

/// <summary>A paragraph or bullet after lines are joined: the unit the section tree and the extractor work on.</summary>
internal sealed record TextBlock(string Text, bool IsBullet, int? HeadingLevel)
{
    public HeadingLabel? Label { get; } = IsBullet ? null : HeadingLabel.Parse(Text);
}
