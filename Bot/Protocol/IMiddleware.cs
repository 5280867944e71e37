namespace EmulationBot.Protocol;

/// <summary>A step of the turn pipeline that runs around the bot (mention stripping, typing indicator, …).</summary>
public interface IMiddleware
{
    Task OnTurnAsync(TurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken);
}
