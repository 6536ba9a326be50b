using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A max (or sum) folded from values that are themselves reductions (a flash-style tile merge: per-tile maxima folded
/// into a running max, per-tile sums shifted by their own tile max and moved to the running max by
/// <c>tileSum * exp(tileMax - m)</c>) spans what those reductions span plus what the outer fold's loops walk. A running
/// max declared above the query loop and never restarted per query spans every query (LG0001); restarted per query
/// (declared in the query loop, reset at its top, or seeded by the first tile's max) it is one query's max and silent.
/// </summary>
public class SoftmaxModelMaxOfReductionsTests
{
    private const string MathMax = "m = Math.Max(m, tileMax);";
    private const string Rescaled = "l = l * Math.Exp(mOld - m) + tileSum * Math.Exp(tileMax - m);";

    [Theory]
    [InlineData(MathMax, Rescaled, "for (int k = start; k < end; k++) tileMax = Math.Max(tileMax, s[q, k]);")]
    [InlineData("if (tileMax > m) m = tileMax;", Rescaled, "for (int k = start; k < end; k++) tileMax = Math.Max(tileMax, s[q, k]);")]
    [InlineData("m = tileMax > m ? tileMax : m;", Rescaled, "for (int k = start; k < end; k++) if (s[q, k] > tileMax) tileMax = s[q, k];")]
    [InlineData(MathMax, "double alpha = Math.Exp(mOld - m), beta = Math.Exp(tileMax - m); l *= alpha; l += beta * tileSum;", "for (int k = start; k < end; k++) tileMax = Math.Max(tileMax, s[q, k]);")]
    [InlineData(MathMax, "l = l * Math.Exp(mOld - m) + tileSum / Math.Exp(m - tileMax);", "for (int k = start; k < end; k++) tileMax = Math.Max(tileMax, s[q, k]);")]
    [InlineData(MathMax, "l = Math.Exp(tileMax - m) * tileSum + Math.Exp(mOld - m) * l;", "for (int k = start; k < end; k++) tileMax = Math.Max(tileMax, s[q, k]);")]
    public async Task ARunningMaxOfTileMaxima_CarriedAcrossQueries_IsLG0001(string merge, string sumMerge, string tileFold)
    {
        var source = Tiles("double m = double.NegativeInfinity;", "", merge, sumMerge, tileFold);
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("", "double m = double.NegativeInfinity;", MathMax, Rescaled)]
    [InlineData("double m;", "m = double.NegativeInfinity;", MathMax, Rescaled)]
    [InlineData("", "double m = double.NegativeInfinity;", "if (tileMax > m) m = tileMax;", Rescaled)]
    [InlineData("", "double m = double.NegativeInfinity;", MathMax, "double alpha = Math.Exp(mOld - m), beta = Math.Exp(tileMax - m); l *= alpha; l += beta * tileSum;")]
    [InlineData("double m = double.NegativeInfinity;", "", "if (start == 0) { m = tileMax; l = tileSum; continue; } m = Math.Max(m, tileMax);", Rescaled)]
    public async Task ARunningMaxRestartedPerQuery_IsSilent(string above, string inside, string merge, string sumMerge)
    {
        var source = Tiles(above, inside, merge, sumMerge, "for (int k = start; k < end; k++) tileMax = Math.Max(tileMax, s[q, k]);");
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("float m = float.NegativeInfinity;", "", "LG0001")]
    [InlineData("", "float m = float.NegativeInfinity;", null)]
    public async Task ColumnTilesOfKeyMajorScores_AreJudgedTheSameWay(string above, string inside, string? expected)
    {
        // scores[key, query]: the softmax runs down a column; the tiles walk the keys of one query.
        var source = $$"""
            using System;

            static class C {
                static void F(float[,] s, float[,] w) {
                    int keys = s.GetLength(0), queries = s.GetLength(1);
                    {{above}}
                    for (int q = 0; q < queries; q++) {
                        {{inside}}
                        float l = 0f;
                        for (int start = 0; start < keys; start += 4) {
                            int end = Math.Min(start + 4, keys);
                            float tileMax = float.NegativeInfinity;
                            for (int k = start; k < end; k++) if (s[k, q] > tileMax) tileMax = s[k, q];
                            float tileSum = 0f;
                            for (int k = start; k < end; k++) tileSum += MathF.Exp(s[k, q] - tileMax);
                            float mOld = m;
                            m = MathF.Max(m, tileMax);
                            l = l * MathF.Exp(mOld - m) + tileSum * MathF.Exp(tileMax - m);
                        }

                        for (int k = 0; k < keys; k++) w[k, q] = MathF.Exp(s[k, q] - m) / l;
                    }
                }
            }
            """;
        Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, await FixRunner.ReportedIdsAsync(source));
    }

    [Fact]
    public async Task TilesOfOneVector_MergedOverItsKeysOnly_AreSilent()
    {
        var source = """
            using System;

            static class C {
                static void F(float[] x, float[] y) {
                    float m = float.NegativeInfinity, l = 0f;
                    for (int start = 0; start < x.Length; start += 16) {
                        int end = Math.Min(start + 16, x.Length);
                        float tileMax = float.NegativeInfinity;
                        for (int k = start; k < end; k++) tileMax = MathF.Max(tileMax, x[k]);
                        float tileSum = 0f;
                        for (int k = start; k < end; k++) tileSum += MathF.Exp(x[k] - tileMax);
                        float mNew = MathF.Max(m, tileMax);
                        l = l * MathF.Exp(m - mNew) + tileSum * MathF.Exp(tileMax - mNew);
                        m = mNew;
                    }

                    for (int k = 0; k < x.Length; k++) y[k] = MathF.Exp(x[k] - m) / l;
                }
            }
            """;
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    [Fact]
    public async Task AMaxOfTwoPerRowMaximaOfOneRow_IsSilent()
    {
        var source = """
            using System;

            static class C {
                static void F(float[,] x, float[,] y) {
                    int rows = x.GetLength(0), cols = x.GetLength(1), half = cols / 2;
                    for (int r = 0; r < rows; r++) {
                        float a = float.NegativeInfinity, b = float.NegativeInfinity;
                        for (int c = 0; c < half; c++) a = MathF.Max(a, x[r, c]);
                        for (int c = half; c < cols; c++) b = MathF.Max(b, x[r, c]);
                        float m = MathF.Max(a, b);
                        float s = 0f;
                        for (int c = 0; c < cols; c++) s += MathF.Exp(x[r, c] - m);
                        for (int c = 0; c < cols; c++) y[r, c] = MathF.Exp(x[r, c] - m) / s;
                    }
                }
            }
            """;
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("if (c == 0) m = x[r, c]; else m = Math.Max(m, x[r, c]);", null)]
    [InlineData("if (c == 0) { m = x[r, c]; continue; } m = Math.Max(m, x[r, c]);", null)]
    [InlineData("if (r == 0 && c == 0) m = x[r, c]; else m = Math.Max(m, x[r, c]);", "LG0001")]
    [InlineData("m = Math.Max(m, x[r, c]);", "LG0001")]
    public async Task ARunningMaxSeededOnTheFirstPassOfTheRowWalk_IsRestartedPerRow(string fold, string? expected)
    {
        var source = $$"""
            using System;

            static class C {
                static void F(double[,] x, double[,] y) {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    double m = double.NegativeInfinity;
                    for (int r = 0; r < rows; r++) {
                        for (int c = 0; c < cols; c++) {
                            {{fold}}
                        }

                        double s = 0;
                        for (int c = 0; c < cols; c++) s += Math.Exp(x[r, c] - m);
                        for (int c = 0; c < cols; c++) y[r, c] = Math.Exp(x[r, c] - m) / s;
                    }
                }
            }
            """;
        Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, await FixRunner.ReportedIdsAsync(source));
    }

    private static string Tiles(string above, string inside, string merge, string sumMerge, string tileFold) => $$"""
        using System;

        static class C {
            static void F(double[,] s, double[,] w) {
                int queries = s.GetLength(0), keys = s.GetLength(1);
                {{above}}
                for (int q = 0; q < queries; q++) {
                    {{inside}}
                    double l = 0;
                    for (int start = 0; start < keys; start += 8) {
                        int end = Math.Min(start + 8, keys);
                        double tileMax = double.NegativeInfinity;
                        {{tileFold}}
                        double tileSum = 0;
                        for (int k = start; k < end; k++) tileSum += Math.Exp(s[q, k] - tileMax);
                        double mOld = m;
                        {{merge}}
                        {{sumMerge}}
                    }

                    for (int k = 0; k < keys; k++) w[q, k] = Math.Exp(s[q, k] - m) / l;
                }
            }
        }
        """;
}
