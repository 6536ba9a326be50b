using static LayerGen.Analyzers.Tests.Verification.ReciprocalSnippets;
using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Which element a stored reciprocal is read from (spanslot). A view's index is relative to its start:
/// <c>u.AsSpan(i, 1)[0]</c>, <c>u.AsSpan(i)[0]</c>, <c>new Span&lt;T&gt;(u, i, 1)[0]</c>, <c>u.AsSpan().Slice(i, 1)[0]</c>,
/// <c>u.AsMemory(i, 1).Span[0]</c>, <c>new ArraySegment&lt;T&gt;(u, i, 1)[0]</c> and a <c>ref u[i]</c> local are all
/// <c>u[i]</c>: a per-row reciprocal read at its own row (silent; the reviewer's R08 methods A, B, D). A view that starts
/// at a fixed slot (<c>u.AsSpan(0, 1)[0]</c>) and the last slot (<c>u[n - 1]</c>, <c>u[^1]</c>, <c>u[u.Length - 1]</c>)
/// read for every row scale every row by one row's sum: LG0002 at that sum. A slot computed from the row
/// (<c>u[n - 1 - r]</c> written at <c>n - 1 - r</c>) is the row's own. Markers <c>//~ LG000N</c> name the expected line.
/// </summary>
public class SoftmaxModelViewSlotTests
{
    public static TheoryData<string, string> Buggy() => new()
    {
        // A one-element span at slot 0 for every row: the first row's sum scales every row.
        {
            "SpanAtZero2D", """
            static double[,] F(double[,] x) {
                int n = x.GetLength(0), m = x.GetLength(1);
                var k = new double[n, m];
                var u = new double[n];
                for (int i = 0; i < n; i++) {
                    double mx = double.MinValue;
                    for (int j = 0; j < m; j++) mx = Math.Max(mx, x[i, j]);
                    double s = 0;
                    for (int j = 0; j < m; j++) { k[i, j] = Math.Exp(x[i, j] - mx); s += k[i, j]; } //~ LG0002
                    u[i] = 1.0 / s;
                }
                for (int i = 0; i < n; i++) {
                    var ui = u.AsSpan(0, 1);
                    for (int j = 0; j < m; j++) k[i, j] *= ui[0];
                }
                return k;
            }
            """
        },
        // new Span<T>(u, 0, 1) over flat rows in a while loop: the same fixed slot.
        {
            "SpanCtorAtZeroFlat", """
            static float[] F(float[] x, int n, int m) {
                var k = new float[n * m];
                var u = new float[n];
                for (int i = 0; i < n; i++) {
                    float mx = float.MinValue;
                    for (int j = 0; j < m; j++) mx = MathF.Max(mx, x[i * m + j]);
                    float s = 0f;
                    for (int j = 0; j < m; j++) { k[i * m + j] = MathF.Exp(x[i * m + j] - mx); s += k[i * m + j]; } //~ LG0002
                    u[i] = 1f / s;
                }
                int r = 0;
                while (r < n) {
                    var head = new Span<float>(u, 0, 1);
                    for (int j = 0; j < m; j++) k[r * m + j] *= head[0];
                    r++;
                }
                return k;
            }
            """
        },
        // The own row's slot read through a span, but u[i] holds the batch total: one sum over every row (LG0002).
        {
            "OwnSlotOfABatchTotal2D", """
            static double[,] F(double[,] x) {
                int n = x.GetLength(0), m = x.GetLength(1);
                var k = new double[n, m];
                var u = new double[n];
                double s = 0;
                for (int i = 0; i < n; i++) {
                    double mx = double.MinValue;
                    for (int j = 0; j < m; j++) mx = Math.Max(mx, x[i, j]);
                    for (int j = 0; j < m; j++) { k[i, j] = Math.Exp(x[i, j] - mx); s += k[i, j]; } //~ LG0002
                }
                for (int i = 0; i < n; i++) u[i] = 1.0 / s;
                for (int i = 0; i < n; i++) {
                    var ui = u.AsSpan(i, 1);
                    for (int j = 0; j < m; j++) k[i, j] *= ui[0];
                }
                return k;
            }
            """
        },
        // The last row's reciprocal u[n - 1] scales every row.
        {
            "LastRowScale2D", """
            static double[,] F(double[,] x) {
                int n = x.GetLength(0), m = x.GetLength(1);
                var k = new double[n, m];
                var u = new double[n];
                for (int i = 0; i < n; i++) {
                    double mx = double.MinValue;
                    for (int j = 0; j < m; j++) mx = Math.Max(mx, x[i, j]);
                    double s = 0;
                    for (int j = 0; j < m; j++) { k[i, j] = Math.Exp(x[i, j] - mx); s += k[i, j]; } //~ LG0002
                    u[i] = 1.0 / s;
                }
                for (int i = 0; i < n; i++)
                    for (int j = 0; j < m; j++)
                        k[i, j] *= u[n - 1];
                return k;
            }
            """
        },
        // u[^1] over jagged float rows, the scale on the left.
        {
            "HatOneJagged", """
            static float[][] F(float[][] x) {
                var e = new float[x.Length][];
                var u = new float[x.Length];
                for (int i = 0; i < x.Length; i++) {
                    float mx = x[i].Max();
                    e[i] = new float[x[i].Length];
                    float s = 0f;
                    for (int j = 0; j < x[i].Length; j++) { e[i][j] = MathF.Exp(x[i][j] - mx); s += e[i][j]; } //~ LG0002
                    u[i] = 1f / s;
                }
                var p = new float[x.Length][];
                for (int i = 0; i < x.Length; i++) {
                    p[i] = new float[x[i].Length];
                    for (int j = 0; j < x[i].Length; j++) p[i][j] = u[^1] * e[i][j];
                }
                return p;
            }
            """
        },
        // u[u.Length - 1] over flat rows in a while loop.
        {
            "LengthMinusOneFlat", """
            static double[] F(double[] x, int n, int m) {
                var k = new double[n * m];
                var u = new double[n];
                for (int i = 0; i < n; i++) {
                    double mx = double.MinValue;
                    for (int j = 0; j < m; j++) mx = Math.Max(mx, x[i * m + j]);
                    double s = 0;
                    for (int j = 0; j < m; j++) { k[i * m + j] = Math.Exp(x[i * m + j] - mx); s += k[i * m + j]; } //~ LG0002
                    u[i] = 1.0 / s;
                }
                int r = 0;
                while (r < n) {
                    for (int j = 0; j < m; j++) k[r * m + j] = k[r * m + j] * u[u.Length - 1];
                    r++;
                }
                return k;
            }
            """
        },
    };

