using LayerGen.Package.Tests.ConsumerSources;
using LayerGen.Package.Tests.Infrastructure;

namespace LayerGen.Package.Tests;

/// <summary>LG0001 from the packed package: the warning on <c>dotnet build</c> and the fix by <c>dotnet format</c>.</summary>
[Collection(PackedPackageCollection.Name)]
public sealed class SoftmaxAnalyzerTests(PackedPackage package)
{
    [Fact]
    public void Global_max_softmax_warns_on_build_and_dotnet_format_fixes_it()
    {
        var project = ConsumerProject.Create(package, "SoftmaxBugApp", treatWarningsAsErrors: false);
        project.WriteFile("Program.cs", GlobalMaxSoftmaxProgram.Program);
        project.WriteFile("BatchSoftmax.cs", GlobalMaxSoftmaxProgram.BatchSoftmax);
        var add = project.AddLayerGen();
        Assert.True(add.ExitCode == 0, add.ToString());

        var buggyBuild = project.Build();
        Assert.True(buggyBuild.ExitCode == 0, buggyBuild.ToString());
        Assert.Contains("BatchSoftmax.cs", WarningLines(buggyBuild, "LG0001").FirstOrDefault() ?? buggyBuild.ToString(), StringComparison.Ordinal);

        // The bug is real: the second row underflows to 0/0.
        var buggyRun = project.Run("run", "--no-build");
        Assert.True(buggyRun.ExitCode == 0, buggyRun.ToString());
        Assert.True(double.IsNaN(OutputValues.Numbers(buggyRun.Output, "row sums")[1]), buggyRun.ToString());

        var format = project.Run("format", "analyzers", "--diagnostics", "LG0001", "--severity", "warn", "--verbosity", "normal");
        Assert.True(format.ExitCode == 0, format.ToString());
        Assert.NotEqual(GlobalMaxSoftmaxProgram.BatchSoftmax, project.ReadFile("BatchSoftmax.cs"));

        var fixedBuild = project.Build();
        Assert.True(fixedBuild.ExitCode == 0, fixedBuild.ToString());
        Assert.Empty(WarningLines(fixedBuild, "LG0001"));

        var fixedRun = project.Run("run", "--no-build");
        Assert.True(fixedRun.ExitCode == 0, fixedRun.ToString());
        Assert.All(OutputValues.Numbers(fixedRun.Output, "row sums"), s => Assert.InRange(s, 1 - 1e-5, 1 + 1e-5));
    }

    [Fact]
    public void Editorconfig_sets_the_severity_by_category_and_by_id()
    {
        var project = ConsumerProject.Create(package, "EditorconfigApp", treatWarningsAsErrors: false);
        project.WriteFile("Program.cs", GlobalMaxSoftmaxProgram.Program);
        project.WriteFile("BatchSoftmax.cs", GlobalMaxSoftmaxProgram.BatchSoftmax);
        var add = project.AddLayerGen();
        Assert.True(add.ExitCode == 0, add.ToString());

        project.WriteFile(".editorconfig", """
            root = true
            [*.cs]
            dotnet_analyzer_diagnostic.category-LayerGen.Numerics.severity = error
            """);
        var asError = project.Build();
        Assert.NotEqual(0, asError.ExitCode);
        Assert.Contains("error LG0001", asError.Output, StringComparison.Ordinal);

        project.WriteFile(".editorconfig", """
            root = true
            [*.cs]
            dotnet_analyzer_diagnostic.category-LayerGen.Numerics.severity = error
            dotnet_diagnostic.LG0001.severity = none
            """);
        var silenced = project.Build();
        Assert.True(silenced.ExitCode == 0, silenced.ToString());
        Assert.DoesNotContain("LG0001", silenced.Output, StringComparison.Ordinal);
    }

    private static List<string> WarningLines(DotNetResult build, string id) =>
        build.Output.Split('\n').Where(l => l.Contains($"warning {id}", StringComparison.Ordinal)).ToList();
}
