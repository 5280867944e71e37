using System.Text;
using EmulationBot.Questions.Cli;

namespace EmulationBot.Cli;

/// <summary>The bot's command-line tools (no web host): <c>ask …</c> answers questions about plan files.</summary>
public static class CommandLine
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] == "ask";

    /// <summary>Runs on the process console, writing UTF-8 whatever the terminal's default.</summary>
    public static int RunConsole(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        return AskCommandLine.Run(args, Console.Out, Console.Error);
    }
}
