using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A sum accumulated into the caller's variable from inside a local function by <c>ref</c> parameter
/// (<c>AddExps(x[r], peak, y[r], ref total)</c> with <c>sum += dest[j] = Math.Exp(row[j] - peak)</c>) or through a
/// <c>ref</c> lambda (<c>(ref sum, term) =&gt; sum += term</c>) is that variable's fold: a <c>total</c> declared once above
/// the row loop sums every row (LG0002, HeldOut95's miss <c>StaticLocalFunctions_RefTotal</c>); one reset per row, or a
/// local function that resets and returns its own sum, is silent. A local function adding to a captured <c>total</c>
/// is not inlined (its correct spellings stay silent; the never-reset one is not yet reported).
/// </summary>
public class SoftmaxModelCallerAccumulatorTests
{
    /// <summary>Jagged double rows, a static local function with a <c>ref</c> accumulator; the total above the row loop or in it.</summary>
    [Theory]
    [InlineData(false, true)]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public async Task JaggedDouble_StaticRefAccumulator(bool totalPerRow, bool divideInLoop)
    {
        var outer = totalPerRow ? "" : "double total = 0.0;";
        var inner = totalPerRow ? "double total = 0.0;" : "";
        var marker = totalPerRow ? "" : " //~ LG0002";
        // Dividing after the row loop needs the total there: only when it is declared above the loop.
        var divideInside = divideInLoop || totalPerRow ? "for (int j = 0; j < y[r].Length; j++) y[r][j] /= total;" : "";
        var divideAfter = divideInLoop || totalPerRow ? "" : "foreach (double[] row in y) for (int j = 0; j < row.Length; j++) row[j] /= total;";
        var source = $$"""
            using System;

            public static class Repro
            {
                public static double[][] Forward(double[][] x)
                {
                    var y = new double[x.Length][];
                    {{outer}}
                    for (int r = 0; r < x.Length; r++)
                    {
                        double peak = double.NegativeInfinity;
                        foreach (double v in x[r]) peak = Math.Max(peak, v);
                        y[r] = new double[x[r].Length];
                        {{inner}}
                        AddExps(x[r], peak, y[r], ref total);
                        {{divideInside}}
                    }
                    {{divideAfter}}
                    return y;

                    static void AddExps(ReadOnlySpan<double> row, double peak, Span<double> dest, ref double sum)
                    {
                        for (int j = 0; j < row.Length; j++)
                            sum += dest[j] = Math.Exp(row[j] - peak);{{marker}}
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Row-major <c>float[,]</c>, a non-static local function adding to the captured total, reset per row: silent.</summary>
    [Theory]
    [InlineData("float total = 0f;", "total = 0f;", "")]
    public async Task RectangularFloat_CapturedAccumulator(string declared, string reset, string marker)
    {
        var source = $$"""
            using System;

            public static class Repro
            {
                public static float[,] Forward(float[,] x)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    var y = new float[rows, cols];
                    {{declared}}
                    for (int r = 0; r < rows; r++)
                    {
                        float peak = float.NegativeInfinity;
                        for (int c = 0; c < cols; c++) peak = MathF.Max(peak, x[r, c]);
                        {{reset}}
                        ExpRow(r, peak);
                        for (int c = 0; c < cols; c++) y[r, c] /= total;
                    }
                    return y;

                    void ExpRow(int r, float peak)
                    {
                        for (int c = 0; c < cols; c++)
                        {
                            y[r, c] = MathF.Exp(x[r, c] - peak);
                            total += y[r, c];{{marker}}
                        }
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// Flat double rows: a local function walking the row range it is given, accumulating by <c>ref</c> (total above the
    /// row loop: LG0002; per row: silent), beside the correct spelling that resets and returns its own sum.
    /// </summary>
    [Theory]
    [InlineData("double total = 0;", "", "AddExps(x, r * n, n, peak, y, ref total);", " //~ LG0002")]
    [InlineData("", "double total = 0;", "AddExps(x, r * n, n, peak, y, ref total);", "")]
    [InlineData("", "", "double total = ExpRow(x, r * n, n, peak, y);", "")]
    public async Task FlatDouble_RangeWalkAccumulator(string outer, string inner, string call, string marker)
    {
        var source = $$"""
            using System;

            public static class Repro
            {
                public static double[] Forward(double[] x, int n)
                {
                    var y = new double[x.Length];
                    {{outer}}
                    for (int r = 0; r < x.Length / n; r++)
                    {
                        double peak = double.NegativeInfinity;
                        for (int k = r * n; k < (r + 1) * n; k++) peak = Math.Max(peak, x[k]);
                        {{inner}}
                        {{call}}
                        for (int k = r * n; k < (r + 1) * n; k++) y[k] /= total;
                    }
                    return y;

                    static void AddExps(double[] src, int start, int count, double peak, double[] dest, ref double sum)
                    {
                        int k = start;
                        while (k < start + count)
                        {
                            dest[k] = Math.Exp(src[k] - peak);
                            sum += dest[k];{{marker}}
                            k++;
                        }
                    }

                    static double ExpRow(double[] src, int start, int count, double peak, double[] dest)
                    {
                        double s = 0;
                        for (int k = start; k < start + count; k++) s += dest[k] = Math.Exp(src[k] - peak);
                        return s;
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Jagged float rows, a per-row span helper: a captured total reset per row inside the local function is silent.</summary>
    [Fact]
    public async Task JaggedFloat_LocalFunctionResetsCapturedTotal()
    {
        var source = """
            using System;

            public static class Repro
            {
                public static float[][] Forward(float[][] x)
                {
                    var y = new float[x.Length][];
                    float total = 0f;
                    for (int r = 0; r < x.Length; r++)
                    {
                        float peak = float.NegativeInfinity;
                        for (int c = 0; c < x[r].Length; c++) peak = MathF.Max(peak, x[r][c]);
                        y[r] = new float[x[r].Length];
                        ExpRow(x[r], y[r], peak);
                        for (int c = 0; c < y[r].Length; c++) y[r][c] /= total;
                    }
                    return y;

                    void ExpRow(float[] row, float[] dest, float peak)
                    {
                        total = 0f;
                        for (int c = 0; c < row.Length; c++)
                        {
                            dest[c] = MathF.Exp(row[c] - peak);
                            total += dest[c];
                        }
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// Jagged float rows summed through a delegate local with a <c>ref</c> parameter (<c>(ref sum, term) =&gt; sum += term</c>,
    /// HeldOut73's <c>LambdaRefModifiers_ClassPeaks</c>): the sum is per row over the classes, so a class peak over the
    /// batch is on another axis (LG0004) and a row peak is silent.
    /// </summary>
    [Theory]
    [InlineData("peak[c] = MathF.Max(peak[c], x[r][c]);", "peak[c]", " //~ LG0004")]
    [InlineData("peak[r] = MathF.Max(peak[r], x[r][c]);", "peak[r]", "")]
    public async Task JaggedFloat_RefLambdaAccumulator(string fold, string shift, string marker)
    {
        var source = $$"""
            using System;

            public delegate void Accumulate(ref float sum, float term);

            public static class Repro
            {
                public static float[][] Forward(float[][] x, int classes)
                {
                    var peak = new float[Math.Max(x.Length, classes)];
                    Array.Fill(peak, float.NegativeInfinity);
                    for (int r = 0; r < x.Length; r++)
                    {
                        for (int c = 0; c < classes; c++) {{fold}}{{marker}}
                    }

                    Accumulate add = (ref float sum, float term) => sum += term;
                    var y = new float[x.Length][];
                    for (int r = 0; r < x.Length; r++)
                    {
                        y[r] = new float[classes];
                        float sum = 0f;
                        for (int c = 0; c < classes; c++)
                        {
                            y[r][c] = MathF.Exp(x[r][c] - {{shift}});
                            add(ref sum, y[r][c]);
                        }
                        for (int c = 0; c < classes; c++) y[r][c] /= sum;
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }
}
