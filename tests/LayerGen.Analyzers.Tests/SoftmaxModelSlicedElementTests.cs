using LayerGen.Analyzers.Softmax.Model;
using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on element identity through slices (branch pins45; the equivalence rewrites' row → span spelling
/// of RewriteSpellings_TooWideFolds): <c>row[j]</c> of <c>var row = map.AsSpan(i * n, n)</c> (or <c>AsSpan(i * n)</c>,
/// <c>new Span&lt;float&gt;(map, i * n, n)</c>, <c>map.AsSpan().Slice(i * n, n)</c>, a slice of a slice) is
/// <c>map[i * n + j]</c>, and sums and products compare in any order. A head-summed map overwritten by its own exps and
/// read back through the row's span is the exp, not the heads' sum: the key-column maximum stays another axis (LG0004)
/// as in the indexed spelling. A span over another row is not that element.
/// </summary>
public class SoftmaxModelSlicedElementTests
{
    [Theory]
    [InlineData("var row = map.AsSpan(i * n, n);", "map[i * n + j]", "row[j]")]
    [InlineData("var row = map.AsSpan(i * n);", "map[i * n + j]", "row[j]")]
    [InlineData("var row = new Span<float>(map, i * n, n);", "map[i * n + j]", "row[j]")]
    [InlineData("var row = map.AsSpan().Slice(i * n, n);", "map[i * n + j]", "row[j]")]
    [InlineData("var half = map.AsSpan(i * n); var row = half.Slice(0, n);", "map[i * n + j]", "row[j]")]
    [InlineData("var row = map.AsSpan(n * i, n);", "row[j]", "map[j + i * n]")]
    [InlineData("", "map[j + n * i]", "map[i * n + j]")]
    public void ExpWrittenAndReadBackThroughARowSlice_IsOneElement(string row, string write, string read)
    {
        var baseline = Describe(string.Empty, "map[i * n + j]", "map[i * n + j]");
        Assert.Equal(new[] { ShiftSpan.OtherAxis }, Spans(string.Empty, "map[i * n + j]", "map[i * n + j]"));
        Assert.Equal(baseline, Describe(row, write, read));
        Assert.Equal(new[] { ShiftSpan.OtherAxis }, Spans(row, write, read));
    }

    [Theory]
    [InlineData("var row = map.AsSpan((i + 1) % n * n, n);", "map[i * n + j]", "row[j]")]
    [InlineData("var row = map.AsSpan(i * n + 1, n - 1);", "map[i * n + j]", "row[j]")]
    [InlineData("var row = other.AsSpan(i * n, n);", "map[i * n + j]", "row[j]")]
    public void ReadThroughASliceOfAnotherElement_IsNotTheWrittenExp(string row, string write, string read) =>
        Assert.NotEqual(Describe(string.Empty, "map[i * n + j]", "map[i * n + j]"), Describe(row, write, read));

    /// <summary>
    /// A map summed over heads, then per query row i: ROW (a slice), the exp written at WRITE with the key-column
    /// maximum subtracted, read back at READ into the row's sum.
    /// </summary>
    private static string Source(string row, string write, string read) => $$"""
        using System;
        static class C {
            static void F(float[] logits, int heads, int n, float[] map, float[] other) {
                for (int h = 0; h < heads; h++) for (int p = 0; p < n * n; p++) map[p] += logits[h * n * n + p];
                var keyMax = new float[n];
                for (int j = 0; j < n; j++) { keyMax[j] = float.NegativeInfinity; for (int i = 0; i < n; i++) keyMax[j] = MathF.Max(keyMax[j], map[i * n + j]); }
                for (int i = 0; i < n; i++) {
                    float z = 0f;
                    {{row}}
                    for (int j = 0; j < n; j++) { {{write}} = MathF.Exp(map[i * n + j] - keyMax[j]); z += {{read}}; }
                    for (int j = 0; j < n; j++) map[i * n + j] /= z;
                }
            }
        }
        """;

    private static string Describe(string row, string write, string read) => ModelDescriptions.Of(Source(row, write, read))["F"];

    private static List<ShiftSpan> Spans(string row, string write, string read)
    {
        var model = ModelDescriptions.Method(Source(row, write, read), "F");
        return model.Sites.SelectMany(site => site.Axes(model.Classes) is var axes
            ? axes.Maxima.Select(entry => model.SpanOf(site, axes, entry.Max, entry.Axis, entry.Stale))
            : Enumerable.Empty<ShiftSpan>()).ToList();
    }
}
