using System.Text.RegularExpressions;
using LayerGen.Package.Tests.Infrastructure;

namespace LayerGen.Package.Tests;

/// <summary>
/// The README's Quick start as a user follows it: a new console project, the packed package added by version from a
/// local feed, the C# block pasted as Program.cs unchanged; it builds without warnings (as errors) and runs.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed partial class ReadmeQuickStartTests(PackedPackage package)
{
    [Fact]
    public void Quick_start_pasted_into_a_new_console_project_builds_and_runs()
    {
        var project = ConsumerProject.Create(package, "QuickStart", treatWarningsAsErrors: true);
        project.WriteFile("Program.cs", QuickStartBlock());

        var add = project.AddLayerGen();
        Assert.True(add.ExitCode == 0, add.ToString());
        var build = project.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("0 Warning(s)", build.Output, StringComparison.Ordinal);

        var run = project.Run("run", "--no-build");
        Assert.True(run.ExitCode == 0, run.ToString());
        var accuracy = Accuracy().Match(run.Output);
        Assert.True(accuracy.Success, run.ToString());
        Assert.InRange(double.Parse(accuracy.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 90, 100);
    }

    /// <summary>The first C# block under README.md's "## Quick start" heading, exactly as written.</summary>
    private static string QuickStartBlock()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        int section = readme.IndexOf("\n## Quick start", StringComparison.Ordinal);
        Assert.True(section >= 0, "README.md has no '## Quick start' section");
        int open = readme.IndexOf("```csharp\n", section, StringComparison.Ordinal);
        int close = readme.IndexOf("\n```", open + 10, StringComparison.Ordinal);
        Assert.True(open >= 0 && close > open, "the Quick start has no C# block");
        return readme[(open + "```csharp\n".Length)..(close + 1)];
    }

    [GeneratedRegex(@"training accuracy: (\d+(?:\.\d+)?) ?%")]
    private static partial Regex Accuracy();
}
