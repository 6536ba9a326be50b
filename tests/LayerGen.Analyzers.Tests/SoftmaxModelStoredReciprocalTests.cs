using LayerGen.Analyzers.Tests.Verification;
using static LayerGen.Analyzers.Tests.Verification.ReciprocalSnippets;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A normaliser stored as a per-slice reciprocal (HeldOut35 <c>SoftAssign_RawGibbsKernel</c>): <c>u[i] = a[i] / Σ_j K[i, j]</c>
/// (or <c>1.0 / s</c>, <c>w / s</c>) kept in an array, a span, a field or a list, then <c>P[i, j] = u[i] * K[i, j]</c> in a
/// later pass, is a division of the exps by that sum. Every rule follows it; the correct twins (shifted exps, a learned
/// gain, a reciprocal of no sum of exps, the row-stabilised Sinkhorn iteration) stay silent. Markers <c>//~ LG000N</c>
/// name the expected line.
/// </summary>
public class SoftmaxModelStoredReciprocalTests
{
    private static readonly string FlatOneOver = $$"""
            static double[] F(double[] c, int n, int m) {
                var k = new double[n * m];
                {{EachCell("k[i * m + j] = Math.Exp(-c[i * m + j]); //~ LG0003")}}
                var u = new double[n];
                for (int i = 0; i < n; i++) {
                    double s = 0;
                    for (int j = 0; j < m; j++) s += k[i * m + j];
                    u[i] = 1.0 / s;
                }
                var p = new double[n * m];
                {{EachCell("p[i * m + j] = k[i * m + j] * u[i];")}}
                return p;
            }
            """;

