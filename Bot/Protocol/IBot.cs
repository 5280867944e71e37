namespace EmulationBot.Protocol;

/// <summary>The application's turn handler: what runs after the middleware for every inbound activity.</summary>
public interface IBot
{
    Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken);
}
