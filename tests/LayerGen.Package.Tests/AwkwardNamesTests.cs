using LayerGen.Package.Tests.ConsumerSources;
using LayerGen.Package.Tests.Infrastructure;

namespace LayerGen.Package.Tests;

/// <summary>
/// A user project from the packed package with classes that differ only in case, nested, keyword-named and file-local
/// classes: it builds (or reports LayerGen errors) with no CS8785 and no error inside a generated file.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class AwkwardNamesTests(PackedPackage package)
{
    [Fact]
    public void Case_twins_nested_and_keyword_named_classes_build_and_run_and_file_local_ones_get_only_LG1005()
    {
        var project = ConsumerProject.Create(package, "AwkwardNamesApp", treatWarningsAsErrors: true);
        project.WriteFile("Program.cs", AwkwardNamesProgram.Valid);
        var add = project.AddLayerGen();
        Assert.True(add.ExitCode == 0, add.ToString());

        var build = project.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("0 Warning(s)", build.Output, StringComparison.Ordinal);
        var run = project.Run("run", "--no-build");
        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (string name in new[] { "Models.Probs", "Models.PROBS", "Models.Outer.Inner", "Models.OUTER.Inner", "Models.Net", "models.Probs" })
        {
            // Softmax rows and the networks' logits: every class ran its generated code.
            Assert.Contains(name + ": ", run.Output, StringComparison.Ordinal);
        }

        // A softmax row sums to 1.
        Assert.Equal([3.0, 1.0], OutputValues.Numbers(run.Output, "Models.Probs").Select(value => Math.Round(value, 5)));

        project.WriteFile("FileLocal.cs", AwkwardNamesProgram.FileLocal);
        var rejected = project.Build();
        string[] errors = rejected.Output.Split('\n').Where(line => line.Contains(": error ", StringComparison.Ordinal)).ToArray();
        Assert.NotEqual(0, rejected.ExitCode);
        Assert.NotEmpty(errors);
        Assert.All(errors, line => Assert.Contains("error LG1005", line, StringComparison.Ordinal));
        Assert.DoesNotContain("CS8785", rejected.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(errors, line => line.Contains(".g.cs", StringComparison.Ordinal));
    }
}
