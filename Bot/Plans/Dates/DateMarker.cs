namespace EmulationBot.Plans.Dates;

/// <summary>The words just before a date that say how it binds: "trước", "chậm nhất", "đến hết", "trong", "vào", "từ … đến".</summary>
public enum DateMarker
{
    /// <summary>No deadline word: a date that is only mentioned.</summary>
    None,

    /// <summary>"trước ngày …", "hạn …", "thời hạn: …".</summary>
    Before,

    /// <summary>"chậm nhất …".</summary>
    NoLaterThan,

    /// <summary>"đến hết ngày …", "đến ngày …".</summary>
    Until,

    /// <summary>"trong tháng …", "trong quý …", "trong năm …".</summary>
    Within,

    /// <summary>"vào ngày …".</summary>
    On,

    /// <summary>"từ … đến …": the mention's value is the end, <see cref="DateMention.RangeStart"/> the start.</summary>
    Range,
}
