using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A normaliser local function given the row as a parameter (array, jagged row, 2-D batch, span slice) and called from
/// one place is read with the caller's argument bound to that parameter: a peak folded over the whole batch in the
/// enclosing method, captured or passed in, is wider than the row (LG0001 at the fold), not the max of another buffer
/// (which read as no shift at all: LG0003 at the exp, or nothing for a passed peak). A peak folded per row, in the
/// local function or in the caller and passed in, stays silent; so does a local function called from two places.
/// </summary>
public class SoftmaxModelLocalFunctionArgumentTests
{
    private const string Norm = """
            double sum = 0;
            for (int j = 0; j < row.Length; j++) { row[j] = Math.Exp(row[j] - peak); sum += row[j]; }
            for (int j = 0; j < row.Length; j++) row[j] /= sum;
        """;

    private const string BatchPeak = """
            double peak = double.NegativeInfinity;
            foreach (var r in rows)
                for (int j = 0; j < r.Length; j++)
                    peak = Math.Max(peak, r[j]);
        """;

    [Theory]
    // Captured peak, the local function declared after the loop that calls it, called per row by foreach or for.
    [InlineData("foreach (var r in rows) Norm(r);", "void Norm(double[] row)")]
    [InlineData("for (int i = 0; i < rows.Length; i++) Norm(rows[i]);", "void Norm(double[] row)")]
    // Static local function: the batch peak passed as an argument (under its own name or another).
    [InlineData("foreach (var r in rows) Norm(r, peak);", "static void Norm(double[] row, double peak)")]
    [InlineData("for (int i = 0; i < rows.Length; i++) Norm(rows[i], peak);", "static void Norm(double[] row, double peak)")]
    public async Task ABatchPeakReachingAPerRowLocalFunction_IsLG0001AtTheFold(string call, string signature)
    {
        var source = Source(BatchPeak + "\n" + call + "\n" + signature + "\n{\n" + Norm + "\n}");
        Assert.Equal(new[] { "LG0001@10" }, await SourceMarkers.ReportedIdsAtLinesAsync(source));
    }

    [Theory]
    // Per row inside the local function.
    [InlineData("""
        foreach (var r in rows) Norm(r);
        void Norm(double[] row)
        {
            double peak = double.NegativeInfinity;
            for (int j = 0; j < row.Length; j++) peak = Math.Max(peak, row[j]);
        """ + Norm + "\n}")]
    // Per row in the caller, passed in.
    [InlineData("""
        foreach (var r in rows)
        {
            double m = double.NegativeInfinity;
            for (int j = 0; j < r.Length; j++) m = Math.Max(m, r[j]);
            Norm(r, m);
        }

        static void Norm(double[] row, double peak)
        {
        """ + Norm + "\n}")]
    // Per row in the caller through LINQ, passed in.
    [InlineData("""
        for (int i = 0; i < rows.Length; i++) Norm(rows[i], rows[i].Max());
        static void Norm(double[] row, double peak)
        {
        """ + Norm + "\n}")]
    public async Task APerRowPeak_IsSilent(string body)
    {
        Assert.Empty(await SourceMarkers.ReportedIdsAtLinesAsync(Source(body)));
    }

    [Fact]
    public async Task ALocalFunctionCalledOnceForTheWholeBatch_WithACapturedBatchPeak_IsLG0001()
    {
        var source = """
            using System;
            public static class C
            {
                public static void Softmax(float[,] x)
                {
                    float peak = float.MinValue;
                    for (int i = 0; i < x.GetLength(0); i++)
                        for (int j = 0; j < x.GetLength(1); j++)
                            peak = MathF.Max(peak, x[i, j]);
                    Normalise(x);

                    void Normalise(float[,] b)
                    {
                        for (int i = 0; i < b.GetLength(0); i++)
                        {
                            float sum = 0;
                            for (int j = 0; j < b.GetLength(1); j++) { b[i, j] = MathF.Exp(b[i, j] - peak); sum += b[i, j]; }
                            for (int j = 0; j < b.GetLength(1); j++) b[i, j] /= sum;
                        }
                    }
                }
            }
            """;
        Assert.Equal(new[] { "LG0001@9" }, await SourceMarkers.ReportedIdsAtLinesAsync(source));
    }

    [Fact]
    public async Task ALocalFunctionCalledOnceForTheWholeBatch_FoldingEachRowsPeak_IsSilent()
    {
        var source = """
            using System;
            public static class C
            {
                public static void Softmax(float[,] x)
                {
                    Normalise(x);

                    void Normalise(float[,] b)
                    {
                        for (int i = 0; i < b.GetLength(0); i++)
                        {
                            float peak = float.MinValue;
                            for (int j = 0; j < b.GetLength(1); j++) peak = MathF.Max(peak, b[i, j]);
                            float sum = 0;
                            for (int j = 0; j < b.GetLength(1); j++) { b[i, j] = MathF.Exp(b[i, j] - peak); sum += b[i, j]; }
                            for (int j = 0; j < b.GetLength(1); j++) b[i, j] /= sum;
                        }
                    }
                }
            }
            """;
        Assert.Empty(await SourceMarkers.ReportedIdsAtLinesAsync(source));
    }

