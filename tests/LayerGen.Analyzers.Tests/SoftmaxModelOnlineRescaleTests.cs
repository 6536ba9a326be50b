using static LayerGen.Analyzers.Tests.Verification.ReciprocalSnippets;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The online softmax's rescale to the step's running max, <c>scale = exp(m - mNew)</c> with
/// <c>mNew = max(m, s)</c> copied back by <c>m = mNew</c> (review49/vd item 3, c36/c40/c41/c42): <c>m - mNew ≤ 0</c>,
/// exactly as <c>mOld - m</c> after the in-place fold, so it is no raw logit. Main reported LG0003 on it when the method
/// ends in a weighted average <c>acc / z</c>: the sum's check evaluated <c>mNew</c> first, the read of <c>m</c> inside
/// it was cut by the recursion guard and memoised empty, and <c>m - mNew</c> then read as a complement <c>1 - a</c>.
/// Correct spellings stay silent (temporary / in place / branch, ternary and <c>if</c> maxima, scalar, array and vector
/// accumulators, per-row over 2D, jagged and flat batches, span, List, foreach, while, local function, float and double).
/// Bug twins stay reported: state not reset per row (LG0002 at the sum, LG0001 at the max), no max at all (LG0003).
/// Numerically (float, values 1..3, scores near 0, ±1000, a row 1000 below): every correct spelling gives the reference
/// weighted average; the sign-flipped rescale and the old max in <c>p</c> give NaN at the first step (0 · ∞, exp(+∞)),
/// no max gives NaN at ±1000, a max not reset per row gives NaN on the row 1000 below. Markers <c>//~ LG000N</c>.
/// </summary>
public class SoftmaxModelOnlineRescaleTests
{
    public static TheoryData<string, string> Correct() => new()
    {
        {
            "TemporaryScalarAccumulator", """
            static float F(float[] x, float[] v) {
                float m = float.NegativeInfinity, z = 0f, acc = 0f;
                for (int j = 0; j < x.Length; j++) {
                    float s = x[j];
                    float mNew = MathF.Max(m, s);
                    float scale = MathF.Exp(m - mNew), p = MathF.Exp(s - mNew);
                    z = z * scale + p; acc = acc * scale + p * v[j];
                    m = mNew;
                }
                return acc / z;
            }
            """
        },
        {
            "TemporaryTernaryDouble", """
            static double F(double[] x, double[] v) {
                double m = double.NegativeInfinity, z = 0, acc = 0;
                for (int j = 0; j < x.Length; j++) {
                    double mNew = x[j] > m ? x[j] : m;
                    double scale = Math.Exp(m - mNew);
                    double p = Math.Exp(x[j] - mNew);
                    z = z * scale + p; acc = acc * scale + p * v[j];
                    m = mNew;
                }
                return acc / z;
            }
            """
        },
        {
            "TemporaryIfMax", """
            static float F(float[] x, float[] v) {
                float m = float.NegativeInfinity, z = 0f, acc = 0f;
                for (int j = 0; j < x.Length; j++) {
                    float mNew = m;
                    if (x[j] > mNew) mNew = x[j];
                    float scale = MathF.Exp(m - mNew), p = MathF.Exp(x[j] - mNew);
                    z = z * scale + p; acc = acc * scale + p * v[j];
                    m = mNew;
                }
                return acc / z;
            }
            """
        },
        {
            "TemporaryArrayAccumulatorAttentionRow", """
            static void F(float[] q, float[][] k, float[][] v, float[] o) {
                int d = o.Length; var acc = new float[d];
                float m = float.NegativeInfinity, z = 0f;
                for (int j = 0; j < k.Length; j++) {
                    float s = 0f; for (int c = 0; c < q.Length; c++) s += q[c] * k[j][c];
                    float mNew = MathF.Max(m, s);
                    float scale = MathF.Exp(m - mNew); float p = MathF.Exp(s - mNew);
                    z = z * scale + p;
                    for (int c = 0; c < d; c++) acc[c] = acc[c] * scale + p * v[j][c];
                    m = mNew;
                }
                for (int c = 0; c < d; c++) o[c] = acc[c] / z;
            }
            """
        },
        {
            "TemporaryVectorAccumulatorOverDots", """
            static System.Numerics.Vector3 F(System.Numerics.Vector3 q, System.Numerics.Vector3[] keys, System.Numerics.Vector3[] vals) {
                float m = float.NegativeInfinity, z = 0f; var acc = System.Numerics.Vector3.Zero;
                for (int j = 0; j < keys.Length; j++) {
                    float s = System.Numerics.Vector3.Dot(q, keys[j]);
                    float mNew = MathF.Max(m, s);
                    float scale = MathF.Exp(m - mNew), p = MathF.Exp(s - mNew);
                    z = z * scale + p; acc = acc * scale + p * vals[j];
                    m = mNew;
                }
                return acc / z;
            }
            """
        },
        {
            "TemporaryScalarAccumulatorOverVector2Dots", """
            static float F(System.Numerics.Vector2 q, System.Numerics.Vector2[] keys, float[] v) {
                float m = float.NegativeInfinity, z = 0f, acc = 0f;
                for (int j = 0; j < keys.Length; j++) {
                    float s = System.Numerics.Vector2.Dot(q, keys[j]);
                    float mNew = MathF.Max(m, s);
                    float scale = MathF.Exp(m - mNew), p = MathF.Exp(s - mNew);
                    z = z * scale + p; acc = acc * scale + p * v[j];
                    m = mNew;
                }
                return acc / z;
            }
            """
        },
        {
            "InPlaceFold", """
            static float F(float[] x, float[] v) {
                float m = float.NegativeInfinity, z = 0f, acc = 0f;
                for (int j = 0; j < x.Length; j++) {
                    float mOld = m; m = MathF.Max(m, x[j]);
                    float scale = MathF.Exp(mOld - m), p = MathF.Exp(x[j] - m);
                    z = z * scale + p; acc = acc * scale + p * v[j];
                }
                return acc / z;
            }
            """
        },
        {
            "BranchRescale", """
            static float F(float[] x, float[] v) {
                float m = float.NegativeInfinity, z = 0f, acc = 0f;
                for (int j = 0; j < x.Length; j++) {
                    float s = x[j];
                    if (s > m) { float scale = MathF.Exp(m - s); z *= scale; acc *= scale; m = s; }
                    float p = MathF.Exp(s - m);
                    z += p; acc += p * v[j];
                }
                return acc / z;
            }
            """
        },
        {
            "PerRow2DStateResetPerRow", """
            static void F(float[,] x, float[,] v, float[] o) {
                for (int r = 0; r < x.GetLength(0); r++) {
                    float m = float.NegativeInfinity, z = 0f, acc = 0f;
                    for (int j = 0; j < x.GetLength(1); j++) {
                        float mNew = MathF.Max(m, x[r, j]);
                        float scale = MathF.Exp(m - mNew), p = MathF.Exp(x[r, j] - mNew);
                        z = z * scale + p; acc = acc * scale + p * v[r, j];
                        m = mNew;
                    }
                    o[r] = acc / z;
                }
            }
            """
        },
        {
            "PerRowFlatStridedWhileDouble", """
            static void F(double[] x, double[] v, double[] o, int rows, int cols) {
                for (int r = 0; r < rows; r++) {
                    double m = double.NegativeInfinity, z = 0, acc = 0;
                    int j = 0;
                    while (j < cols) {
                        double s = x[r * cols + j];
                        double mNew = Math.Max(m, s);
                        double scale = Math.Exp(m - mNew);
                        double p = Math.Exp(s - mNew);
                        z = z * scale + p; acc = acc * scale + p * v[r * cols + j];
                        m = mNew; j++;
                    }
                    o[r] = acc / z;
                }
            }
            """
        },
        {
            "PerRowJagged", """
            static void F(float[][] x, float[][] v, float[] o) {
                for (int r = 0; r < x.Length; r++) {
                    float m = float.NegativeInfinity, z = 0f, acc = 0f;
                    var row = x[r];
                    for (int j = 0; j < row.Length; j++) {
                        float mNew = MathF.Max(m, row[j]);
                        float scale = MathF.Exp(m - mNew), p = MathF.Exp(row[j] - mNew);
                        z = z * scale + p; acc = acc * scale + p * v[r][j];
                        m = mNew;
                    }
                    o[r] = acc / z;
                }
            }
            """
        },
        {
            "SpanExpsInline", """
            static float F(ReadOnlySpan<float> x, ReadOnlySpan<float> v) {
                float m = float.NegativeInfinity, z = 0f, acc = 0f;
                for (int j = 0; j < x.Length; j++) {
                    float mNew = MathF.Max(m, x[j]);
                    float scale = MathF.Exp(m - mNew);
                    z = z * scale + MathF.Exp(x[j] - mNew);
                    acc = acc * scale + MathF.Exp(x[j] - mNew) * v[j];
                    m = mNew;
                }
                return acc / z;
            }
            """
        },
        {
            "ForeachOverListOfPairsDouble", """
            static double F(List<(double S, double V)> items) {
                double m = double.NegativeInfinity, z = 0, acc = 0;
                foreach (var (s, val) in items) {
                    double mNew = Math.Max(m, s);
                    double scale = Math.Exp(m - mNew), p = Math.Exp(s - mNew);
                    z = z * scale + p; acc = acc * scale + p * val;
                    m = mNew;
                }
                return acc / z;
            }
            """
        },
        {
            "AverageInLocalFunction", """
            static float F(float[] x, float[] v) {
                float m = float.NegativeInfinity, z = 0f, acc = 0f;
                for (int j = 0; j < x.Length; j++) {
                    float mNew = MathF.Max(m, x[j]);
                    float scale = MathF.Exp(m - mNew), p = MathF.Exp(x[j] - mNew);
                    z = z * scale + p; acc = acc * scale + p * v[j];
                    m = mNew;
                }
                return Average();
                float Average() => acc / z;
            }
            """
        },
    };

