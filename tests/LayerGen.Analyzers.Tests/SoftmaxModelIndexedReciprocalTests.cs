using static LayerGen.Analyzers.Tests.Verification.ReciprocalSnippets;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A stored reciprocal read by another index than the one it was stored at (recip2). <c>u[j] = 1 / Σ_i K[i, j]</c> stored
/// per COLUMN and read as <c>P[i, j] = u[j] * K[i, j]</c> is a column softmax: silent when the exps are shifted by the
/// column's maximum, LG0003 when they are raw, LG0004 when they are shifted by the ROW's maximum (max over j, sum over i:
/// different axes). <c>u[0]</c> read for every row scales every row by the first row's sum: LG0002 at that sum. Correct
/// twins (column-shifted column softmax, a Sinkhorn row-then-column normalisation, <c>u[i]</c> read at its own row) stay
/// silent. Markers <c>//~ LG000N</c> name the expected line.
/// </summary>
public class SoftmaxModelIndexedReciprocalTests
{
    /// <summary>The column reciprocals <c>u[j] = 1 / Σ_i k[i * m + j]</c> of a flat float kernel, then every row scaled by them in a <c>while</c> loop; returns k.</summary>
    private const string FlatColumnScalesWhile = """
        var u = new float[m];
            for (int j = 0; j < m; j++) {
                float s = 0f;
                for (int i = 0; i < n; i++) s += k[i * m + j];
                u[j] = 1f / s;
            }
            int r = 0;
            while (r < n) {
                for (int j = 0; j < m; j++) k[r * m + j] *= u[j];
                r++;
            }
            return k;
        """;

    public static TheoryData<string, string> Buggy() => new()
    {
        // Column softmax of raw exps, double[,], per-column reciprocal read as u[j].
        {
            "ColumnRaw2D", $$"""
            static double[,] F(double[,] x) {
                int n = x.GetLength(0), m = x.GetLength(1);
                var k = new double[n, m];
                var u = new double[m];
                for (int j = 0; j < m; j++) {
                    double s = 0;
                    for (int i = 0; i < n; i++) { k[i, j] = Math.Exp(x[i, j]); s += k[i, j]; } //~ LG0003
                    u[j] = 1.0 / s;
                }
                var p = new double[n, m];
                {{EachCell("p[i, j] = u[j] * k[i, j];")}}
                return p;
            }
            """
        },
        // Column softmax of raw exps, flat float, exps in their own pass, the later pass a while loop.
        {
            "ColumnRawFlatWhile", $$"""
            static float[] F(float[] x, int n, int m) {
                var k = new float[n * m];
                for (int t = 0; t < n * m; t++) k[t] = MathF.Exp(x[t]); //~ LG0003
                {{FlatColumnScalesWhile}}
            }
            """
        },
        // Exps shifted by the row's maximum, divided by the column's sum through u[j]: max and sum over different axes.
        {
            "RowPeakColumnSum2D", $$"""
            static double[,] F(double[,] x) {
                int n = x.GetLength(0), m = x.GetLength(1);
                var k = new double[n, m];
                for (int i = 0; i < n; i++) {
                    double mx = double.MinValue;
                    for (int j = 0; j < m; j++) mx = Math.Max(mx, x[i, j]); //~ LG0004
                    for (int j = 0; j < m; j++) k[i, j] = Math.Exp(x[i, j] - mx);
                }
                var u = new double[m];
                for (int j = 0; j < m; j++) {
                    double s = 0;
                    for (int i = 0; i < n; i++) s += k[i, j];
                    u[j] = 1.0 / s;
                }
                {{EachCell("k[i, j] = k[i, j] * u[j];")}}
                return k;
            }
            """
        },
        // The first row's reciprocal u[0] scales every row: one row's sum divides the batch (LG0002 at that sum).
        {
            "FirstRowScale2D", $$"""
            static double[,] F(double[,] x) {
                int n = x.GetLength(0), m = x.GetLength(1);
                var k = new double[n, m];
                var u = new double[n];
                {{ShiftedRowReciprocals2D(" //~ LG0002")}}
                {{EachCell("k[i, j] *= u[0];")}}
                return k;
            }
            """
        },
        // The same over jagged float rows with the scale on the left.
        {
            "FirstRowScaleJagged", $$"""
            static float[][] F(float[][] x) {
                var e = new float[x.Length][];
                var u = new float[x.Length];
                {{ShiftedJaggedRowSums("u[i] = 1f / s", " //~ LG0002")}}
                {{ScaledJaggedRows("float", "u[0]")}}
            }
            """
        },
    };

