using System.Text;
using EmulationBot.Questions.Cli;

namespace EmulationBot.Cli;

/// <summary>
/// The bot's command-line tools, run without the web host: <c>plan extract|sections &lt;file&gt;</c> (what the bot
/// understands of a plan) and <c>ask --plans &lt;folder&gt; …</c> (questions about plan files).
/// </summary>
public static class CommandLine
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "plan" or "ask";

    /// <summary>Runs on the process console, writing UTF-8 whatever the terminal's default.</summary>
    public static int RunConsole(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        return args[0] == "ask" ? AskCommandLine.Run(args, Console.Out, Console.Error) : PlanCommandLine.Run(args, Console.Out, Console.Error);
    }
}
