using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A max kept in a buffer keyed by one loop index (<c>m[i] = Max(m[i], x[(o * n + k) * inner + i])</c>) folds across
/// every other loop around the fold that does not key the buffer and does not reset it: over the outer slices as well
/// as the axis when only the inner index keys it (a keepdims buffer that lost its outer dimensions), whatever the loop
/// order. That is LG0001, as a scalar max over the same loops is. Keyed by outer and inner (<c>m[o * inner + i]</c>),
/// or reset per outer slice, it is one fibre's max and silent.
/// </summary>
public class SoftmaxModelKeyedElementFoldTests
{
    private const string MaxCall = "m[i] = MathF.Max(m[i], data[(o * n + k) * inner + i]);";

    [Theory]
    [InlineData("o", "k", "i", MaxCall)]
    [InlineData("k", "o", "i", MaxCall)]
    [InlineData("o", "i", "k", MaxCall)]
    [InlineData("i", "o", "k", MaxCall)]
    [InlineData("o", "k", "i", "if (data[(o * n + k) * inner + i] > m[i]) m[i] = data[(o * n + k) * inner + i];")]
    [InlineData("o", "k", "i", "m[i] = data[(o * n + k) * inner + i] > m[i] ? data[(o * n + k) * inner + i] : m[i];")]
    [InlineData("o", "k", "i", "m[i] = Math.Max(m[i], data[o * n * inner + k * inner + i]);")]
    public async Task AMaxKeyedByTheInnerIndexOnly_FoldsTheOuterSlicesToo_IsLG0001(string first, string second, string third, string fold)
    {
        var source = Strided("var m = new float[inner]; Array.Fill(m, float.NegativeInfinity);", "", Loops(first, second, third, fold), "m[i]");
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("o", "k", "i")]
    [InlineData("k", "o", "i")]
    [InlineData("i", "k", "o")]
    public async Task AMaxKeyedByOuterAndInner_IsSilent(string first, string second, string third)
    {
        var fold = "m[o * inner + i] = MathF.Max(m[o * inner + i], data[(o * n + k) * inner + i]);";
        var source = Strided("var m = new float[outer * inner]; Array.Fill(m, float.NegativeInfinity);", "", Loops(first, second, third, fold), "m[o * inner + i]");
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("Array.Fill(m, float.NegativeInfinity);")]
    [InlineData("m.AsSpan().Fill(float.NegativeInfinity);")]
    public async Task AMaxKeyedByTheInnerIndex_ResetPerOuterSlice_IsSilent(string reset)
    {
        var loops = $$"""
            for (int o = 0; o < outer; o++)
            {
                {{reset}}
                for (int k = 0; k < n; k++)
                    for (int i = 0; i < inner; i++)
                        m[i] = MathF.Max(m[i], data[(o * n + k) * inner + i]);
                for (int k = 0; k < n; k++)
                    for (int i = 0; i < inner; i++)
                    {
                        int at = (o * n + k) * inner + i;
                        e[at] = MathF.Exp(data[at] - m[i]);
                        ss[o * inner + i] += e[at];
                    }
            }
            """;
        var source = Strided("var m = new float[inner];", loops, "", null);
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    [Fact]
    public async Task AScalarMaxOverTheSameLoops_StaysLG0001()
    {
        var fold = "s = MathF.Max(s, data[(o * n + k) * inner + i]);";
        var source = Strided("float s = float.NegativeInfinity;", "", Loops("o", "k", "i", fold), "s");
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(source));
    }

    /// <summary>Three nested counted loops over o &lt; outer, k &lt; n, i &lt; inner in the given order.</summary>
    private static string Loops(string first, string second, string third, string body) =>
        $"{Loop(first)}\n{Loop(second)}\n{Loop(third)}\n{body}";

    private static string Loop(string index) => index switch
    {
        "o" => "for (int o = 0; o < outer; o++)",
        "k" => "for (int k = 0; k < n; k++)",
        _ => "for (int i = 0; i < inner; i++)",
    };

    /// <summary>tinygrad's strided softmax; <paramref name="maxRead"/> null when <paramref name="body"/> does the exps itself.</summary>
    private static string Strided(string declare, string body, string maxFold, string? maxRead) => $$"""
        using System;

        static class C
        {
            static float[] Softmax(float[] data, int[] shape, int axis)
            {
                int n = shape[axis];
                int outer = 1, inner = 1;
                for (int d = 0; d < axis; d++) outer *= shape[d];
                for (int d = axis + 1; d < shape.Length; d++) inner *= shape[d];
                {{declare}}
                var e = new float[data.Length];
                var ss = new float[outer * inner];
                {{(maxRead is null ? body : maxFold + "\n" + Exps(maxRead))}}
                for (int o = 0; o < outer; o++)
                    for (int k = 0; k < n; k++)
                        for (int i = 0; i < inner; i++)
                            e[(o * n + k) * inner + i] /= ss[o * inner + i];
                return e;
            }
        }
        """;

    private static string Exps(string maxRead) => $$"""
        for (int o = 0; o < outer; o++)
            for (int k = 0; k < n; k++)
                for (int i = 0; i < inner; i++)
                {
                    int at = (o * n + k) * inner + i;
                    e[at] = MathF.Exp(data[at] - {{maxRead}});
                    ss[o * inner + i] += e[at];
                }
        """;
}
