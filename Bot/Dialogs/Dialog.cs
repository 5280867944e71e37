namespace EmulationBot.Dialogs;

/// <summary>A multi-turn conversation with a stable id; stateless — its data lives in the frame on the dialog stack.</summary>
public abstract class Dialog
{
    /// <summary>Stable id stored in conversation state and on the cards it sends.</summary>
    public abstract string Id { get; }

    /// <summary>Bumped when the steps or the data record change shape; older saved frames are then discarded politely.</summary>
    public virtual int Version => 1;

    /// <summary>Key of the dialog's name in the Strings files, used in "Đã hủy …" and "bạn đang … dở".</summary>
    public abstract string TitleKey { get; }

    /// <summary>Key of a short help text shown when the user asks for help in the middle of this dialog.</summary>
    public virtual string? HelpKey => null;

    public abstract Task<DialogStatus> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken);

    /// <summary>The user answered the current prompt with <paramref name="answer"/>.</summary>
    public abstract Task<DialogStatus> ContinueAsync(DialogContext dc, object? answer, CancellationToken cancellationToken);

    /// <summary>A child dialog this one started has ended with <paramref name="result"/>.</summary>
    public abstract Task<DialogStatus> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken);

    /// <summary>"quay lại": go back to the previous question; false when there is none.</summary>
    public abstract Task<bool> BackAsync(DialogContext dc, CancellationToken cancellationToken);
}

/// <summary>What a dialog did with a turn: it waits for the user, or it ended (possibly with a result for its parent).</summary>
public enum DialogStatus { Waiting, Ended }
