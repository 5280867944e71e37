using System.Text.Json.Serialization;

namespace EmulationBot.Commitments;

/// <summary>The registration dialog's data: what the user has answered so far, and — when editing — the record being changed.</summary>
public sealed class CommitmentDraft
{
    public string? PlanId { get; set; }
    public string? PlanTitle { get; set; }

    /// <summary>A plan named by the button that started the dialog (the deadlines list), used if it is open.</summary>
    public string? PresetPlanId { get; set; }

    public string? UnitId { get; set; }
    public string? UnitName { get; set; }
    public CommitmentKind Kind { get; set; }

    /// <summary>The user asked for a collective registration ("đăng ký tập thể"); granted only to a unit head or the office.</summary>
    public bool WantsCollective { get; set; }

    public string? TitleCode { get; set; }
    public List<string> Targets { get; set; } = [];

    /// <summary>Why the last targets were refused (a Strings key), to say so when asking again.</summary>
    public string? TargetsProblem { get; set; }

    public Pledge? Pledge { get; set; }
    public bool PledgeRefused { get; set; }
    public bool AskedPledgeDate { get; set; }

    /// <summary>The part chosen on the review card's "Sửa" (title, targets, pledge); the other questions are skipped.</summary>
    public string? Revise { get; set; }

    /// <summary>An existing registration of the chosen title, offered for editing.</summary>
    public string? DuplicateKey { get; set; }

    /// <summary>Chosen when the review card is first shown, so that a turn that runs twice saves one registration.</summary>
    public string? Number { get; set; }

    /// <summary>Set when editing: the record's key and the ETag it was read with, and what stays from it.</summary>
    public string? Key { get; set; }
    public string? ETag { get; set; }
    public CommitmentOwner? Owner { get; set; }
    public DateTimeOffset? RegisteredAt { get; set; }
    public int Version { get; set; }
    public CommitmentStatus Status { get; set; }

    [JsonIgnore]
    public bool IsEditing => Key is not null;

    /// <summary>Fills the draft from a stored registration, to edit it.</summary>
    public void LoadFrom(Commitment commitment, string key, string eTag)
    {
        PlanId = commitment.PlanId;
        PlanTitle = commitment.PlanTitle;
        UnitId = commitment.UnitId;
        UnitName = commitment.UnitName;
        Kind = commitment.Kind;
        TitleCode = commitment.TitleCode;
        Targets = [.. commitment.Targets];
        Pledge = commitment.Pledge;
        Number = commitment.Number;
        Key = key;
        ETag = eTag;
        Owner = commitment.Owner;
        RegisteredAt = commitment.RegisteredAt;
        Version = commitment.Version;
        Status = commitment.Status;
        DuplicateKey = null;
    }
}
