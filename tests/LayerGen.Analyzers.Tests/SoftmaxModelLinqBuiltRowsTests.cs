using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Jagged rows a method builds itself with LINQ (HeldOut40's <c>SpeakerAmSoftmax_BatchPeak</c>): <c>x.Select((row, i) =&gt;
/// row.Select(…).ToArray()).ToArray()</c> has one row per element of the outer <c>Select</c> and one element per element
/// of the inner one, two dimensions like the parameter it is built from. A max over all of it (<c>logits.Max(r =&gt;
/// r.Max())</c>, <c>SelectMany(r =&gt; r).Max()</c>, <c>Select(r =&gt; r.Max()).Max()</c>) subtracted in a per-row softmax
/// is LG0001 however the rows were built; a max per row (<c>logits[i].Max()</c>, per-row maxima by <c>Select</c>) is
/// silent.
/// </summary>
public class SoftmaxModelLinqBuiltRowsTests
{
    /// <summary>How <c>logits</c> is made from the parameter <c>x</c> (<c>float[][]</c>, <c>int[] t</c>).</summary>
    public static readonly TheoryData<string> Builds = new()
    {
        "float[][] logits = x;",
        "float[][] logits = x.Select((row, i) => row.Select((c, j) => j == t[i] ? 30f * (c - 0.2f) : 30f * c).ToArray()).ToArray();",
        "float[][] logits = x.Select(row => row.Select(c => 30f * c).ToArray()).ToArray();",
        "var logits = x.Select(row => row.Select(c => 2f * c).ToArray()).ToArray();",
        "float[][] logits = x.Select(row => row.ToArray()).ToArray();",
        "float[][] logits = (from row in x select (from c in row select 30f * c).ToArray()).ToArray();",
        "float[][] logits = x.Select(row => Array.ConvertAll(row, c => 30f * c)).ToArray();",
        "float[][] logits = new float[x.Length][]; for (int a = 0; a < x.Length; a++) { logits[a] = new float[x[a].Length]; for (int b = 0; b < x[a].Length; b++) logits[a][b] = 30f * x[a][b]; }",
    };

    /// <summary>Maxima over the whole batch.</summary>
    public static readonly string[] GlobalPeaks =
    {
        "logits.Max(row => row.Max())",
        "logits.SelectMany(r => r).Max()",
        "logits.Select(r => r.Max()).Max()",
        "Enumerable.Max(logits, r => Enumerable.Max(r))",
    };

    public static TheoryData<string, string> BuildsAndGlobalPeaks()
    {
        var data = new TheoryData<string, string>();
        foreach (var build in Builds)
        {
            foreach (var peak in GlobalPeaks)
            {
                data.Add(build, peak);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BuildsAndGlobalPeaks))]
    public async Task BatchPeakOverRowsBuiltAnyWay_IsLG0001(string build, string peak)
    {
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(ForLoop(build, $"float peak = {peak};", "peak")));
    }

    [Theory]
    [MemberData(nameof(BuildsAndGlobalPeaks))]
    public async Task BatchPeakOverRowsBuiltAnyWay_InAForeachSoftmax_IsLG0001(string build, string peak)
    {
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(Foreach(build, $"float peak = {peak};", "peak")));
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public async Task RowPeak_IsSilent(string build)
    {
        Assert.Empty(await FixRunner.ReportedIdsAsync(ForLoop(build, "", "logits[i].Max()")));
        Assert.Empty(await FixRunner.ReportedIdsAsync(ForLoop(build, "float[] peaks = logits.Select(r => r.Max()).ToArray();", "peaks[i]")));
        Assert.Empty(await FixRunner.ReportedIdsAsync(ForLoop(build, "List<float> peaks = logits.Select(r => r.Max()).ToList();", "peaks[i]")));
        Assert.Empty(await FixRunner.ReportedIdsAsync(Foreach(build, "", "row.Max()")));
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public async Task NoPeak_IsLG0003(string build)
    {
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(ForLoop(build, "", "0f")));
    }

    [Theory]
    [InlineData("float peak = logits.Max(row => row.Max());", "peak", "LG0001")]
    [InlineData("float peak = logits.SelectMany(r => r).Max();", "peak", "LG0001")]
    [InlineData("", "logits[i].Max()", null)]
    [InlineData("List<float> peaks = logits.Select(r => r.Max()).ToList();", "peaks[i]", null)]
    [InlineData("", "0f", "LG0003")]
    public async Task ListOfRowsBuiltBySelect_IsJudgedPerRow(string peak, string shift, string? expected)
    {
        var source = ForLoop("List<float[]> logits = x.Select(row => row.Select(c => 30f * c).ToArray()).ToList();", peak, shift)
            .Replace("logits.Length", "logits.Count");
        Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, await FixRunner.ReportedIdsAsync(source));
    }

    /// <summary>The corpus file's shape: logits built, a peak, then a per-row softmax by index into fresh rows.</summary>
    private static string ForLoop(string build, string peak, string shift) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;

        static class C {
            static float[][] F(float[][] x, int[] t) {
                {{build}}
                {{peak}}
                var probs = new float[logits.Length][];
                for (int i = 0; i < logits.Length; i++) {
                    probs[i] = new float[logits[i].Length];
                    float total = 0f;
                    for (int j = 0; j < logits[i].Length; j++) {
                        probs[i][j] = MathF.Exp(logits[i][j] - {{shift}});
                        total += probs[i][j];
                    }
                    for (int j = 0; j < logits[i].Length; j++) probs[i][j] /= total;
                }
                return probs;
            }
        }
        """;

    /// <summary>A per-row softmax walking the rows by <c>foreach</c> into a list of fresh rows.</summary>
    private static string Foreach(string build, string peak, string shift) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;

        static class C {
            static List<float[]> F(float[][] x, int[] t) {
                {{build}}
                {{peak}}
                var probs = new List<float[]>();
                foreach (var row in logits) {
                    var p = new float[row.Length];
                    float total = 0f;
                    for (int j = 0; j < row.Length; j++) { p[j] = MathF.Exp(row[j] - {{shift}}); total += p[j]; }
                    for (int j = 0; j < p.Length; j++) p[j] /= total;
                    probs.Add(p);
                }
                return probs;
            }
        }
        """;
}
