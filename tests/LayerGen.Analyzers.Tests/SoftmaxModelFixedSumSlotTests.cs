using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Each row's sum stored per row (<c>sums[r] = s</c>), then every row divided by one fixed slot (<c>sums[^1]</c>,
/// <c>sums[x.Length - 1]</c>, <c>sums[0]</c>): one row's sum for every row (LG0002; the stop-41 review's cases6/S09).
/// A row divided by its own slot (<c>sums[r]</c>) stays silent.
/// </summary>
public class SoftmaxModelFixedSumSlotTests
{
    private static string Source(string divisor) => $$"""
        using System;

        public static class Rows
        {
            public static void Run(float[][] x, float[][] y, float[] sums)
            {
                int count = x.Length;
                for (int r = 0; r < x.Length; r++)
                {
                    float m = float.NegativeInfinity;
                    for (int i = 0; i < x[r].Length; i++) m = MathF.Max(m, x[r][i]);
                    float s = 0f;
                    for (int i = 0; i < x[r].Length; i++) { y[r][i] = MathF.Exp(x[r][i] - m); s += y[r][i]; }
                    sums[r] = s;
                }

                for (int r = 0; r < x.Length; r++)
                {
                    for (int i = 0; i < x[r].Length; i++) y[r][i] /= {{divisor}};
                }
            }
        }
        """;

    /// <summary>One fixed slot divides every row: LG0002.</summary>
    [Theory]
    [InlineData("sums[^1]")]
    [InlineData("sums[x.Length - 1]")]
    [InlineData("sums[count - 1]")]
    [InlineData("sums[0]")]
    public async Task FixedSlotSum_IsLG0002(string divisor) =>
        Assert.Equal(new[] { "LG0002" }, (await FixRunner.ReportedIdsAsync(Source(divisor))).ToArray());

    /// <summary>Correct twin: each row divided by its own stored sum.</summary>
    [Theory]
    [InlineData("sums[r]")]
    public async Task OwnSlotSum_IsSilent(string divisor) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(divisor)));

    /// <summary>Correct twin: only the last row normalised, by its own (last) stored sum.</summary>
    [Fact]
    public async Task LastRowByItsOwnSum_IsSilent()
    {
        var source = """
            using System;

            public static class LastRow
            {
                public static float[] Run(float[][] x, float[][] e, float[] sums)
                {
                    for (int r = 0; r < x.Length; r++)
                    {
                        float m = float.NegativeInfinity;
                        for (int i = 0; i < x[r].Length; i++) m = MathF.Max(m, x[r][i]);
                        float s = 0f;
                        for (int i = 0; i < x[r].Length; i++) { e[r][i] = MathF.Exp(x[r][i] - m); s += e[r][i]; }
                        sums[r] = s;
                    }

                    var last = new float[x[^1].Length];
                    for (int j = 0; j < last.Length; j++) last[j] = e[^1][j] / sums[^1];
                    return last;
                }
            }
            """;
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    /// <summary>Correct twin: one scratch slot rewritten with this row's sum before the row is divided by it.</summary>
    [Theory]
    [InlineData("sums[^1]")]
    [InlineData("sums[0]")]
    public async Task ScratchSlotRewrittenPerRow_IsSilent(string slot)
    {
        var source = $$"""
            using System;

            public static class Scratch
            {
                public static void Run(float[][] x, float[][] y, float[] sums)
                {
                    for (int r = 0; r < x.Length; r++)
                    {
                        float m = float.NegativeInfinity;
                        for (int i = 0; i < x[r].Length; i++) m = MathF.Max(m, x[r][i]);
                        float s = 0f;
                        for (int i = 0; i < x[r].Length; i++) { y[r][i] = MathF.Exp(x[r][i] - m); s += y[r][i]; }
                        {{slot}} = s;
                        for (int i = 0; i < x[r].Length; i++) y[r][i] /= {{slot}};
                    }
                }
            }
            """;
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }
}
