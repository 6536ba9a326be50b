using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on folds written inside a lambda that a loop runs again and again (<c>Parallel.For</c> over the
/// columns inside a loop over the rows): the fold carries across the loop around the lambda exactly when nothing resets
/// it on the way, inside the lambda or in the method around it. A per-column peak over all rows is the same fold
/// whether its column loop is a <c>for</c> or a <c>Parallel.For</c>; a maximum reset per row before the lambda stays one
/// row's.
/// </summary>
public class SoftmaxModelLambdaCarryTests
{
    /// <summary>Softmax of each row of x, shifted by PEAK (a per-column fold over the rows, computed first by FOLD).</summary>
    private const string ColumnPeakSoftmax = """
        static double[,] F(double[,] x) {
            int rows = x.GetLength(0), cols = x.GetLength(1);
            var peak = new double[cols]; Array.Fill(peak, double.NegativeInfinity);
            FOLD
            var y = new double[rows, cols];
            for (int r = 0; r < rows; r++) {
                double z = 0;
                for (int c = 0; c < cols; c++) z += y[r, c] = Math.Exp(x[r, c] - peak[c]);
                for (int c = 0; c < cols; c++) y[r, c] /= z;
            }
            return y;
        }
        """;

    [Theory]
    [InlineData("for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) peak[c] = Math.Max(peak[c], x[r, c]);")]
    [InlineData("for (int r = 0; r < rows; r++) System.Threading.Tasks.Parallel.For(0, cols, c => { peak[c] = Math.Max(peak[c], x[r, c]); });")]
    [InlineData("int i = 0; while (i < rows) { System.Threading.Tasks.Parallel.For(0, cols, c => peak[c] = Math.Max(peak[c], x[i, c])); i++; }")]
    [InlineData("for (int r = 0; r < rows; r++) System.Threading.Tasks.Parallel.For(0, cols, c => { if (x[r, c] > peak[c]) peak[c] = x[r, c]; });")]
    public void ColumnFoldInALambdaInsideTheRowLoop_CarriesOverTheRows(string fold)
    {
        var model = Describe(ColumnPeakSoftmax.Replace("FOLD", fold));
        Assert.Contains("| sum z {x.r1} | max peak {x.r0} |", model, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("m = double.NegativeInfinity; System.Threading.Tasks.Parallel.For(0, cols, c => { m = Math.Max(m, x[r, c]); });")]
    [InlineData("System.Threading.Tasks.Parallel.For(0, cols, c => { m = Math.Max(m, x[r, c]); }); DONE")]
    public void FoldInALambdaResetInTheRowLoop_StaysOneRows(string rowMax)
    {
        // The reset sits in the method's graph, before the lambda (or after the row's use): it ends the carry across rows.
        var model = Describe($$"""
            static double[,] F(double[,] x) {
                int rows = x.GetLength(0), cols = x.GetLength(1);
                var y = new double[rows, cols];
                double m = double.NegativeInfinity;
                for (int r = 0; r < rows; r++) {
                    {{rowMax.Replace("DONE", string.Empty)}}
                    double z = 0;
                    for (int c = 0; c < cols; c++) z += y[r, c] = Math.Exp(x[r, c] - m);
                    for (int c = 0; c < cols; c++) y[r, c] /= z;
                    {{(rowMax.Contains("DONE", StringComparison.Ordinal) ? "m = double.NegativeInfinity;" : string.Empty)}}
                }
                return y;
            }
            """);
        Assert.Contains("| sum z {x.r1} | max m {x.r1} |", model, StringComparison.Ordinal);
    }

    private static string Describe(string method) => ModelDescriptions.Of($$"""
        using System;
        static class C {
        {{method}}
        }
        """).Single().Value;
}
