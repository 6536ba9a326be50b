using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on sums that span more than their row without looking like it: a LINQ fold of per-row folds
/// (<c>rows.Select(r =&gt; r.Sum(f)).Sum()</c>) folds every row; a range from the buffer's start to the current row's end
/// (<c>i &lt; (r + 1) * cols</c>, <c>seg.Offset + seg.Count</c>, <c>AsSpan(0, end)</c>, <c>x[..end]</c>) walks every earlier row.
/// </summary>
public class SoftmaxModelBatchTotalTests
{
    private const string JaggedSite = "return x.Select((row, i) => row.Select(v => Math.Exp(v - maxes[i]) / z).ToArray()).ToArray();";

    [Theory]
    [InlineData("double z = x.Select((row, i) => row.Sum(v => Math.Exp(v - maxes[i]))).Sum();")]
    [InlineData("double z = x.Select((row, i) => row.Sum(v => Math.Exp(v - maxes[i]))).Aggregate((a, b) => a + b);")]
    [InlineData("double z = x.Select((row, i) => row.Sum(v => Math.Exp(v - maxes[i]))).Aggregate(0.0, (a, b) => a + b);")]
    [InlineData("double[] sums = x.Select((row, i) => row.Sum(v => Math.Exp(v - maxes[i]))).ToArray(); double z = sums.Sum();")]
    [InlineData("double z = x.Select((row, i) => row.Select(v => Math.Exp(v - maxes[i])).Sum()).Sum();")]
    public void FoldOfMappedRowFolds_FoldsEveryRow(string total)
    {
        var model = Describe($"static double[][] F(double[][] x) {{ double[] maxes = x.Select(row => row.Max()).ToArray(); {total} {JaggedSite} }}");
        Assert.Contains("| dims {x.d0,x.d1} | sum z {x.d0,x.d1} | max maxes {x.d1} |", model, StringComparison.Ordinal);
    }

