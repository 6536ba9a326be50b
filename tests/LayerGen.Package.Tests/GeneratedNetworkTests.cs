using LayerGen.Package.Tests.ConsumerSources;
using LayerGen.Package.Tests.Infrastructure;

namespace LayerGen.Package.Tests;

/// <summary>A user project that adds the packed package by version, declares a network with attributes, builds and trains it.</summary>
[Collection(PackedPackageCollection.Name)]
public sealed class GeneratedNetworkTests(PackedPackage package)
{
    [Fact]
    public void Network_from_the_package_builds_with_warnings_as_errors_and_trains()
    {
        var project = ConsumerProject.Create(package, "NetworkApp", treatWarningsAsErrors: true);
        project.WriteFile("Program.cs", NetworkProgram.Source);

        var add = project.AddLayerGen();
        Assert.True(add.ExitCode == 0, add.ToString());
        Assert.Contains($"Version=\"{package.Version}\"", project.ReadFile("NetworkApp.csproj"), StringComparison.Ordinal);

        var build = project.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("0 Warning(s)", build.Output, StringComparison.Ordinal);

        var run = project.Run("run", "--no-build");
        Assert.True(run.ExitCode == 0, run.ToString());
        double firstLoss = OutputValues.Numbers(run.Output, "first loss").Single();
        double lastLoss = OutputValues.Numbers(run.Output, "last loss").Single();
        double accuracy = OutputValues.Numbers(run.Output, "accuracy").Single();
        double[] agreement = OutputValues.Numbers(run.Output, "predict agrees");
        double[] rowSums = OutputValues.Numbers(run.Output, "softmax row sums");

        // Three well-separated blobs: an untrained net starts near ln 3 and a trained one separates them.
        Assert.InRange(firstLoss, 0.5, 3.0);
        Assert.True(lastLoss < firstLoss / 4, run.ToString());
        Assert.InRange(accuracy, 0.95, 1.0);
        Assert.Equal(accuracy * 300, agreement[0], precision: 3);
        Assert.All(rowSums, s => Assert.InRange(s, 1 - 1e-5, 1 + 1e-5));
    }
}