    public static TheoryData<string, string> Buggy() => new()
    {
        // The whole state declared above the row loop: the sum runs over every row (row 2 reads row 1's weights).
        {
            "StateNotResetPerRow", """
            static void F(float[,] x, float[,] v, float[] o) {
                float m = float.NegativeInfinity, z = 0f, acc = 0f;
                for (int r = 0; r < x.GetLength(0); r++) {
                    for (int j = 0; j < x.GetLength(1); j++) {
                        float mNew = MathF.Max(m, x[r, j]);
                        float scale = MathF.Exp(m - mNew), p = MathF.Exp(x[r, j] - mNew);
                        z = z * scale + p; acc = acc * scale + p * v[r, j]; //~ LG0002
                        m = mNew;
                    }
                    o[r] = acc / z;
                }
            }
            """
        },
        // Sum and accumulator reset per row, the max not: a row 1000 below the first gives 0 / 0.
        {
            "MaxNotResetPerRow", """
            static void F(float[,] x, float[,] v, float[] o) {
                float m = float.NegativeInfinity;
                for (int r = 0; r < x.GetLength(0); r++) {
                    float z = 0f, acc = 0f;
                    for (int j = 0; j < x.GetLength(1); j++) {
                        float mNew = MathF.Max(m, x[r, j]); //~ LG0001
                        float scale = MathF.Exp(m - mNew), p = MathF.Exp(x[r, j] - mNew);
                        z = z * scale + p; acc = acc * scale + p * v[r, j];
                        m = mNew;
                    }
                    o[r] = acc / z;
                }
            }
            """
        },
        // No max at all: exp(1000) overflows.
        {
            "NoMaxAtAll", """
            static float F(float[] x, float[] v) {
                float z = 0f, acc = 0f;
                for (int j = 0; j < x.Length; j++) {
                    float p = MathF.Exp(x[j]); //~ LG0003
                    z += p; acc += p * v[j];
                }
                return acc / z;
            }
            """
        },
        // The same with a ternary max in a jagged batch, state not reset: LG0002 at the sum.
        {
            "TernaryStateNotResetJagged", """
            static void F(double[][] x, double[][] v, double[] o) {
                double m = double.NegativeInfinity, z = 0, acc = 0;
                for (int r = 0; r < x.Length; r++) {
                    for (int j = 0; j < x[r].Length; j++) {
                        double mNew = x[r][j] > m ? x[r][j] : m;
                        double scale = Math.Exp(m - mNew), p = Math.Exp(x[r][j] - mNew);
                        z = z * scale + p; acc = acc * scale + p * v[r][j]; //~ LG0002
                        m = mNew;
                    }
                    o[r] = acc / z;
                }
            }
            """
        },
    };