    [Theory]
    [InlineData("Row(logits.AsSpan(r * cols, cols));", "void Row(Span<float> row)", "LG0001@7")]
    [InlineData("Row(logits.AsSpan(r * cols, cols), peak);", "static void Row(Span<float> row, float shift)", "LG0001@7")]
    [InlineData("Row(new Span<float>(logits, r * cols, cols), peak);", "static void Row(Span<float> row, float shift)", "LG0001@7")]
    public async Task ASpanRowOfAFlatBatch_WithABatchPeak_IsLG0001(string call, string signature, string expected)
    {
        var source = $$"""
            using System;
            public static class C
            {
                public static void Softmax(float[] logits, int rows, int cols)
                {
                    float peak = float.NegativeInfinity;
                    for (int k = 0; k < rows * cols; k++) peak = MathF.Max(peak, logits[k]);
                    for (int r = 0; r < rows; r++) {{call}}

                    {{signature}}
                    {
                        float sum = 0f;
                        for (int c = 0; c < row.Length; c++) { row[c] = MathF.Exp(row[c] - {{(signature.Contains("shift") ? "shift" : "peak")}}); sum += row[c]; }
                        for (int c = 0; c < row.Length; c++) row[c] /= sum;
                    }
                }
            }
            """;
        Assert.Equal(new[] { expected }, await SourceMarkers.ReportedIdsAtLinesAsync(source));
    }

    [Fact]
    public async Task ASpanRowWithItsOwnPeakPassedIn_IsSilent()
    {
        var source = """
            using System;
            public static class C
            {
                public static void Softmax(float[] logits, int rows, int cols)
                {
                    for (int r = 0; r < rows; r++)
                    {
                        float peak = float.NegativeInfinity;
                        for (int c = 0; c < cols; c++) peak = MathF.Max(peak, logits[r * cols + c]);
                        Row(logits.AsSpan(r * cols, cols), peak);
                    }

                    static void Row(Span<float> row, float peak)
                    {
                        float sum = 0f;
                        for (int c = 0; c < row.Length; c++) { row[c] = MathF.Exp(row[c] - peak); sum += row[c]; }
                        for (int c = 0; c < row.Length; c++) row[c] /= sum;
                    }
                }
            }
            """;
        Assert.Empty(await SourceMarkers.ReportedIdsAtLinesAsync(source));
    }

    [Fact]
    public async Task AFreshOutputRowPerCall_WithABatchPeak_IsLG0001_AndWithTheRowPeak_IsSilent()
    {
        var source = """
            using System;
            using System.Linq;
            public static class C
            {
                public static double[][] Softmax(double[][] logits)
                {
                    double peak = logits.Max(r => r.Max());
                    var result = new double[logits.Length][];
                    for (int i = 0; i < logits.Length; i++) result[i] = Row(logits[i]);
                    return result;

                    double[] Row(double[] z)
                    {
                        var e = new double[z.Length];
                        double s = 0;
                        for (int k = 0; k < z.Length; k++) { e[k] = Math.Exp(z[k] - peak); s += e[k]; }
                        for (int k = 0; k < z.Length; k++) e[k] /= s;
                        return e;
                    }
                }
            }
            """;
        Assert.Equal(new[] { "LG0001@7" }, await SourceMarkers.ReportedIdsAtLinesAsync(source));
        Assert.Empty(await SourceMarkers.ReportedIdsAtLinesAsync(source.Replace("logits.Max(r => r.Max())", "0").Replace("Math.Exp(z[k] - peak)", "Math.Exp(z[k] - z.Max())")));
    }

    [Fact]
    public async Task ALocalFunctionCalledFromTwoPlaces_KeepsItsOwnRowPeak()
    {
        var source = Source("""
            Norm(rows[0]);
            Norm(rows[1]);
            static void Norm(double[] row)
            {
                double peak = double.NegativeInfinity;
                for (int j = 0; j < row.Length; j++) peak = Math.Max(peak, row[j]);
            """ + Norm + "\n}");
        Assert.Empty(await SourceMarkers.ReportedIdsAtLinesAsync(source));
    }

    /// <summary>A class with <c>Softmax(double[][] rows)</c> whose body is <paramref name="body"/> (line 7 is the body's first line).</summary>
    private static string Source(string body) => $$"""
        using System;
        using System.Linq;
        public static class C
        {
            public static void Softmax(double[][] rows)
            {
        {{body}}
            }
        }
        """;
}
