using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Folds read at a step of the walk that folds them (prefix and suffix scans), folds overwritten before they are
/// read again, and chunk loops over a strided axis: what each reduction spans as the model describes it.
/// </summary>
public class SoftmaxModelScanTests
{
    /// <summary>The body of a row's scan: M the maximum's fold, S the sum's, READ the per-step log-likelihood.</summary>
    private const string ScanRow = """
        for (int r = 0; r < rows; r++) {
            RESET
            for (int j = 0; j < cols; j++) {
                float v = x[r, j];
                FOLDS
                ll[r] += v - (m + MathF.Log(s));
            }
        }
        """;

    public static TheoryData<string> OnlineRescales() => new()
    {
        "float next = MathF.Max(m, v); s = s * MathF.Exp(m - next) + MathF.Exp(v - next); m = next;",
        "if (v > m) { s *= MathF.Exp(m - v); m = v; } s += MathF.Exp(v - m);",
        "if (v > m) { s = s * MathF.Exp(m - v) + 1f; m = v; } else { s += MathF.Exp(v - m); }",
    };

    [Theory]
    [MemberData(nameof(OnlineRescales))]
    public void OnlineScanReadAtEachStep_IsOnePrefixsLogSumExp(string folds)
    {
        var model = Describe(Scan(folds, reset: "inner"));
        Assert.Contains("| sum s {x.r1} | max m {x.r1} |", model, StringComparison.Ordinal);
        Assert.DoesNotContain("partial", model, StringComparison.Ordinal);
    }

    [Fact]
    public void RunningMaxReadAtEachStep_WithoutRescale_StaysPartial()
    {
        var model = Describe(Scan("m = MathF.Max(m, v); s += MathF.Exp(v - m);", reset: "inner"));
        Assert.Contains("| sum s {x.r1} | max m {x.r1} partial |", model, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(OnlineRescales))]
    public void ScanCarriedAcrossRows_StaysPartialOverTheRows(string folds)
    {
        var model = Describe(Scan(folds, reset: "outer"));
        Assert.Contains("| sum s {x.r0,x.r1} partial |", model, StringComparison.Ordinal);
    }

    [Fact]
    public void SumDividedInTheLoopThatFoldsIt_BeforeTheFold_StaysPartial()
    {
        var model = Describe("""
            static void F(float[] x, float[] y) {
                float m = float.NegativeInfinity;
                for (int j = 0; j < x.Length; j++) m = MathF.Max(m, x[j]);
                float s = 0f;
                for (int j = 0; j < x.Length; j++) { y[j] = MathF.Exp(x[j] - m) / s; s += MathF.Exp(x[j] - m); }
            }
            """);
        Assert.Contains("partial", model, StringComparison.Ordinal);
    }

    [Fact]
    public void MapOverwrittenByItsExps_IsNoFoldOfTheAccumulatedLogits()
    {
        var models = DescribeMethods("""
            static void InPlace(float[,,] logits, float[,] map, int n, int heads) {
                for (int h = 0; h < heads; h++) for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) map[i, j] += logits[h, i, j];
                for (int i = 0; i < n; i++) {
                    float m = float.NegativeInfinity;
                    for (int j = 0; j < n; j++) m = MathF.Max(m, map[i, j]);
                    float z = 0f;
                    for (int j = 0; j < n; j++) { map[i, j] = MathF.Exp(map[i, j] - m); z += map[i, j]; }
                    for (int j = 0; j < n; j++) map[i, j] /= z;
                }
            }
            static void Accumulated(float[,,] logits, float[,] map, float[,] y, int n, int heads) {
                for (int h = 0; h < heads; h++) for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) map[i, j] += MathF.Exp(logits[h, i, j]);
                for (int i = 0; i < n; i++) {
                    float z = 0f;
                    for (int j = 0; j < n; j++) z += map[i, j];
                    for (int j = 0; j < n; j++) y[i, j] = map[i, j] / z;
                }
            }
            """);
        Assert.Contains("| sum z {logits.r2} | max m {logits.r2} |", models["InPlace"], StringComparison.Ordinal);

        // Read without an overwrite, the map still holds the sums over heads: z folds them too.
        Assert.Contains("| sum z {logits.r0,logits.r2}", models["Accumulated"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("for (int start = 0; start < n; start += chunk) { int end = Math.Min(start + chunk, n); for (int i = start; i < end; i++) { BODY } }")]
    [InlineData("for (int c = 0; c * chunk < n; c++) { int end = Math.Min((c + 1) * chunk, n); for (int i = c * chunk; i < end; i++) { BODY } }")]
    [InlineData("for (int start = 0; start < n; start += chunk) { for (int i = start; i < start + chunk && i < n; i++) { BODY } }")]
    public void ChunksOfSortedQueries_WalkTheQueryAxis_AndTheKeyLoopOneRow(string loops)
    {
        const string body = """
            float m = float.NegativeInfinity;
            for (int k = 0; k < width; k++) m = MathF.Max(m, s[i * width + k]);
            float z = 0f;
            for (int k = 0; k < width; k++) { p[i * width + k] = MathF.Exp(s[i * width + k] - m); z += p[i * width + k]; }
            for (int k = 0; k < width; k++) p[i * width + k] /= z;
            """;
        var model = Describe($$"""
            static void F(float[] s, float[] p, int n, int chunk) {
                int width = 2 * chunk;
                {{loops.Replace("BODY", body, StringComparison.Ordinal)}}
            }
            """);
        Assert.Contains("| dims {s.s:1,s.s:2*chunk} | sum z {s.s:1} | max m {s.s:1} |", model, StringComparison.Ordinal);
    }

    private static string Scan(string folds, string reset)
    {
        const string declare = "float m = float.NegativeInfinity, s = 0f;";
        var row = ScanRow.Replace("FOLDS", folds, StringComparison.Ordinal).Replace("RESET", reset == "inner" ? declare : string.Empty, StringComparison.Ordinal);
        return $$"""
            static void F(float[,] x, float[] ll, int rows, int cols) {
                {{(reset == "outer" ? declare : string.Empty)}}
                {{row}}
            }
            """;
    }

    private static string Describe(string method) => DescribeMethods(method)["F"];

    private static Dictionary<string, string> DescribeMethods(string methods) => ModelDescriptions.Of($$"""
        using System;
        static class C {
        {{methods}}
        }
        """);
}