    /// <summary>
    /// Bugs main misses too (silent before and after this change): known gaps, kept here with their numbers.
    /// </summary>
    public static TheoryData<string, string> KnownGaps() => new()
    {
        // scale = exp(mNew - m): ≥ 0, exp(+∞) at the first step, 0 · ∞ = NaN for every input.
        {
            "SignFlippedRescale", """
            static float F(float[] x, float[] v) {
                float m = float.NegativeInfinity, z = 0f, acc = 0f;
                for (int j = 0; j < x.Length; j++) {
                    float mNew = MathF.Max(m, x[j]);
                    float scale = MathF.Exp(mNew - m), p = MathF.Exp(x[j] - mNew); //~ LG0003
                    z = z * scale + p; acc = acc * scale + p * v[j];
                    m = mNew;
                }
                return acc / z;
            }
            """
        },
        // p = exp(s - m) with the previous step's max: exp(s + ∞) = ∞ at the first step, NaN for every input.
        {
            "OldMaxInTheWeight", """
            static float F(float[] x, float[] v) {
                float m = float.NegativeInfinity, z = 0f, acc = 0f;
                for (int j = 0; j < x.Length; j++) {
                    float mNew = MathF.Max(m, x[j]);
                    float scale = MathF.Exp(m - mNew), p = MathF.Exp(x[j] - m); //~ LG0001
                    z = z * scale + p; acc = acc * scale + p * v[j];
                    m = mNew;
                }
                return acc / z;
            }
            """
        },
    };

    [Theory]
    [MemberData(nameof(Correct))]
    public async Task CorrectOnlineSoftmax_StaysSilent(string name, string body)
    {
        _ = name;
        Assert.Equal(string.Empty, await Reported(Wrap(body)));
    }

    [Theory]
    [MemberData(nameof(Buggy))]
    public async Task BuggyOnlineSoftmax_StaysReported(string name, string body)
    {
        _ = name;
        var source = Wrap(body);
        Assert.Equal(Expected(source), await Reported(source));
    }

    [Theory(Skip = "known gap, silent on main too: the sign of the rescale exponent and a weight read with the previous step's max are not judged")]
    [MemberData(nameof(KnownGaps))]
    public async Task KnownGap_IsReported(string name, string body)
    {
        _ = name;
        var source = Wrap(body);
        Assert.Equal(Expected(source), await Reported(source));
    }
}
