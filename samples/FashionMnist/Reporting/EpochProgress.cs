using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace FashionMnist.Reporting;

/// <summary>
/// Progress of one training epoch with the running loss, the rate in images per second and the time left. On a terminal
/// it is a Spectre.Console progress bar that clears itself when the epoch ends; when output is redirected it is a plain
/// line at every quarter of the epoch, so logs show progress too.
/// </summary>
internal static class EpochProgress
{
    /// <summary>Runs <paramref name="epoch"/>, which reports (images done, running loss) through the callback it is given.</summary>
    public static void Run(string label, int total, Action<Action<int, double>> epoch)
    {
        if (SampleConsole.Interactive)
        {
            RunLive(label, total, epoch);
        }
        else
        {
            RunPlain(label, total, epoch);
        }
    }

    private static void RunLive(string label, int total, Action<Action<int, double>> epoch)
    {
        var progress = SampleConsole.Out.Progress();
        progress.RefreshRate = TimeSpan.FromMilliseconds(200);
        progress
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RateColumn(),
                     new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask(label, maxValue: total);
                epoch((done, loss) =>
                {
                    task.Value = done;
                    task.Description = FormattableString.Invariant($"{label} loss {loss:F4}");
                });
            });
    }

    private static void RunPlain(string label, int total, Action<Action<int, double>> epoch)
    {
        var clock = Stopwatch.StartNew();
        int nextQuarter = 1;
        epoch((done, loss) =>
        {
            if (done * 4L < nextQuarter * (long)total)
            {
                return;
            }

            while (done * 4L >= nextQuarter * (long)total)
            {
                nextQuarter++;
            }

            double seconds = clock.Elapsed.TotalSeconds;
            double rate = seconds > 0 ? done / seconds : 0;
            double left = rate > 0 ? (total - done) / rate : 0;
            SampleConsole.Out.WriteLine(FormattableString.Invariant(
                $"{label} {100.0 * done / total,5:F1}% {done,6}/{total} images  {rate,7:F0} images/s  ETA {FormatTime(left)}  loss {loss:F4}"));
        });
    }

    private static string FormatTime(double seconds) =>
        TimeSpan.FromSeconds(Math.Round(seconds)).ToString(@"m\:ss", CultureInfo.InvariantCulture);

    /// <summary>Images per second over the task's recent updates (Spectre's speed estimate).</summary>
    private sealed class RateColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(task.Speed is { } speed ? FormattableString.Invariant($"{speed,6:F0} images/s") : "   -- images/s");
    }
}
