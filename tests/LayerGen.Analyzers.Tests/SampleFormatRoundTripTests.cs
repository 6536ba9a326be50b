using System.Diagnostics;
using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// End to end: samples/SoftmaxBugs copied to a temporary folder shows LG0001, LG0002, LG0003, LG0005, LG0006 and
/// LG0007 on <c>dotnet build</c> and the Info suggestion LG0008 on <c>dotnet format --verify-no-changes --severity info</c>;
/// <c>dotnet format analyzers --diagnostics LG0001 LG0002 LG0003 LG0005 LG0006 LG0007 LG0008 --severity info</c> fixes
/// it, and the rebuilt program's rows match LayerGen.Softmax.Forward, its loss LayerGen.CrossEntropy.FromLogits and its
/// gradients LayerGen.Softmax.Backward (samples/SoftmaxBugs/verify-format.sh). Takes about two minutes.
/// </summary>
public class SampleFormatRoundTripTests
{
    [Fact]
    public async Task DotnetFormatFixesTheSample()
    {
        var script = Path.Combine(RepositoryPaths.Root, "samples", "SoftmaxBugs", "verify-format.sh");
        var start = new ProcessStartInfo("bash", $"\"{script}\"")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };

        ChildProcessEnvironment.RemoveTestHostVariables(start);

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(20));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("verify-format.sh did not finish within 20 minutes (a hang guard: it takes 2–4 minutes on an idle machine, up to 10 on a loaded one).");
        }

        var log = await output + await errors;
        Assert.True(process.ExitCode == 0, log);
        Assert.Contains("warning LG0001", log, StringComparison.Ordinal);
        Assert.Contains("warning LG0002", log, StringComparison.Ordinal);
        Assert.Contains("warning LG0003", log, StringComparison.Ordinal);
        Assert.Contains("warning LG0005", log, StringComparison.Ordinal);
        Assert.Contains("warning LG0006", log, StringComparison.Ordinal);
        Assert.Contains("warning LG0007", log, StringComparison.Ordinal);
        Assert.Contains("info LG0008", log, StringComparison.Ordinal);
        Assert.Contains("OK: all warnings and the LG0008 suggestion before, none after, rows, loss and gradients match the reference", log, StringComparison.Ordinal);
    }
}
