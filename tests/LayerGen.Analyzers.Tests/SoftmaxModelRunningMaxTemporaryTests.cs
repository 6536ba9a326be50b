using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A running maximum folded in a per-step temporary and copied back (<c>float next = MathF.Max(m, v); … m = next;</c>):
/// a read of the temporary is the max INCLUDING this step's element, read before the copy-back or after it, exactly
/// as a read of <c>m</c> after an in-place <c>m = MathF.Max(m, v)</c>; a read of <c>m</c> before the copy-back is the
/// previous step's. So with every accumulator rescaled the model is the in-place spelling's (no partial max), and
/// without a rescale the max stays partial (the rescale check runs for the temporary too).
/// </summary>
public class SoftmaxModelRunningMaxTemporaryTests
{
    /// <summary>A prefix log-sum-exp per row (as in <see cref="SoftmaxModelScanTests"/>): FOLDS folds m and s.</summary>
    private const string ScanRow = """
        static void F(float[,] x, float[] ll, int rows, int cols) {
            for (int r = 0; r < rows; r++) {
                float m = float.NegativeInfinity, s = 0f;
                for (int j = 0; j < cols; j++) {
                    float v = x[r, j];
                    FOLDS
                    ll[r] += v - (m + MathF.Log(s));
                }
            }
        }
        """;

    /// <summary>Online attention per query: STEP folds m into the running state, the output divides after the keys.</summary>
    private const string AttentionRow = """
        static void F(float[,] s, float[,] v, float[,] o) {
            int n = s.GetLength(0), t = s.GetLength(1), d = v.GetLength(1);
            var acc = new float[d];
            for (int q = 0; q < n; q++) {
                float m = float.NegativeInfinity, l = 0f;
                Array.Clear(acc, 0, d);
                for (int j = 0; j < t; j++) {
                    STEP
                }
                for (int c = 0; c < d; c++) o[q, c] = acc[c] / l;
            }
        }
        """;

    private const string InPlaceScan = "float old = m; m = MathF.Max(m, v); s = s * MathF.Exp(old - m) + MathF.Exp(v - m);";

    private const string InPlaceAttention = """
        float mOld = m; m = MathF.Max(m, s[q, j]);
        float r = MathF.Exp(mOld - m); float p = MathF.Exp(s[q, j] - m);
        l = l * r + p;
        for (int c = 0; c < d; c++) acc[c] = acc[c] * r + p * v[j, c];
        """;

    public static TheoryData<string> ScanTemporaries() => new()
    {
        "float next = MathF.Max(m, v); s = s * MathF.Exp(m - next) + MathF.Exp(v - next); m = next;",
        "float mNew = MathF.Max(v, m); float e = MathF.Exp(v - mNew); s = s * MathF.Exp(m - mNew) + e; m = mNew;",
        "float mNew; mNew = MathF.Max(m, v); s *= MathF.Exp(m - mNew); m = mNew; s += MathF.Exp(v - mNew);",
    };

    public static TheoryData<string> AttentionTemporaries() => new()
    {
        """
        float next = MathF.Max(m, s[q, j]);
        float r = MathF.Exp(m - next); float p = MathF.Exp(s[q, j] - next);
        l = l * r + p;
        for (int c = 0; c < d; c++) acc[c] = acc[c] * r + p * v[j, c];
        m = next;
        """,
        """
        float mNew = MathF.Max(m, s[q, j]);
        float p = MathF.Exp(s[q, j] - mNew);
        float r = MathF.Exp(m - mNew);
        m = mNew;
        l = l * r + p;
        for (int c = 0; c < d; c++) { acc[c] *= r; acc[c] += p * v[j, c]; }
        """,
    };

    [Theory]
    [MemberData(nameof(ScanTemporaries))]
    public void ScanTemporary_IsTheMaxIncludingThisStep(string folds)
    {
        var temporary = Describe(ScanRow.Replace("FOLDS", folds, StringComparison.Ordinal));
        Assert.Equal(Describe(ScanRow.Replace("FOLDS", InPlaceScan, StringComparison.Ordinal)), temporary);
        Assert.DoesNotContain("partial", temporary, StringComparison.Ordinal);
        Assert.Contains("| sum s {x.r1} | max m {x.r1} |", temporary, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AttentionTemporaries))]
    public void AttentionTemporary_IsTheMaxIncludingThisStep(string step)
    {
        var temporary = Describe(AttentionRow.Replace("STEP", step, StringComparison.Ordinal));
        Assert.Equal(Describe(AttentionRow.Replace("STEP", InPlaceAttention, StringComparison.Ordinal)), temporary);
        Assert.DoesNotContain("partial", temporary, StringComparison.Ordinal);
        Assert.Contains("site acc[c] / l | dims {", temporary, StringComparison.Ordinal);
        Assert.Contains("| sum l {s.r1} | max m {s.r1}", temporary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("float next = MathF.Max(m, v); s += MathF.Exp(v - next); m = next;")]
    [InlineData("float mNew = MathF.Max(m, v); m = mNew; s += MathF.Exp(v - mNew);")]
    public void ScanTemporaryWithoutRescale_StaysPartial(string folds)
    {
        var model = Describe(ScanRow.Replace("FOLDS", folds, StringComparison.Ordinal));
        Assert.Contains("| sum s {x.r1} | max m {x.r1} partial |", model, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadOfTheMaxBeforeTheCopyBack_IsThePreviousStep()
    {
        // exp(m - next): m before the copy-back is the previous step's max, the rescale's old side; the model reads the
        // sum's exps as shifted by the running max and the log-sum-exp's m after the step: one max, not partial.
        var model = Describe(ScanRow.Replace("FOLDS", "float next = MathF.Max(m, v); float old = m; m = next; s = s * MathF.Exp(old - next) + MathF.Exp(v - next);", StringComparison.Ordinal));
        Assert.DoesNotContain("partial", model, StringComparison.Ordinal);
        Assert.Contains("| sum s {x.r1} | max m {x.r1} |", model, StringComparison.Ordinal);
    }

    private static string Describe(string method) => ModelDescriptions.Of($$"""
        using System;
        static class C {
        {{method}}
        }
        """)["F"];
}
