using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Partial per-slice resets of keyed accumulators over an <c>[outer, axis, inner]</c> block are not whole resets: a
/// reset loop over another row of a jagged accumulator (<c>m[0][i]</c> while the folds write <c>m[1][i]</c>), and a
/// <c>Fill</c>/<c>Clear</c> of a slice that is no whole range (<c>m.AsSpan(0, inner - 1)</c>, <c>m.AsSpan(1)</c>,
/// <c>new Span&lt;float&gt;(m, 0, inner - 1)</c>, <c>.Slice(0, inner - 1)</c>) leave the previous slice's max or sum alive
/// (LG0001 at the fold, LG0002 at the sum). The whole reset written the same ways stays silent.
/// </summary>
public class SoftmaxModelPartialResetTests
{
    [Theory]
    [InlineData("m.AsSpan(0, inner - 1).Fill(float.NegativeInfinity);")]
    [InlineData("m.AsSpan(1).Fill(float.NegativeInfinity);")]
    [InlineData("new Span<float>(m, 0, inner - 1).Fill(float.NegativeInfinity);")]
    [InlineData("m.AsSpan().Slice(0, inner - 1).Fill(float.NegativeInfinity);")]
    [InlineData("m.AsSpan(0, inner / 2).Fill(float.NegativeInfinity);")]
    public async Task AMaxResetThroughAShortSlice_IsLG0001AtTheFold(string reset)
    {
        Assert.Equal(new[] { "LG0001@12" }, await SourceMarkers.ReportedIdsAtLinesAsync(MaxSource(FlatMax, reset, "m[i]")));
    }

    [Theory]
    [InlineData("m.AsSpan(0, inner).Fill(float.NegativeInfinity);")]
    [InlineData("m.AsSpan(0, m.Length).Fill(float.NegativeInfinity);")]
    [InlineData("m.AsSpan().Fill(float.NegativeInfinity);")]
    [InlineData("m.AsSpan(0).Fill(float.NegativeInfinity);")]
    [InlineData("new Span<float>(m).Fill(float.NegativeInfinity);")]
    [InlineData("m.AsSpan().Slice(0, inner).Fill(float.NegativeInfinity);")]
    [InlineData("Array.Fill(m, float.NegativeInfinity, 0, inner);")]
    [InlineData("for (int i = 0; i < inner; i++) m[i] = float.NegativeInfinity;")]
    public async Task AMaxResetOverTheWholeRange_IsSilent(string reset)
    {
        Assert.Empty(await SourceMarkers.ReportedIdsAtLinesAsync(MaxSource(FlatMax, reset, "m[i]")));
    }

    [Theory]
    [InlineData("for (int i = 0; i < inner; i++) m[0][i] = float.NegativeInfinity;")]
    [InlineData("for (int k = 0; k < inner; k++) m[0][k] = float.NegativeInfinity;")]
    [InlineData("for (int i = inner - 1; i >= 0; i--) m[0][i] = float.NegativeInfinity;")]
    public async Task AResetLoopOverAnotherRowOfAJaggedAccumulator_IsLG0001AtTheFold(string reset)
    {
        Assert.Equal(new[] { "LG0001@12" }, await SourceMarkers.ReportedIdsAtLinesAsync(MaxSource(JaggedFixedRow, reset, "m[1][i]")));
    }

    [Theory]
    [InlineData("for (int i = 0; i < inner; i++) m[1][i] = float.NegativeInfinity;")]
    [InlineData("for (int k = 0; k < inner; k++) m[1][k] = float.NegativeInfinity;")]
    [InlineData("for (int i = inner - 1; i >= 0; i--) m[1][i] = float.NegativeInfinity;")]
    public async Task AResetLoopOverTheFoldedRow_IsSilent(string reset)
    {
        Assert.Empty(await SourceMarkers.ReportedIdsAtLinesAsync(MaxSource(JaggedFixedRow, reset, "m[1][i]")));
    }

