using System.Diagnostics;

namespace LayerGen.Package.Tests.Infrastructure;

/// <summary>
/// The samples/FashionMnist program built once per test run, in Release (the kernels run optimised) and into a temp
/// folder that this fixture deletes when the run ends: a solution build only makes the Debug sample, and building in
/// the repository's own bin/obj would race other test assemblies. Built on first use, so a run that filters out the
/// sample tests does not pay for it.
/// </summary>
public sealed class FashionMnistSample : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("layergen-sample-build-").FullName;
    private readonly Lazy<string> _dll;

    /// <summary>Creates the temp folder; the build happens on the first run.</summary>
    public FashionMnistSample() => _dll = new Lazy<string>(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Exit code, standard output and standard error of one run.</summary>
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        /// <inheritdoc />
        public override string ToString() => $"exit code {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
    }

    /// <summary>Runs the sample with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    public Result Run(string workingDirectory, params string[] arguments) => RunWithDefaultDataDirectory(workingDirectory, null, arguments);

    /// <summary>Runs the sample with <c>FASHION_MNIST_DIR</c> set to <paramref name="defaultDataDirectory"/> when it is not null.</summary>
    public Result RunWithDefaultDataDirectory(string workingDirectory, string? defaultDataDirectory, params string[] arguments)
    {
        string dll = _dll.Value;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["TMPDIR"] = Directory.CreateDirectory(Path.Combine(_root, "tmp")).FullName;
        if (defaultDataDirectory is not null)
        {
            start.Environment["FASHION_MNIST_DIR"] = defaultDataDirectory;
        }

        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        // A guard against a hung sample, not a speed check (a loaded shared machine runs it several times slower).
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The sample did not finish within 10 minutes.");
        }

        return new Result(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Deletes the build folder.</summary>
    public void Dispose() => TempFolder.Delete(_root);

    private string Build()
    {
        string project = Path.Combine(RepositoryPaths.Root, "samples", "FashionMnist", "FashionMnist.csproj");
        DotNet.Run(RepositoryPaths.Root, nugetPackages: null, Path.Combine(_root, "tmp"),
                "build", project, "-c", "Release", "--artifacts-path", Path.Combine(_root, "artifacts"), "-nodeReuse:false")
            .EnsureSuccess();
        return Directory.GetFiles(Path.Combine(_root, "artifacts", "bin"), "FashionMnist.dll", SearchOption.AllDirectories).Single();
    }
}