    [Fact]
    public void MappedRowFolds_ReadPerRow_AreRowSums()
    {
        // The mapping lambda's own return is the fold; the exp lambda nested in it returns too and must not hide it.
        var model = Describe("static double[][] F(double[][] x) { double[] maxes = x.Select(row => row.Max()).ToArray(); double[] z = x.Select((row, i) => row.Sum(v => Math.Exp(v - maxes[i]))).ToArray(); return x.Select((row, i) => row.Select(v => Math.Exp(v - maxes[i]) / z[i]).ToArray()).ToArray(); }");
        Assert.Contains("| sum z {x.d1} | max maxes {x.d1} |", model, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("float z = Enumerable.Range(0, rows).Select(r => Enumerable.Range(0, cols).Sum(j => MathF.Exp(x[r * cols + j] - maxes[r]))).Sum();", "z", "{x.s:1,x.s:cols}")]
    [InlineData("float[] zs = Enumerable.Range(0, rows).Select(r => Enumerable.Range(0, cols).Sum(j => MathF.Exp(x[r * cols + j] - maxes[r]))).ToArray(); float z = zs[0];", "zs", "{x.s:1}")]
    public void RangeOfRowFolds_FoldsTheRowsItMaps(string total, string name, string axis)
    {
        var model = Describe($$"""
            static float[] F(float[] x, int rows, int cols) {
                var y = new float[x.Length]; var maxes = new float[rows];
                for (int r = 0; r < rows; r++) { float m = float.MinValue; for (int j = 0; j < cols; j++) m = MathF.Max(m, x[r * cols + j]); maxes[r] = m; }
                {{total}}
                for (int r = 0; r < rows; r++) for (int j = 0; j < cols; j++) y[r * cols + j] = MathF.Exp(x[r * cols + j] - maxes[r]) / {{(name == "z" ? "z" : "zs[r]")}};
                return y;
            }
            """);
        Assert.Contains($"| sum {name} {axis} |", model, StringComparison.Ordinal);
    }

    [Theory]
    // From the buffer's start to the current row's end: every earlier row too.
    [InlineData("for (int i = 0; i < (r + 1) * cols; i++) t += e[i];", "{x.s:1,x.s:cols}")]
    [InlineData("int end = r * cols + cols; for (int i = 0; i < end; i++) t += e[i];", "{x.s:1,x.s:cols}")]
    [InlineData("int i = 0; while (r * cols + cols > i) { t += e[i]; i++; }", "{x.s:1,x.s:cols}")]
    [InlineData("foreach (float v in e.AsSpan(0, (r + 1) * cols)) t += v;", "{x.s:1,x.s:cols}")]
    [InlineData("t = e[..(r * cols + cols)].Sum();", "{x.s:1,x.s:cols}")]
    // From the row's start to its end, or a row slice: one row.
    [InlineData("for (int i = r * cols; i < (r + 1) * cols; i++) t += e[i];", "{x.s:1}")]
    [InlineData("for (int i = r * cols; i < r * cols + cols; i++) t += e[i];", "{x.s:1}")]
    [InlineData("foreach (float v in e.AsSpan(r * cols, cols)) t += v;", "{x.s:1}")]
    [InlineData("t = e[(r * cols)..((r + 1) * cols)].Sum();", "{x.s:1}")]
    public void RangeFromTheBufferStart_SpansEveryEarlierRow(string sum, string axis)
    {
        var model = Describe($$"""
            static void F(float[] x, float[] e, int rows, int cols) {
                for (int r = 0; r < rows; r++) {
                    float m = float.MinValue;
                    for (int j = 0; j < cols; j++) m = MathF.Max(m, x[r * cols + j]);
                    for (int j = 0; j < cols; j++) e[r * cols + j] = MathF.Exp(x[r * cols + j] - m);
                    float t = 0f;
                    {{sum}}
                    for (int j = 0; j < cols; j++) e[r * cols + j] /= t;
                }
            }
            """);
        Assert.Contains($"| sum t {axis} | max m {{x.s:1}} |", model, StringComparison.Ordinal);
    }

    [Fact]
    public void SegmentRangeFromTheBufferStart_SpansEveryEarlierRow_FromItsOffset_OneRow()
    {
        const string Method = """
            static void F(float[] x, float[] b, int rows, int cols) {
                for (int r = 0; r < rows; r++) {
                    var seg = new ArraySegment<float>(x, r * cols, cols);
                    float m = float.MinValue;
                    foreach (float v in seg) m = MathF.Max(m, v);
                    for (int j = 0; j < seg.Count; j++) b[seg.Offset + j] = MathF.Exp(seg[j] - m);
                    float t = 0f;
                    for (int i = START; i < seg.Offset + seg.Count; i++) t += b[i];
                    for (int j = 0; j < seg.Count; j++) b[seg.Offset + j] /= t;
                }
            }
            """;
        Assert.Contains("| sum t {x.s:1,x.s:cols} |", Describe(Method.Replace("START", "0")), StringComparison.Ordinal);
        Assert.Contains("| sum t {x.s:1} |", Describe(Method.Replace("START", "seg.Offset")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x.Select((v, i) => (Row: i / cols, Value: v)).GroupBy(t => t.Row).Select(g => g.Max(t => t.Value)).ToArray()")]
    [InlineData("x.Select((v, i) => new { Row = i / cols, Value = v }).GroupBy(t => t.Row).Select(g => g.Max(t => t.Value)).ToList()")]
    public void MaximaOfRowsGroupedByFlatIndex_FoldOneRowEach(string maxima)
    {
        var model = Describe($"static float[] F(float[] x, int cols) {{ var rowMax = {maxima}; float[] e = x.Select((v, i) => MathF.Exp(v - rowMax[i / cols])).ToArray(); float t = e.Sum(); return e.Select(v => v / t).ToArray(); }}");
        Assert.Contains("| dims {x.s:1,x.s:cols} | sum t {x.s:1,x.s:cols} | max rowMax {x.s:1} |", model, StringComparison.Ordinal);
    }

    [Theory]
    // Grouped by something else than the flat row index: not rows.
    [InlineData("x.Select((v, i) => (Row: i % cols, Value: v)).GroupBy(t => t.Row).Select(g => g.Max(t => t.Value)).ToArray()")]
    [InlineData("x.Select((v, i) => (Row: i / cols, Value: v)).GroupBy(t => t.Value).Select(g => g.Max(t => t.Value)).ToArray()")]
    public void GroupsThatAreNoRows_AreNoRowMaxima(string maxima)
    {
        var model = Describe($"static float[] F(float[] x, int cols) {{ var rowMax = {maxima}; float[] e = x.Select((v, i) => MathF.Exp(v - rowMax[i / cols])).ToArray(); float t = e.Sum(); return e.Select(v => v / t).ToArray(); }}");
        Assert.DoesNotContain("| max rowMax", model, StringComparison.Ordinal);
    }

    [Fact]
    public void CausalPrefixWithinARow_StaysInTheRow()
    {
        var model = Describe("static void F(float[] s, float[] p, int T) { for (int r = 0; r < T; r++) { float m = float.MinValue; for (int j = 0; j <= r; j++) m = MathF.Max(m, s[r * T + j]); float t = 0f; for (int j = 0; j < r + 1; j++) { p[r * T + j] = MathF.Exp(s[r * T + j] - m); t += p[r * T + j]; } for (int j = 0; j <= r; j++) p[r * T + j] /= t; } }");
        Assert.Contains("| sum t {s.s:1} | max m {s.s:1} |", model, StringComparison.Ordinal);
    }

    private static string Describe(string method) => ModelDescriptions.Of($$"""
        using System;
        using System.Linq;
        static class C {
        {{method}}
        }
        """).Single().Value;
}