    public static TheoryData<string, string> Correct() => new()
    {
        // Column softmax shifted by the column's maximum, double[,].
        {
            "ColumnShifted2D", $$"""
            static double[,] F(double[,] x) {
                int n = x.GetLength(0), m = x.GetLength(1);
                var k = new double[n, m];
                var u = new double[m];
                for (int j = 0; j < m; j++) {
                    double mx = double.MinValue;
                    for (int i = 0; i < n; i++) mx = Math.Max(mx, x[i, j]);
                    double s = 0;
                    for (int i = 0; i < n; i++) { k[i, j] = Math.Exp(x[i, j] - mx); s += k[i, j]; }
                    u[j] = 1.0 / s;
                }
                var p = new double[n, m];
                {{EachCell("p[i, j] = u[j] * k[i, j];")}}
                return p;
            }
            """
        },
        // Column softmax shifted by per-column maxima kept in an array, flat float, the later pass a while loop.
        {
            "ColumnShiftedFlatWhile", $$"""
            static float[] F(float[] x, int n, int m) {
                var peak = new float[m];
                for (int j = 0; j < m; j++) {
                    peak[j] = float.MinValue;
                    for (int i = 0; i < n; i++) peak[j] = MathF.Max(peak[j], x[i * m + j]);
                }
                var k = new float[n * m];
                for (int i = 0; i < n; i++)
                    for (int j = 0; j < m; j++) k[i * m + j] = MathF.Exp(x[i * m + j] - peak[j]);
                {{FlatColumnScalesWhile}}
            }
            """
        },
        // One Sinkhorn step: a row softmax (shifted, normalised per row), then each column normalised by its sum.
        {
            "SinkhornStep2D", $$"""
            static double[,] F(double[,] x) {
                int n = x.GetLength(0), m = x.GetLength(1);
                var p = new double[n, m];
                for (int i = 0; i < n; i++) {
                    double mx = double.MinValue;
                    for (int j = 0; j < m; j++) mx = Math.Max(mx, x[i, j]);
                    double s = 0;
                    for (int j = 0; j < m; j++) { p[i, j] = Math.Exp(x[i, j] - mx); s += p[i, j]; }
                    for (int j = 0; j < m; j++) p[i, j] /= s;
                }
                var u = new double[m];
                for (int j = 0; j < m; j++) {
                    double c = 0;
                    for (int i = 0; i < n; i++) c += p[i, j];
                    u[j] = 1.0 / c;
                }
                {{EachCell("p[i, j] *= u[j];")}}
                return p;
            }
            """
        },
        // Row softmax through u[i] read at its own row, jagged, the scale on the left.
        {
            "OwnRowScaleJagged", $$"""
            static float[][] F(float[][] x) {
                var e = new float[x.Length][];
                var u = new float[x.Length];
                {{ShiftedJaggedRowSums("u[i] = 1f / s")}}
                {{ScaledJaggedRows("float", "u[i]")}}
            }
            """
        },
        // A single row's softmax read back through u[0]: the one slot is that row's own sum.
        {
            "SingleRowSlotZero", """
            static double[] F(double[] x) {
                double mx = x.Max();
                var k = new double[x.Length];
                var u = new double[1];
                double s = 0;
                for (int j = 0; j < x.Length; j++) { k[j] = Math.Exp(x[j] - mx); s += k[j]; }
                u[0] = 1.0 / s;
                for (int j = 0; j < x.Length; j++) k[j] *= u[0];
                return k;
            }
            """
        },
        // The first row's softmax only, scaled by u[0] in a loop over that row alone.
        {
            "FirstRowOnly", $$"""
            static double[] F(double[,] x) {
                int n = x.GetLength(0), m = x.GetLength(1);
                var k = new double[n, m];
                var u = new double[n];
                {{ShiftedRowReciprocals2D()}}
                var first = new double[m];
                for (int j = 0; j < m; j++) first[j] = u[0] * k[0, j];
                return first;
            }
            """
        },
    };

    [Theory]
    [MemberData(nameof(Buggy))]
    public async Task ReciprocalReadByAnotherIndex_IsJudgedOnItsOwnAxis(string name, string body)
    {
        _ = name;
        var source = Wrap(body);
        Assert.Equal(Expected(source), await Reported(source));
    }

    [Theory]
    [MemberData(nameof(Correct))]
    public async Task CorrectTwins_StaySilent(string name, string body)
    {
        _ = name;
        Assert.Equal(string.Empty, await Reported(Wrap(body)));
    }
}