    public static TheoryData<string, string> Buggy() => new()
    {
        // Raw exps, flat kernel, u[i] = 1.0 / s in a double[], nested exp loop, reciprocal on the right.
        {
            "FlatOneOver", FlatOneOver
        },
        // Raw exps, double[,], the scale a[i] / s, compound p[i, j] *= u[i].
        {
            "TwoDimCompound", $$"""
            static double[,] F(double[,] x, double[] a) {
                int n = x.GetLength(0), m = x.GetLength(1);
                var p = new double[n, m];
                var u = new double[n];
                for (int i = 0; i < n; i++) {
                    double rowSum = 0;
                    for (int j = 0; j < m; j++) { p[i, j] = Math.Exp(x[i, j]); rowSum += p[i, j]; } //~ LG0003
                    u[i] = a[i] / rowSum;
                }
                {{EachCell("p[i, j] *= u[i];")}}
                return p;
            }
            """
        },
        // Raw exps, jagged float rows, a data-free weight w / s, the later pass a while loop.
        {
            "JaggedWeightWhile", """
            static float[][] F(float[][] x, float w) {
                var e = new float[x.Length][];
                var u = new float[x.Length];
                for (int i = 0; i < x.Length; i++) {
                    e[i] = new float[x[i].Length];
                    float s = 0f;
                    for (int j = 0; j < x[i].Length; j++) { e[i][j] = MathF.Exp(x[i][j]); s += e[i][j]; } //~ LG0003
                    u[i] = w / s;
                }
                var p = new float[x.Length][];
                int r = 0;
                while (r < x.Length) {
                    p[r] = new float[x[r].Length];
                    for (int j = 0; j < x[r].Length; j++) p[r][j] = u[r] * e[r][j];
                    r++;
                }
                return p;
            }
            """
        },
        // Raw exps, the reciprocal kept in a field array of an instance.
        {
            "FieldArray", """
            sealed class Plan {
                private readonly float[] _u;
                private readonly float[] _k;
                private readonly int _n, _m;
                public Plan(int n, int m) { _n = n; _m = m; _u = new float[n]; _k = new float[n * m]; }
                public float[] Run(float[] c) {
                    for (int i = 0; i < _n; i++) {
                        float s = 0f;
                        for (int j = 0; j < _m; j++) { _k[i * _m + j] = MathF.Exp(-c[i * _m + j]); s += _k[i * _m + j]; } //~ LG0003
                        _u[i] = 1f / s;
                    }
                    var p = new float[_n * _m];
                    for (int i = 0; i < _n; i++)
                        for (int j = 0; j < _m; j++)
                            p[i * _m + j] = _u[i] * _k[i * _m + j];
                    return p;
                }
            }
            """
        },
        // Raw exps, the reciprocal in a stackalloc span.
        {
            "SpanScale", $$"""
            static void F(ReadOnlySpan<double> x, Span<double> p, int n, int m, double[] a) {
                Span<double> u = stackalloc double[n];
                for (int i = 0; i < n; i++) {
                    double s = 0;
                    for (int j = 0; j < m; j++) { p[i * m + j] = Math.Exp(x[i * m + j]); s += p[i * m + j]; } //~ LG0003
                    u[i] = a[i] / s;
                }
                {{EachCell("p[i * m + j] = u[i] * p[i * m + j];")}}
            }
            """
        },
        // Raw exps, the reciprocals appended to a List<double>.
        {
            "ListOfScales", $$"""
            static double[][] F(double[][] x) {
                var e = new double[x.Length][];
                var u = new List<double>();
                for (int i = 0; i < x.Length; i++) {
                    e[i] = new double[x[i].Length];
                    double s = 0;
                    for (int j = 0; j < x[i].Length; j++) { e[i][j] = Math.Exp(x[i][j]); s += e[i][j]; } //~ LG0003
                    u.Add(1.0 / s);
                }
                {{ScaledJaggedRows("double", "u[i]")}}
            }
            """
        },
        // Shifted per row, but the stored reciprocal is of a sum over the whole batch: LG0002.
        {
            "BatchTotal", $$"""
            static double[,] F(double[,] x) {
                int n = x.GetLength(0), m = x.GetLength(1);
                var p = new double[n, m];
                double total = 0;
                for (int i = 0; i < n; i++) {
                    double mx = double.MinValue;
                    for (int j = 0; j < m; j++) mx = Math.Max(mx, x[i, j]);
                    for (int j = 0; j < m; j++) { p[i, j] = Math.Exp(x[i, j] - mx); total += p[i, j]; } //~ LG0002
                }
                var u = new double[n];
                for (int i = 0; i < n; i++) u[i] = 1.0 / total;
                {{EachCell("p[i, j] = u[i] * p[i, j];")}}
                return p;
            }
            """
        },
        // One max over the whole batch, per-row reciprocals: LG0001.
        {
            "GlobalPeak", $$"""
            static double[] F(double[] x, int n, int m) {
                double mx = double.MinValue;
                for (int t = 0; t < n * m; t++) mx = Math.Max(mx, x[t]); //~ LG0001
                var k = new double[n * m];
                var u = new double[n];
                for (int i = 0; i < n; i++) {
                    double s = 0;
                    for (int j = 0; j < m; j++) { k[i * m + j] = Math.Exp(x[i * m + j] - mx); s += k[i * m + j]; }
                    u[i] = 1.0 / s;
                }
                {{EachCell("k[i * m + j] = u[i] * k[i * m + j];")}}
                return k;
            }
            """
        },
        // Max per column, sums per row, per-row reciprocals: LG0004.
        {
            "ColumnPeak", $$"""
            static double[,] F(double[,] x) {
                int n = x.GetLength(0), m = x.GetLength(1);
                var peak = new double[m];
                for (int j = 0; j < m; j++) {
                    peak[j] = double.MinValue;
                    for (int i = 0; i < n; i++) peak[j] = Math.Max(peak[j], x[i, j]); //~ LG0004
                }
                var p = new double[n, m];
                var u = new double[n];
                for (int i = 0; i < n; i++) {
                    double s = 0;
                    for (int j = 0; j < m; j++) { p[i, j] = Math.Exp(x[i, j] - peak[j]); s += p[i, j]; }
                    u[i] = 1.0 / s;
                }
                {{EachCell("p[i, j] *= u[i];")}}
                return p;
            }
            """
        },
        // The Sinkhorn iteration on the raw Gibbs kernel: LG0003 (NaN once a row underflows), as HeldOut35 labels it.
        {
            "SinkhornRaw", $$"""
            static double[,] F(double[,] c, double[] a, double[] b, double eps, int iters) {
                int n = c.GetLength(0), m = c.GetLength(1);
                var k = new double[n, m];
                {{EachCell("k[i, j] = Math.Exp(-c[i, j] / eps); //~ LG0003")}}
                var u = new double[n];
                var v = new double[m];
                for (int j = 0; j < m; j++) v[j] = 1.0;
                {{SinkhornIteration("i, j")}}
            }
            """
        },
        // The same with v filled by Array.Fill: both scalings are stored reciprocals, the raw kernel is still LG0003.
        {
            "SinkhornRawFilled", $$"""
            static double[] F(double[] c, int n, int m, double[] a, double[] b, double eps, int iters) {
                var k = new double[n * m];
                for (int idx = 0; idx < n * m; idx++) k[idx] = Math.Exp(-c[idx] / eps); //~ LG0003
                var u = new double[n];
                var v = new double[m];
                Array.Fill(v, 1.0);
                {{SinkhornIteration("i * m + j")}}
            }
            """
        },
    };

