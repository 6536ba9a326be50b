using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Small fixed-width softmaxes written without loops over a flat buffer (3 or 4 logits per row at <c>i * 3 + k</c>,
/// <c>o + k</c>, named locals): a peak written out over the row's own logits (nested <c>Max</c>, a ternary, a helper
/// returning it, a helper storing it in a field) is the row's and stays silent; a peak folded over the batch is LG0001.
/// A written-out sum reset per row is silent.
/// </summary>
public class SoftmaxModelUnrolledPeakTests
{
    /// <summary>PEAK (before the row loop) and SHIFT (inside it) define <c>m</c>; the row is x[o], x[o + 1], x[o + 2].</summary>
    private static string Rows(string peak, string shift) => $$"""
        using System;
        static class C {
            static float _m;
            static float Peak(float[] x, int o) => MathF.Max(x[o], MathF.Max(x[o + 1], x[o + 2]));
            static void Store(float[] x, int o) { _m = MathF.Max(MathF.Max(x[o], x[o + 1]), x[o + 2]); }
            static void F(float[] x, float[] y, int n) {
                {{peak}}
                for (int i = 0; i < n; i++) {
                    int o = i * 3;
                    {{shift}}
                    float e0 = MathF.Exp(x[o] - m), e1 = MathF.Exp(x[o + 1] - m), e2 = MathF.Exp(x[o + 2] - m);
                    float s = e0 + e1 + e2;
                    y[o] = e0 / s; y[o + 1] = e1 / s; y[o + 2] = e2 / s;
                }
            }
        }
        """;

    public static TheoryData<string, string, string> Peaks() => new()
    {
        // The row's own peak, in several spellings: silent.
        { "", "float m = MathF.Max(MathF.Max(x[o], x[o + 1]), x[o + 2]);", "" },
        { "", "float m = MathF.Max(x[i * 3 + 2], MathF.Max(x[i * 3], x[i * 3 + 1]));", "" },
        { "", "float a = x[o], b = x[o + 1], c = x[o + 2]; float m = a > b ? (a > c ? a : c) : (b > c ? b : c);", "" },
        { "", "float m = Peak(x, o);", "" },
        { "", "Store(x, o); float m = _m;", "" },
        { "float m;", "m = Math.Max(x[o], Math.Max(x[o + 1], x[o + 2]));", "" },
        // A peak over the whole batch: LG0001 where it is folded.
        { "float m = float.NegativeInfinity; for (int k = 0; k < x.Length; k++) m = MathF.Max(m, x[k]);", "", "LG0001@7" },
        { "float m = float.NegativeInfinity; for (int r = 0; r < n; r++) m = MathF.Max(m, MathF.Max(x[r * 3], MathF.Max(x[r * 3 + 1], x[r * 3 + 2])));", "", "LG0001@7" },
        { "float m = float.NegativeInfinity; foreach (float v in x) m = v > m ? v : m;", "", "LG0001@7" },
    };

    [Theory]
    [MemberData(nameof(Peaks))]
    public async Task UnrolledRowPeak_IsSilent_APeakOverTheBatchIsLG0001(string peak, string shift, string expected)
    {
        Assert.Equal(expected, await Reported(Rows(peak, shift)));
    }

    [Theory]
    // Reset per row (declared in the row, or assigned at its start): silent.
    [InlineData("", "float s = 0f; s += e0 + e1 + e2;")]
    [InlineData("float s;", "s = 0f; s += e0 + e1 + e2;")]
    [InlineData("", "float s = e2 + e0 + e1;")]
    public async Task WrittenOutSumResetPerRow_IsSilent(string before, string fold)
    {
        var source = $$"""
            using System;
            static class C {
                static void F(double[] x, double[] y, int n) {
                    {{before.Replace("float", "double", StringComparison.Ordinal)}}
                    for (int i = 0; i < n; i++) {
                        int o = 3 * i;
                        double m = Math.Max(x[o], Math.Max(x[o + 1], x[o + 2]));
                        double e0 = Math.Exp(x[o] - m), e1 = Math.Exp(x[o + 1] - m), e2 = Math.Exp(x[o + 2] - m);
                        {{fold.Replace("float", "double", StringComparison.Ordinal).Replace("0f", "0.0", StringComparison.Ordinal)}}
                        y[o] = e0 / s; y[o + 1] = e1 / s; y[o + 2] = e2 / s;
                    }
                }
            }
            """;
        Assert.Equal(string.Empty, await Reported(source));
    }

    [Fact]
    public void UnrolledRowPeak_HasNoMaximumOverTheRows()
    {
        var models = ModelDescriptions.Of(Rows("", "float m = MathF.Max(MathF.Max(x[o], x[o + 1]), x[o + 2]);"));
        Assert.DoesNotContain("max m", models["F"], StringComparison.Ordinal);
        Assert.Contains("sum e0 + e1 + e2 {}", models["F"], StringComparison.Ordinal);
    }

    private static async Task<string> Reported(string source) => string.Join(",", await SourceMarkers.ReportedIdsAtLinesAsync(source));
}
