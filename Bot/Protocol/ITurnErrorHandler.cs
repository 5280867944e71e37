namespace EmulationBot.Protocol;

/// <summary>Answers a turn that threw: the application says something polite in the user's language.</summary>
public interface ITurnErrorHandler
{
    Task OnTurnErrorAsync(TurnContext turn, Exception exception, CancellationToken cancellationToken);
}
