using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A normaliser local function that does a row's exp and division, called per row by the enclosing method's loop,
/// with a peak the enclosing method computed (captured, or passed): declared after the loops that call it or before
/// them, it is the same code and is reported the same (stop 35's "declared after the loops" note). Known gap, the same
/// in both places: a normaliser given the row as an array parameter does not see the caller's batch peak (captured:
/// LG0003 instead of LG0001, the peak is a max of other data; passed: silent), because the local function's own folds
/// are read in its own model, where its parameters are not bound to the caller's arguments.
/// </summary>
public class SoftmaxModelTrailingNormaliserTests
{
    /// <summary>Normalisers (SHIFT is the exponent) and the call the loop makes.</summary>
    private static readonly (string Name, string Function, string Call)[] Shapes =
    {
        ("row index, captured peak", "void Normalize(int r) { double sum = 0; for (int c = 0; c < x[r].Length; c++) { y[r][c] = Math.Exp(SHIFT); sum += y[r][c]; } for (int c = 0; c < x[r].Length; c++) y[r][c] /= sum; }", "Normalize(r);"),
        ("row arrays, captured peak", "void Normalize(double[] row, double[] output) { double sum = 0; for (int c = 0; c < row.Length; c++) { output[c] = Math.Exp(SHIFT); sum += output[c]; } for (int c = 0; c < row.Length; c++) output[c] /= sum; }", "Normalize(x[r], y[r]);"),
        ("row arrays, peak passed", "void Normalize(double[] row, double[] output, double max) { double sum = 0; for (int c = 0; c < row.Length; c++) { output[c] = Math.Exp(SHIFT); sum += output[c]; } for (int c = 0; c < row.Length; c++) output[c] /= sum; }", "Normalize(x[r], y[r], peak);"),
        ("static, peak passed", "static void Normalize(double[] row, double[] output, double max) { double sum = 0; for (int c = 0; c < row.Length; c++) { output[c] = Math.Exp(SHIFT); sum += output[c]; } for (int c = 0; c < row.Length; c++) output[c] /= sum; }", "Normalize(x[r], y[r], peak);"),
    };

    public static TheoryData<string, bool> ShapesAndShifts()
    {
        var data = new TheoryData<string, bool>();
        foreach (var shape in Shapes)
        {
            data.Add(shape.Name, true);
            data.Add(shape.Name, false);
        }

        return data;
    }

    /// <summary>Where the normaliser is declared (after the loops or before them) changes nothing the analyzer reports.</summary>
    [Theory]
    [MemberData(nameof(ShapesAndShifts))]
    public async Task DeclaredAfterTheLoops_ReportsAsDeclaredBefore(string shape, bool shifted)
    {
        Assert.Equal(await FixRunner.ReportedIdsAsync(Source(shape, declaredAfter: false, shifted)), await FixRunner.ReportedIdsAsync(Source(shape, declaredAfter: true, shifted)));
    }

    /// <summary>A normaliser indexing the captured batch by the row it is given sees the captured batch peak, in either place.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task RowIndexNormaliser_CapturedBatchPeak_IsLG0001_Raw_IsLG0003(bool declaredAfter)
    {
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(Source("row index, captured peak", declaredAfter, shifted: true)));
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(Source("row index, captured peak", declaredAfter, shifted: false)));
    }

    private static string Source(string shapeName, bool declaredAfter, bool shifted)
    {
        var shape = Shapes.Single(entry => entry.Name == shapeName);
        var element = shape.Function.Contains("int r", StringComparison.Ordinal) ? "x[r][c]" : "row[c]";
        var peak = shape.Function.Contains("double max", StringComparison.Ordinal) ? "max" : "peak";
        var function = shape.Function.Replace("SHIFT", shifted ? $"{element} - {peak}" : element);
        return $$"""
            using System;

            public static class C
            {
                public static void F(double[][] x, double[][] y)
                {
                    double peak = double.MinValue;
                    foreach (var row0 in x) foreach (var v in row0) peak = Math.Max(peak, v);
                    {{(declaredAfter ? "" : function)}}
                    for (int r = 0; r < x.Length; r++) {{shape.Call}}
                    {{(declaredAfter ? function : "")}}
                }
            }
            """;
    }
}
