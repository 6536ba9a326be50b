using System.Diagnostics;
using System.Text;

namespace LayerGen.Package.Tests.Infrastructure;

/// <summary>Runs the <c>dotnet</c> CLI as a child process, isolated from the test host's MSBuild environment.</summary>
internal static class DotNet
{
    // A guard against a hung child, not a speed check: on a shared 2-core machine under load (load average ~40) a
    // Release build of the sample, analyzers included, took over 5 minutes, which failed every test of its fixture.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    /// <param name="workingDirectory">Folder the command runs in.</param>
    /// <param name="nugetPackages">Private NuGet global packages folder, or null to keep the user's.</param>
    /// <param name="tempDirectory">
    /// The child's temp folder (TMPDIR), inside a folder the calling fixture deletes: MSBuild and NuGet write scratch
    /// files there (MSBuildTemp*, NuGetScratch*) that would otherwise stay in the machine's temp folder.
    /// </param>
    /// <param name="arguments">Command-line arguments, one per entry.</param>
    public static DotNetResult Run(string workingDirectory, string? nugetPackages, string tempDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        ChildProcessEnvironment.RemoveTestHostVariables(start);

        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        Directory.CreateDirectory(tempDirectory);
        start.Environment["TMPDIR"] = tempDirectory;
        if (nugetPackages is not null)
        {
            start.Environment["NUGET_PACKAGES"] = nugetPackages;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var commandLine = string.Join(' ', arguments);
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'dotnet {commandLine}' did not finish within {Timeout.TotalMinutes} minutes:\n{output}");
        }

        process.WaitForExit();
        lock (output)
        {
            return new DotNetResult(commandLine, process.ExitCode, output.ToString());
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