    public static TheoryData<string, string> Correct() => new()
    {
        // Per-row max shift, flat, u[i] = a[i] / s.
        {
            "FlatShifted", $$"""
            static double[] F(double[] x, int n, int m, double[] a) {
                var k = new double[n * m];
                var u = new double[n];
                for (int i = 0; i < n; i++) {
                    double mx = double.MinValue;
                    for (int j = 0; j < m; j++) mx = Math.Max(mx, x[i * m + j]);
                    double s = 0;
                    for (int j = 0; j < m; j++) { k[i * m + j] = Math.Exp(x[i * m + j] - mx); s += k[i * m + j]; }
                    u[i] = a[i] / s;
                }
                var p = new double[n * m];
                {{EachCell("p[i * m + j] = u[i] * k[i * m + j];")}}
                return p;
            }
            """
        },
        // Row-minimum-stabilised Gibbs kernel, double[,], compound scale.
        {
            "TwoDimRowMin", $$"""
            static double[,] F(double[,] c, double eps) {
                int n = c.GetLength(0), m = c.GetLength(1);
                var p = new double[n, m];
                var u = new double[n];
                for (int i = 0; i < n; i++) {
                    double cMin = c[i, 0];
                    for (int j = 1; j < m; j++) if (c[i, j] < cMin) cMin = c[i, j];
                    double s = 0;
                    for (int j = 0; j < m; j++) { p[i, j] = Math.Exp((cMin - c[i, j]) / eps); s += p[i, j]; }
                    u[i] = 1.0 / s;
                }
                {{EachCell("p[i, j] *= u[i];")}}
                return p;
            }
            """
        },
        // Jagged rows shifted by their own max, reciprocals in a list, a weight w / s.
        {
            "JaggedListShifted", $$"""
            static float[][] F(float[][] x, float w) {
                var e = new float[x.Length][];
                var u = new List<float>();
                {{ShiftedJaggedRowSums("u.Add(w / s)")}}
                {{ScaledJaggedRows("float", "u[i]")}}
            }
            """
        },
        // The Sinkhorn iteration on a row-minimum-stabilised kernel: the column scaling v absorbs the row shifts.
        {
            "SinkhornRowStabilised", $$"""
            static double[,] F(double[,] c, double[] a, double[] b, double eps, int iters) {
                int n = c.GetLength(0), m = c.GetLength(1);
                var k = new double[n, m];
                for (int i = 0; i < n; i++) {
                    double cMin = double.MaxValue;
                    for (int j = 0; j < m; j++) cMin = Math.Min(cMin, c[i, j]);
                    for (int j = 0; j < m; j++) k[i, j] = Math.Exp((cMin - c[i, j]) / eps);
                }
                var u = new double[n];
                var v = new double[m];
                for (int j = 0; j < m; j++) v[j] = 1.0;
                {{SinkhornIteration("i, j")}}
            }
            """
        },
        // The same with v filled by Array.Fill: the column scaling (a sum down the rows) is no softmax of the row-shifted kernel.
        {
            "SinkhornRowStabilisedFilled", $$"""
            static double[] F(double[] c, int n, int m, double[] a, double[] b, double eps, int iters) {
                var k = new double[n * m];
                for (int i = 0; i < n; i++) {
                    double cMin = double.MaxValue;
                    for (int j = 0; j < m; j++) cMin = Math.Min(cMin, c[i * m + j]);
                    for (int j = 0; j < m; j++) k[i * m + j] = Math.Exp((cMin - c[i * m + j]) / eps);
                }
                var u = new double[n];
                var v = new double[m];
                Array.Fill(v, 1.0);
                {{SinkhornIteration("i * m + j")}}
            }
            """
        },
        // A learned per-row gain times raw exps: no normaliser.
        {
            "LearnedGain", $$"""
            static double[] F(double[] x, double[] gain, int n, int m) {
                var u = new double[n];
                for (int i = 0; i < n; i++) u[i] = gain[i];
                var p = new double[n * m];
                {{EachCell("p[i * m + j] = u[i] * Math.Exp(-x[i * m + j] * x[i * m + j]);")}}
                return p;
            }
            """
        },
        // A stored reciprocal of a sum of squares (an L2 norm) times raw exps: no sum of exps.
        {
            "ReciprocalOfNoExpSum", $$"""
            static double[] F(double[] x, int n, int m) {
                var u = new double[n];
                for (int i = 0; i < n; i++) {
                    double ss = 0;
                    for (int j = 0; j < m; j++) ss += x[i * m + j] * x[i * m + j];
                    u[i] = 1.0 / Math.Sqrt(ss);
                }
                var p = new double[n * m];
                {{EachCell("p[i * m + j] = u[i] * Math.Exp(-x[i * m + j]);")}}
                return p;
            }
            """
        },
    };

