namespace EmulationBot.Protocol;

/// <summary>Shows "typing…" while a message turn runs longer than a moment, repeating while Teams would hide it.</summary>
public sealed class TypingIndicatorMiddleware(TimeProvider time) : IMiddleware
{
    internal static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(800);
    internal static readonly TimeSpan Period = TimeSpan.FromSeconds(2.5);

    public async Task OnTurnAsync(TurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        if (turn.Activity.Type != ActivityTypes.Message || turn.Activity.DeliveryMode == "expectReplies")
        {
            await next(cancellationToken);
            return;
        }
        using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var typing = KeepTypingAsync(turn, done.Token);
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            await done.CancelAsync();
            await typing;
        }
    }

    private async Task KeepTypingAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        try
        {
            // Nearly every turn ends before the delay: its cancellation ends the wait without an exception.
            await Task.Delay(Delay, time, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            while (!cancellationToken.IsCancellationRequested)
            {
                await turn.SendTypingAsync(cancellationToken);
                await Task.Delay(Period, time, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
        catch (OperationCanceledException) { }
        catch (Exception) { } // a lost typing indicator must never fail the turn
    }
}
