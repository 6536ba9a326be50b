using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on shifts that are not a plain subtracted maximum (branch gaps20): a minimum of a quantity that
/// enters the exponent negated (the extremum that makes the exponent ≤ 0, described as the site's max), the row
/// member of a buffer of records (a fold of per-row folds spans the records too), a field folded without a reset on
/// the way in (carried across calls: read while accumulating), and a block walk whose size is a local.
/// </summary>
public class SoftmaxModelExtremumShiftTests
{
    private const string Rows = """
        var w = new double[rows, cols];
        for (int r = 0; r < rows; r++) {
            double z = 0;
            for (int c = 0; c < cols; c++) { w[r, c] = Math.Exp(EXPONENT); z += w[r, c]; }
            for (int c = 0; c < cols; c++) w[r, c] /= z;
        }
        """;

    [Fact]
    public void MinimumEnteringNegated_IsTheShift_AndItsSpanIsChecked()
    {
        var models = DescribeMethods($$"""
            static void Batch(double[,] d, double h, int rows, int cols) {
                double dmin = double.MaxValue;
                for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) dmin = Math.Min(dmin, d[r, c]);
                {{Rows.Replace("EXPONENT", "-(d[r, c] - dmin) / h")}}
            }
            static void Foreach(double[,] d, int rows, int cols) {
                double dmin = double.PositiveInfinity;
                foreach (double v in d) if (v < dmin) dmin = v;
                {{Rows.Replace("EXPONENT", "-0.5 * (d[r, c] - dmin)")}}
            }
            static void PerRow(double[,] d, int rows, int cols) {
                var w = new double[rows, cols];
                for (int r = 0; r < rows; r++) {
                    double dmin = double.PositiveInfinity;
                    for (int c = 0; c < cols; c++) dmin = d[r, c] < dmin ? d[r, c] : dmin;
                    double z = 0;
                    for (int c = 0; c < cols; c++) { w[r, c] = Math.Exp(dmin - d[r, c]); z += w[r, c]; }
                    for (int c = 0; c < cols; c++) w[r, c] /= z;
                }
            }
            """);
        Assert.Contains("| max dmin {d.r0,d.r1} |", models["Batch"], StringComparison.Ordinal);
        Assert.Contains("| max dmin {d.r0,d.r1} |", models["Foreach"], StringComparison.Ordinal);
        Assert.Contains("| max dmin {d.r1} |", models["PerRow"], StringComparison.Ordinal);
    }

    [Fact]
    public void MinimumEnteringPositively_IsNoShift()
    {
        // exp(d - dmin) has an exponent ≥ 0: the minimum bounds nothing, so it is not the site's maximum.
        var models = DescribeMethods($$"""
            static void Upward(double[,] d, int rows, int cols) {
                double dmin = double.MaxValue;
                for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) dmin = Math.Min(dmin, d[r, c]);
                {{Rows.Replace("EXPONENT", "d[r, c] - dmin")}}
            }
            """);
        Assert.Contains("site w[r, c] /= z", models["Upward"], StringComparison.Ordinal);
        Assert.DoesNotContain("| max", models["Upward"], StringComparison.Ordinal);
    }

    [Fact]
    public void RowMemberOfRecords_FoldOfRowFoldsSpansTheRecords()
    {
        var models = ModelDescriptions.Of("""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            sealed class Row { public float[] Score { get; set; } = Array.Empty<float>(); }
            static class C {
                static void Whole(List<Row> rows) {
                    float max = rows.Aggregate(float.MinValue, (m, r) => MathF.Max(m, r.Score.Max()));
                    foreach (Row row in rows) {
                        var p = new float[row.Score.Length];
                        float sum = 0f;
                        for (int i = 0; i < p.Length; i++) { p[i] = MathF.Exp(row.Score[i] - max); sum += p[i]; }
                        for (int i = 0; i < p.Length; i++) p[i] /= sum;
                    }
                }
                static void Own(List<Row> rows) {
                    foreach (Row row in rows) {
                        float max = row.Score.Max();
                        var p = new float[row.Score.Length];
                        float sum = 0f;
                        for (int i = 0; i < p.Length; i++) { p[i] = MathF.Exp(row.Score[i] - max); sum += p[i]; }
                        for (int i = 0; i < p.Length; i++) p[i] /= sum;
                    }
                }
            }
            """);
        Assert.Contains("| dims {Score.d1,rows.whole} | sum sum {Score.d1} | max max {Score.d1,rows.whole} |", models["Whole"], StringComparison.Ordinal);
        Assert.Contains("| dims {Score.d1,rows.whole} | sum sum {Score.d1} | max max {Score.d1} |", models["Own"], StringComparison.Ordinal);
    }

    [Fact]
    public void FieldFoldedWithoutResetOnTheWayIn_IsReadWhileAccumulating()
    {
        var models = ModelDescriptions.Of("""
            using System;
            sealed class C {
                private float _total, _fresh, _after;
                void Carried(float[] s, float[] p) {
                    for (int i = 0; i < s.Length; i++) { p[i] = MathF.Exp(s[i] - 10f); _total += p[i]; }
                    for (int i = 0; i < p.Length; i++) p[i] /= _total;
                }
                void ResetFirst(float[] s, float[] p) {
                    _fresh = 0f;
                    for (int i = 0; i < s.Length; i++) { p[i] = MathF.Exp(s[i] - 10f); _fresh += p[i]; }
                    for (int i = 0; i < p.Length; i++) p[i] /= _fresh;
                }
                void ResetAfterUse(float[] s, float[] p) {
                    for (int i = 0; i < s.Length; i++) { p[i] = MathF.Exp(s[i] - 10f); _after += p[i]; }
                    for (int i = 0; i < p.Length; i++) p[i] /= _after;
                    _after = 0f;
                }
            }
            """);
        Assert.Contains("| sum _total {p.s:1} partial |", models["Carried"], StringComparison.Ordinal);
        Assert.Contains("| sum _fresh {p.s:1} |", models["ResetFirst"], StringComparison.Ordinal);
        Assert.Contains("| sum _after {p.s:1} |", models["ResetAfterUse"], StringComparison.Ordinal);
    }

    [Fact]
    public void BlockWalkWhoseSizeIsALocal_FoldsTheBlocksRows()
    {
        var models = DescribeMethods("""
            static void Windows(float[] s, int windows, int n) {
                int plane = n * n;
                for (int w = 0; w < windows; w++) {
                    int block = w * plane;
                    int end = block + plane;
                    float m = float.NegativeInfinity;
                    for (int t = block; t < end; t++) m = MathF.Max(m, s[t]);
                    for (int i = 0; i < n; i++) {
                        int row = block + i * n;
                        float z = 0f;
                        for (int j = 0; j < n; j++) { s[row + j] = MathF.Exp(s[row + j] - m); z += s[row + j]; }
                        for (int j = 0; j < n; j++) s[row + j] /= z;
                    }
                }
            }
            """);
        Assert.Contains("| sum z {s.s:1} | max m {s.s:1,s.s:n} |", models["Windows"], StringComparison.Ordinal);
    }

    private static Dictionary<string, string> DescribeMethods(string methods) => ModelDescriptions.Of($$"""
        using System;
        static class C {
        {{methods}}
        }
        """);
}
