using System.Diagnostics;

namespace FashionMnist.Reporting;

/// <summary>A one-line progress bar redrawn in place (at most ten times a second); silent when output is redirected.</summary>
internal sealed class ProgressBar(string label, int total)
{
    private const int Width = 30;
    private readonly bool _interactive = !Console.IsOutputRedirected;
    private readonly Stopwatch _sinceDraw = Stopwatch.StartNew();

    /// <summary>Shows <paramref name="done"/> of the total with the running loss.</summary>
    public void Report(int done, float runningLoss)
    {
        if (!_interactive || (_sinceDraw.ElapsedMilliseconds < 100 && done < total))
        {
            return;
        }

        _sinceDraw.Restart();
        int filled = (int)((long)Width * done / total);
        Console.Write(FormattableString.Invariant(
            $"\r{label} [{new string('#', filled)}{new string('.', Width - filled)}] {done,6}/{total} loss {runningLoss:F4}"));
    }

    /// <summary>Clears the bar so the epoch summary can take its line.</summary>
    public void Clear()
    {
        if (_interactive)
        {
            Console.Write("\r" + new string(' ', Console.BufferWidth > 1 ? Math.Min(Console.BufferWidth - 1, 100) : 100) + "\r");
        }
    }
}
