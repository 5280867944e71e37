using EmulationBot;
using EmulationBot.Cli;
using EmulationBot.Office.Exports;
using EmulationBot.Protocol;

// Command-line tools ("plan extract <file>", "ask …") run without the web host.
if (CommandLine.IsCommand(args)) return CommandLine.RunConsole(args);

var builder = WebApplication.CreateBuilder(args);

// The Bot Framework convention: http://127.0.0.1:3978 unless --urls or ASPNETCORE_URLS say otherwise.
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:3978");
}

builder.Services.AddEmulationBot(builder.Configuration, builder.Environment);
builder.Services.AddHealthChecks();

var app = builder.Build();
app.MapBotMessages();
app.MapOfficeDownloads();
app.MapHealthChecks("/health");
app.Run();
return 0;

/// <summary>The web host's entry point (public so that in-process tests can start it).</summary>
public partial class Program;