    public static TheoryData<string, string> Correct() => new()
    {
        // The reviewer's R08 A: a one-slot box per row inside Parallel.For.
        {
            "ReviewerA_BoxPerRow", """
            static double[,] A(double[,] x) {
                int R = x.GetLength(0), C = x.GetLength(1);
                var P = new double[R, C];
                System.Threading.Tasks.Parallel.For(0, R, i => {
                    var e = new double[C]; var u = new double[1];
                    double m = double.MinValue; for (int j = 0; j < C; j++) m = Math.Max(m, x[i, j]);
                    double s = 0; for (int j = 0; j < C; j++) { e[j] = Math.Exp(x[i, j] - m); s += e[j]; }
                    u[0] = 1 / s;
                    for (int j = 0; j < C; j++) P[i, j] = u[0] * e[j];
                });
                return P;
            }
            """
        },
        // The reviewer's R08 B: per-row reciprocals in u[i], read through a one-element span at i.
        {
            "ReviewerB_SpanAtRow", """
            static double[,] B(double[,] x) {
                int R = x.GetLength(0), C = x.GetLength(1);
                var e = new double[R, C]; var P = new double[R, C]; var u = new double[R];
                for (int i = 0; i < R; i++) {
                    double m = double.MinValue; for (int j = 0; j < C; j++) m = Math.Max(m, x[i, j]);
                    double s = 0; for (int j = 0; j < C; j++) { e[i, j] = Math.Exp(x[i, j] - m); s += e[i, j]; }
                    u[i] = 1 / s;
                }
                for (int i = 0; i < R; i++) {
                    var ui = u.AsSpan(i, 1);
                    for (int j = 0; j < C; j++) P[i, j] = ui[0] * e[i, j];
                }
                return P;
            }
            """
        },
        // The reviewer's R08 D: per-row reciprocals in a jagged u[i][0].
        {
            "ReviewerD_JaggedBox", """
            static double[,] D(double[,] x) {
                int R = x.GetLength(0), C = x.GetLength(1);
                var e = new double[R, C]; var P = new double[R, C]; var u = new double[R][];
                for (int i = 0; i < R; i++) {
                    double m = double.MinValue; for (int j = 0; j < C; j++) m = Math.Max(m, x[i, j]);
                    double s = 0; for (int j = 0; j < C; j++) { e[i, j] = Math.Exp(x[i, j] - m); s += e[i, j]; }
                    u[i] = new[] { 1 / s };
                }
                for (int i = 0; i < R; i++) for (int j = 0; j < C; j++) P[i, j] = u[i][0] * e[i, j];
                return P;
            }
            """
        },
        // u.AsSpan(i)[0], inline, over flat float rows.
        {
            "SpanFromRowInlineFlat", """
            static float[] F(float[] x, int n, int m) {
                var k = new float[n * m];
                var u = new float[n];
                for (int i = 0; i < n; i++) {
                    float mx = float.MinValue;
                    for (int j = 0; j < m; j++) mx = MathF.Max(mx, x[i * m + j]);
                    float s = 0f;
                    for (int j = 0; j < m; j++) { k[i * m + j] = MathF.Exp(x[i * m + j] - mx); s += k[i * m + j]; }
                    u[i] = 1f / s;
                }
                for (int i = 0; i < n; i++)
                    for (int j = 0; j < m; j++) k[i * m + j] *= u.AsSpan(i)[0];
                return k;
            }
            """
        },
        // new Span<T>(u, r, 1) in a while loop over 2-D rows.
        {
            "SpanCtorAtRowWhile2D", """
            static double[,] F(double[,] x) {
                int n = x.GetLength(0), m = x.GetLength(1);
                var k = new double[n, m];
                var u = new double[n];
                for (int i = 0; i < n; i++) {
                    double mx = double.MinValue;
                    for (int j = 0; j < m; j++) mx = Math.Max(mx, x[i, j]);
                    double s = 0;
                    for (int j = 0; j < m; j++) { k[i, j] = Math.Exp(x[i, j] - mx); s += k[i, j]; }
                    u[i] = 1.0 / s;
                }
                int r = 0;
                while (r < n) {
                    var slot = new Span<double>(u, r, 1);
                    for (int j = 0; j < m; j++) k[r, j] *= slot[0];
                    r++;
                }
                return k;
            }
            """
        },
        // u.AsSpan().Slice(i, 1)[0] over jagged rows.
        {
            "WholeSpanSliceJagged", """
            static double[][] F(double[][] x) {
                var e = new double[x.Length][];
                var u = new double[x.Length];
                for (int i = 0; i < x.Length; i++) {
                    double mx = x[i].Max();
                    e[i] = new double[x[i].Length];
                    double s = 0;
                    for (int j = 0; j < x[i].Length; j++) { e[i][j] = Math.Exp(x[i][j] - mx); s += e[i][j]; }
                    u[i] = 1.0 / s;
                }
                for (int i = 0; i < x.Length; i++) {
                    var one = u.AsSpan().Slice(i, 1);
                    for (int j = 0; j < x[i].Length; j++) e[i][j] *= one[0];
                }
                return e;
            }
            """
        },
        // u.AsMemory(i, 1).Span[0] over 2-D rows.
        {
            "MemorySpanAtRow2D", """
            static float[,] F(float[,] x) {
                int n = x.GetLength(0), m = x.GetLength(1);
                var k = new float[n, m];
                var u = new float[n];
                for (int i = 0; i < n; i++) {
                    float mx = float.MinValue;
                    for (int j = 0; j < m; j++) mx = MathF.Max(mx, x[i, j]);
                    float s = 0f;
                    for (int j = 0; j < m; j++) { k[i, j] = MathF.Exp(x[i, j] - mx); s += k[i, j]; }
                    u[i] = 1f / s;
                }
                for (int i = 0; i < n; i++) {
                    var ui = u.AsMemory(i, 1).Span;
                    for (int j = 0; j < m; j++) k[i, j] = ui[0] * k[i, j];
                }
                return k;
            }
            """
        },
        // new ArraySegment<T>(u, i, 1)[0] over flat rows.
        {
            "SegmentAtRowFlat", """
            static double[] F(double[] x, int n, int m) {
                var k = new double[n * m];
                var u = new double[n];
                for (int i = 0; i < n; i++) {
                    double mx = double.MinValue;
                    for (int j = 0; j < m; j++) mx = Math.Max(mx, x[i * m + j]);
                    double s = 0;
                    for (int j = 0; j < m; j++) { k[i * m + j] = Math.Exp(x[i * m + j] - mx); s += k[i * m + j]; }
                    u[i] = 1.0 / s;
                }
                for (int i = 0; i < n; i++) {
                    var seg = new ArraySegment<double>(u, i, 1);
                    for (int j = 0; j < m; j++) k[i * m + j] *= seg[0];
                }
                return k;
            }
            """
        },
        // ref u[i] then the ref local read.
        {
            "RefLocalAtRow2D", """
            static double[,] F(double[,] x) {
                int n = x.GetLength(0), m = x.GetLength(1);
                var k = new double[n, m];
                var u = new double[n];
                for (int i = 0; i < n; i++) {
                    double mx = double.MinValue;
                    for (int j = 0; j < m; j++) mx = Math.Max(mx, x[i, j]);
                    double s = 0;
                    for (int j = 0; j < m; j++) { k[i, j] = Math.Exp(x[i, j] - mx); s += k[i, j]; }
                    u[i] = 1.0 / s;
                }
                for (int i = 0; i < n; i++) {
                    ref double ui = ref u[i];
                    for (int j = 0; j < m; j++) k[i, j] *= ui;
                }
                return k;
            }
            """
        },
        // A span of the row's slot read at 0 by a local function.
        {
            "SpanSlotInLocalFunction2D", """
            static double[,] F(double[,] x) {
                int n = x.GetLength(0), m = x.GetLength(1);
                var k = new double[n, m];
                var u = new double[n];
                for (int i = 0; i < n; i++) {
                    double mx = double.MinValue;
                    for (int j = 0; j < m; j++) mx = Math.Max(mx, x[i, j]);
                    double s = 0;
                    for (int j = 0; j < m; j++) { k[i, j] = Math.Exp(x[i, j] - mx); s += k[i, j]; }
                    u[i] = 1.0 / s;
                }
                for (int i = 0; i < n; i++)
                    for (int j = 0; j < m; j++) k[i, j] *= Scale(i);
                return k;
                double Scale(int row) => u.AsSpan(row, 1)[0];
            }
            """
        },
        // Rows stored back to front at n - 1 - r and read there.
        {
            "ReversedSlot2D", """
            static double[,] F(double[,] x) {
                int n = x.GetLength(0), m = x.GetLength(1);
                var k = new double[n, m];
                var u = new double[n];
                for (int r = 0; r < n; r++) {
                    double mx = double.MinValue;
                    for (int j = 0; j < m; j++) mx = Math.Max(mx, x[r, j]);
                    double s = 0;
                    for (int j = 0; j < m; j++) { k[r, j] = Math.Exp(x[r, j] - mx); s += k[r, j]; }
                    u[n - 1 - r] = 1.0 / s;
                }
                for (int r = 0; r < n; r++)
                    for (int j = 0; j < m; j++)
                        k[r, j] *= u[n - 1 - r];
                return k;
            }
            """
        },
        // The last slot of a one-row box per row: the row's own.
        {
            "LastSlotOfABoxPerRowJagged", """
            static float[][] F(float[][] x) {
                var p = new float[x.Length][];
                for (int i = 0; i < x.Length; i++) {
                    var u = new float[2];
                    float mx = x[i].Max();
                    p[i] = new float[x[i].Length];
                    float s = 0f;
                    for (int j = 0; j < x[i].Length; j++) { p[i][j] = MathF.Exp(x[i][j] - mx); s += p[i][j]; }
                    u[^1] = 1f / s;
                    for (int j = 0; j < x[i].Length; j++) p[i][j] *= u[^1];
                }
                return p;
            }
            """
        },
        // Two rows, the slot a local moved from 0 to 1 after the first row: each row's own slot, not one fixed slot.
        {
            "SlotMovedByAConstantWrite", """
            static double[,] F(double[,] x) {
                int m = x.GetLength(1);
                var k = new double[2, m];
                var u = new double[2];
                for (int i = 0; i < 2; i++) {
                    double mx = double.MinValue;
                    for (int j = 0; j < m; j++) mx = Math.Max(mx, x[i, j]);
                    double s = 0;
                    for (int j = 0; j < m; j++) { k[i, j] = Math.Exp(x[i, j] - mx); s += k[i, j]; }
                    u[i] = 1.0 / s;
                }
                int slot = 0;
                for (int i = 0; i < 2; i++) {
                    for (int j = 0; j < m; j++) k[i, j] *= u[slot];
                    slot = 1;
                }
                return k;
            }
            """
        },
        // The last row's softmax only, scaled by u[n - 1] in a loop over that row alone.
        {
            "LastRowOnly", """
            static double[] F(double[,] x) {
                int n = x.GetLength(0), m = x.GetLength(1);
                var k = new double[n, m];
                var u = new double[n];
                for (int i = 0; i < n; i++) {
                    double mx = double.MinValue;
                    for (int j = 0; j < m; j++) mx = Math.Max(mx, x[i, j]);
                    double s = 0;
                    for (int j = 0; j < m; j++) { k[i, j] = Math.Exp(x[i, j] - mx); s += k[i, j]; }
                    u[i] = 1.0 / s;
                }
                var last = new double[m];
                for (int j = 0; j < m; j++) last[j] = u[n - 1] * k[n - 1, j];
                return last;
            }
            """
        },
    };

    [Theory]
    [MemberData(nameof(Buggy))]
    public async Task FixedSlotForEveryRow_IsLG0002(string name, string body)
    {
        _ = name;
        var source = Wrap(body);
        Assert.Equal(Expected(source), await Reported(source));
    }

    [Theory]
    [MemberData(nameof(Correct))]
    public async Task RowSlotThroughAView_StaysSilent(string name, string body)
    {
        _ = name;
        Assert.Equal(string.Empty, await Reported(Wrap(body)));
    }
}