    [Theory]
    [MemberData(nameof(Buggy))]
    public async Task StoredReciprocalOfASumOfExps_IsFollowed(string name, string body)
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

    [Fact]
    public void StoredReciprocal_IsASiteWithTheRowSum()
    {
        var models = ModelDescriptions.Of(Wrap(FlatOneOver.Replace("//~ LG0003", string.Empty, StringComparison.Ordinal)));
        Assert.StartsWith("site k[i * m + j] * u[i] | dims ", models["F"], StringComparison.Ordinal);
        Assert.Contains(" | sum s {", models["F"], StringComparison.Ordinal);
    }

    /// <summary>
    /// The Sinkhorn iterations and the transport plan <c>p = u * k * v</c> over the kernel <c>k</c> indexed as
    /// <paramref name="index"/> (<c>i, j</c> of a <c>double[,]</c>, <c>i * m + j</c> of a flat one), after k, u and v are made.
    /// </summary>
    private static string SinkhornIteration(string index) => $$"""
        for (int t = 0; t < iters; t++) {
            for (int i = 0; i < n; i++) {
                double kv = 0;
                for (int j = 0; j < m; j++) kv += k[{{index}}] * v[j];
                u[i] = a[i] / kv;
            }
            for (int j = 0; j < m; j++) {
                double ktu = 0;
                for (int i = 0; i < n; i++) ktu += k[{{index}}] * u[i];
                v[j] = b[j] / ktu;
            }
        }
        var p = new double[{{(index == "i, j" ? "n, m" : "n * m")}}];
        {{EachCell($"p[{index}] = u[i] * k[{index}] * v[j];")}}
        return p;
        """;
}
