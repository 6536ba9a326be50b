using System.Diagnostics;

namespace LayerGen.Package.Tests.Infrastructure;

/// <summary>Runs the built samples/FashionMnist program as a separate process.</summary>
internal static class FashionMnistSample
{
    /// <summary>
    /// The sample built once per test run, in Release (the kernels run optimised) and into a temp folder: a solution
    /// build only makes the Debug sample, and building in the repository's own bin/obj would race other test assemblies.
    /// </summary>
    private static readonly Lazy<string> BuiltDll = new(BuildSample, LazyThreadSafetyMode.ExecutionAndPublication);

    private static string DllPath => BuiltDll.Value;

    private static string BuildSample()
    {
        string artifacts = Directory.CreateTempSubdirectory("layergen-sample-build-").FullName;
        string project = Path.Combine(RepositoryPaths.Root, "samples", "FashionMnist", "FashionMnist.csproj");
        DotNet.Run(RepositoryPaths.Root, nugetPackages: null, "build", project, "-c", "Release", "--artifacts-path", artifacts, "-nodeReuse:false")
            .EnsureSuccess();
        return Directory.GetFiles(Path.Combine(artifacts, "bin"), "FashionMnist.dll", SearchOption.AllDirectories).Single();
    }

    /// <summary>Exit code, standard output and standard error of one run.</summary>
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        /// <inheritdoc />
        public override string ToString() => $"exit code {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
    }

    /// <summary>Runs the sample with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    public static Result Run(string workingDirectory, params string[] arguments) => RunWithDefaultDataDirectory(workingDirectory, null, arguments);

    /// <summary>Runs the sample with <c>FASHION_MNIST_DIR</c> set to <paramref name="defaultDataDirectory"/> when it is not null.</summary>
    public static Result RunWithDefaultDataDirectory(string workingDirectory, string? defaultDataDirectory, params string[] arguments)
    {
        Assert.True(File.Exists(DllPath), $"The sample is not built at {DllPath}.");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (defaultDataDirectory is not null)
        {
            start.Environment["FASHION_MNIST_DIR"] = defaultDataDirectory;
        }

        start.ArgumentList.Add(DllPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The sample did not finish within 3 minutes.");
        }

        return new Result(process.ExitCode, output.Result, error.Result);
    }
}
