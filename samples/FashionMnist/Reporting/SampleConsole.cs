using Spectre.Console;

namespace FashionMnist.Reporting;

/// <summary>The sample's Spectre.Console console: live progress on a terminal, plain lines when output is redirected.</summary>
internal static class SampleConsole
{
    /// <summary>Width used for tables when output goes to a file or pipe (no terminal width to measure).</summary>
    private const int RedirectedWidth = 120;

    /// <summary>The console everything is written to.</summary>
    public static IAnsiConsole Out { get; } = Create();

    /// <summary>True when standard output is a terminal, so a live progress bar can redraw itself.</summary>
    public static bool Interactive { get; } = !Console.IsOutputRedirected;

    private static IAnsiConsole Create()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Out),
            Ansi = Console.IsOutputRedirected ? AnsiSupport.No : AnsiSupport.Detect,
            Interactive = Console.IsOutputRedirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
        if (Console.IsOutputRedirected)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
