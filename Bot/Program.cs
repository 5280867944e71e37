using EmulationBot.Conversation;
using EmulationBot.Help;
using EmulationBot.Protocol;
using EmulationBot.Storage;

var builder = WebApplication.CreateBuilder(args);

// The Bot Framework convention: http://127.0.0.1:3978 unless --urls or ASPNETCORE_URLS say otherwise.
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:3978");
}

builder.Services.AddBotFrameworkProtocol(builder.Configuration, builder.Environment);
builder.Services.AddStateStorage(builder.Configuration, builder.Environment);
builder.Services.AddConversation(builder.Configuration);
builder.Services.AddHelp();
builder.Services.AddHealthChecks();

var app = builder.Build();
app.MapBotMessages();
app.MapHealthChecks("/health");
app.Run();

/// <summary>The web host's entry point (public so that in-process tests can start it).</summary>
public partial class Program;
