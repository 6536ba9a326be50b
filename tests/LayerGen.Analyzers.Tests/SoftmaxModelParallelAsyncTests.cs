using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// <c>Parallel.ForEachAsync</c> bodies are loops like <c>Parallel.For</c>/<c>ForEach</c> bodies (HeldOut81's pinned
/// miss): over a source of row ids (<c>Enumerable.Range(0, rows)</c>, a list of ids) and, since .NET 8, over an index
/// range with .NET 8's <c>ForAsync(0, rows, (r, token) =&gt; …)</c>. A sum or max taken after or around the parallel rows over
/// the whole buffer spans rows; per-row statistics inside the body stay silent. Each bug is asserted at its line.
/// </summary>
public class SoftmaxModelParallelAsyncTests
{
    /// <summary>Bugs (marked) and correct twins (no marker).</summary>
    public static TheoryData<string> Sources => new()
    {
        // Whole-buffer sum after rows exponentiated in an async body over Range(0, rows).
        """
        using System;
        using System.Linq;
        using System.Threading.Tasks;
        public static class RangeSourceFlatTotal
        {
            public static async Task<double[]> SoftmaxAsync(double[] x, int cols)
            {
                int rows = x.Length / cols;
                var y = new double[x.Length];
                await Parallel.ForEachAsync(Enumerable.Range(0, rows), async (r, token) =>
                {
                    await Task.Yield();
                    int o = r * cols;
                    double m = x[o];
                    for (int j = 1; j < cols; j++) m = Math.Max(m, x[o + j]);
                    for (int j = 0; j < cols; j++) y[o + j] = Math.Exp(x[o + j] - m);
                });
                double total = 0;
                foreach (double e in y) total += e; //~ LG0002
                for (int i = 0; i < y.Length; i++) y[i] /= total;
                return y;
            }
        }
        """,
        // The same with the index-range overload and a synchronous ValueTask body, float, index loop for the sum.
        """
        using System;
        using System.Threading.Tasks;
        public static class IndexRangeFlatTotal
        {
            public static async Task SoftmaxAsync(float[] x, float[] y, int cols)
            {
                int rows = x.Length / cols;
                await Parallel.ForAsync(0, rows, (r, token) =>
                {
                    int o = r * cols;
                    float m = float.NegativeInfinity;
                    for (int j = 0; j < cols; j++) m = MathF.Max(m, x[o + j]);
                    for (int j = 0; j < cols; j++) y[o + j] = MathF.Exp(x[o + j] - m);
                    return ValueTask.CompletedTask;
                });
                float total = 0f;
                for (int i = 0; i < y.Length; i++) total += y[i]; //~ LG0002
                for (int i = 0; i < y.Length; i++) y[i] /= total;
            }
        }
        """,
        // A max over the whole batch taken before the async rows, used to shift each row.
        """
        using System;
        using System.Linq;
        using System.Threading.Tasks;
        public static class JaggedBatchPeak
        {
            public static async Task SoftmaxAsync(double[][] x, double[][] y)
            {
                double peak = double.NegativeInfinity;
                foreach (var row in x)
                    foreach (var v in row) peak = Math.Max(peak, v); //~ LG0001
                await Parallel.ForEachAsync(Enumerable.Range(0, x.Length), async (r, ct) =>
                {
                    await Task.Yield();
                    double s = 0;
                    for (int j = 0; j < x[r].Length; j++) s += y[r][j] = Math.Exp(x[r][j] - peak);
                    for (int j = 0; j < x[r].Length; j++) y[r][j] /= s;
                });
            }
        }
        """,
        // Correct: each async body shifts and normalises its own row (range source).
        """
        using System;
        using System.Linq;
        using System.Threading.Tasks;
        public static class RangeSourcePerRow
        {
            public static async Task<double[]> SoftmaxAsync(double[] x, int cols)
            {
                int rows = x.Length / cols;
                var y = new double[x.Length];
                await Parallel.ForEachAsync(Enumerable.Range(0, rows), async (r, token) =>
                {
                    await Task.Yield();
                    int o = r * cols;
                    double m = x[o];
                    for (int j = 1; j < cols; j++) m = Math.Max(m, x[o + j]);
                    double s = 0;
                    for (int j = 0; j < cols; j++) s += y[o + j] = Math.Exp(x[o + j] - m);
                    for (int j = 0; j < cols; j++) y[o + j] /= s;
                });
                return y;
            }
        }
        """,
        // Correct: index-range overload, per-row sums stored and divided after (row sums read by the row of each element).
        """
        using System;
        using System.Threading.Tasks;
        public static class IndexRangeStoredRowSums
        {
            public static async Task SoftmaxAsync(float[] x, float[] y, int cols)
            {
                int rows = x.Length / cols;
                var sums = new float[rows];
                await Parallel.ForAsync(0, rows, (r, token) =>
                {
                    int o = r * cols;
                    float m = float.NegativeInfinity;
                    for (int j = 0; j < cols; j++) m = MathF.Max(m, x[o + j]);
                    float s = 0f;
                    for (int j = 0; j < cols; j++) s += y[o + j] = MathF.Exp(x[o + j] - m);
                    sums[r] = s;
                    return ValueTask.CompletedTask;
                });
                for (int r = 0; r < rows; r++)
                    for (int j = 0; j < cols; j++) y[r * cols + j] /= sums[r];
            }
        }
        """,
        // Correct: jagged rows, each body its own max and sum.
        """
        using System;
        using System.Threading.Tasks;
        public static class JaggedPerRow
        {
            public static Task SoftmaxAsync(double[][] x, double[][] y) =>
                Parallel.ForAsync(0, x.Length, async (r, ct) =>
                {
                    await Task.Yield();
                    double peak = double.NegativeInfinity;
                    foreach (var v in x[r]) peak = Math.Max(peak, v);
                    double s = 0;
                    for (int j = 0; j < x[r].Length; j++) s += y[r][j] = Math.Exp(x[r][j] - peak);
                    for (int j = 0; j < x[r].Length; j++) y[r][j] /= s;
                });
        }
        """,
    };

    /// <summary>Every marked line is reported with its ID, nothing else is; an unmarked source is silent.</summary>
    [Theory]
    [MemberData(nameof(Sources))]
    public async Task ReportsExactlyTheMarkedFolds(string source) =>
        Assert.Equal(SourceMarkers.ExpectedIdsAtLines(source), await SourceMarkers.ReportedIdsAtLinesAsync(source));
}