    [Theory]
    [InlineData("for (int i = 0; i < inner; i++) m[o][i] = float.NegativeInfinity;")]
    [InlineData("var mo = m[o]; for (int i = 0; i < inner; i++) mo[i] = float.NegativeInfinity;")]
    public async Task AResetLoopOverEachSlicesOwnRow_IsSilent(string reset)
    {
        Assert.Empty(await SourceMarkers.ReportedIdsAtLinesAsync(MaxSource(JaggedRowPerSlice, reset, "m[o][i]")));
    }

    [Theory]
    [InlineData("total.AsSpan(0, inner - 1).Clear();", "LG0002@21")]
    [InlineData("total.AsSpan(1).Clear();", "LG0002@21")]
    [InlineData("new Span<float>(total, 1, inner - 1).Fill(0f);", "LG0002@21")]
    [InlineData("Array.Clear(total, 0, 1);", "LG0002@21")]
    [InlineData("total.AsSpan(0, inner).Clear();", null)]
    [InlineData("total.AsSpan().Clear();", null)]
    [InlineData("Array.Clear(total);", null)]
    [InlineData("Array.Clear(total, 0, inner);", null)]
    public async Task ASumResetThroughASlice_IsLG0002UnlessWhole(string reset, string? expected)
    {
        Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, await SourceMarkers.ReportedIdsAtLinesAsync(SumSource(reset)));
    }

    private const string FlatMax = "var m = new float[inner];";
    private const string JaggedFixedRow = "var m = new float[2][]; m[0] = new float[inner]; m[1] = new float[inner];";
    private const string JaggedRowPerSlice = "var m = new float[outer][]; for (int k = 0; k < outer; k++) m[k] = new float[inner];";

    /// <summary>A strided softmax whose keyed max (line 12) is reset per outer slice by <paramref name="reset"/>.</summary>
    private static string MaxSource(string declaration, string reset, string peak) => $$"""
        using System;
        public static class C
        {
            public static void Softmax(float[] x, int outer, int axis, int inner, float[] y)
            {
                {{declaration}}
                for (int o = 0; o < outer; o++)
                {
                    {{reset}}
                    for (int a = 0; a < axis; a++)
                        for (int i = 0; i < inner; i++)
                            {{peak}} = MathF.Max({{peak}}, x[(o * axis + a) * inner + i]);
                    var total = new float[inner];
                    for (int a = 0; a < axis; a++)
                    {
                        for (int i = 0; i < inner; i++)
                        {
                            int at = (o * axis + a) * inner + i;
                            y[at] = MathF.Exp(x[at] - {{peak}});
                            total[i] += y[at];
                        }
                    }

                    for (int a = 0; a < axis; a++)
                        for (int i = 0; i < inner; i++)
                            y[(o * axis + a) * inner + i] /= total[i];
                }
            }
        }
        """;

    /// <summary>A strided softmax whose keyed sum (line 21) is reset per outer slice by <paramref name="reset"/>.</summary>
    private static string SumSource(string reset) => $$"""
        using System;
        public static class C
        {
            public static void Softmax(float[] x, int outer, int axis, int inner, float[] y)
            {
                var total = new float[inner];
                for (int o = 0; o < outer; o++)
                {
                    var peak = new float[inner];
                    Array.Fill(peak, float.NegativeInfinity);
                    for (int a = 0; a < axis; a++)
                        for (int i = 0; i < inner; i++)
                            peak[i] = MathF.Max(peak[i], x[(o * axis + a) * inner + i]);
                    {{reset}}
                    for (int a = 0; a < axis; a++)
                    {
                        for (int i = 0; i < inner; i++)
                        {
                            int at = (o * axis + a) * inner + i;
                            y[at] = MathF.Exp(x[at] - peak[i]);
                            total[i] += y[at];
                        }
                    }

                    for (int a = 0; a < axis; a++)
                        for (int i = 0; i < inner; i++)
                            y[(o * axis + a) * inner + i] /= total[i];
                }
            }
        }
        """;
}
