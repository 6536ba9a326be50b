using static LayerGen.Analyzers.Tests.Verification.ReciprocalSnippets;
using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A softmax whose probabilities are never stored (HeldOut39 <c>FlashAttention_RunningMaxAcrossQueries</c>): the
/// attention output <c>Σ_j p_j v_j / Σ_j p_j</c>, exps used only as weights of an accumulator divided by the sum of the
/// same exps (online with the rescale <c>acc *= exp(mOld - mNew)</c>, or two-pass; <c>/=</c> in place, <c>acc / l</c> on
/// read, <c>acc * (1 / l)</c>). Its slice is the exps' slice (the keys of one query), so LG0001-LG0004 judge its max and
/// sum as for a stored softmax. Correct twins stay silent: the online and two-pass forms reset per query, a
/// Nadaraya-Watson Gaussian kernel, a weighted average divided by a count or by another sum. Markers <c>//~ LG000N</c>.
/// </summary>
public class SoftmaxModelWeightedAverageTests
{
    public static TheoryData<string, string> Buggy() => new()
    {
        // Key blocks, 2D, the block fold seeded with a running max declared above the query loop (float newMax = runMax), output acc[c] * (1f / l): LG0001.
        {
            "BlocksSeededCarriedMax", """
            static float[,] F(float[,] s, float[,] v, int block) {
                int n = s.GetLength(0), t = s.GetLength(1), dv = v.GetLength(1);
                var o = new float[n, dv];
                float runMax = float.NegativeInfinity;
                for (int i = 0; i < n; i++) {
                    float l = 0f;
                    var acc = new float[dv];
                    for (int j0 = 0; j0 < t; j0 += block) {
                        int end = Math.Min(j0 + block, t);
                        float newMax = runMax;
                        for (int j = j0; j < end; j++) newMax = MathF.Max(newMax, s[i, j]); //~ LG0001
                        float corr = MathF.Exp(runMax - newMax);
                        l *= corr;
                        for (int c = 0; c < dv; c++) acc[c] *= corr;
                        for (int j = j0; j < end; j++) {
                            float p = MathF.Exp(s[i, j] - newMax);
                            l += p;
                            for (int c = 0; c < dv; c++) acc[c] += p * v[j, c];
                        }
                        runMax = newMax;
                    }
                    for (int c = 0; c < dv; c++) o[i, c] = acc[c] * (1f / l);
                }
                return o;
            }
            """
        },
        // Two-pass per query, flat, the denominator declared above the query loop (never reset): LG0002.
        {
            "TwoPassCarriedSum", """
            static double[] F(double[] s, double[] v, int n, int t, int dv) {
                var o = new double[n * dv];
                double l = 0;
                for (int i = 0; i < n; i++) {
                    double m = double.NegativeInfinity;
                    for (int j = 0; j < t; j++) m = Math.Max(m, s[i * t + j]);
                    for (int j = 0; j < t; j++) {
                        double p = Math.Exp(s[i * t + j] - m);
                        l += p; //~ LG0002
                        for (int c = 0; c < dv; c++) o[i * dv + c] += p * v[j * dv + c];
                    }
                    for (int c = 0; c < dv; c++) o[i * dv + c] /= l;
                }
                return o;
            }
            """
        },
        // Raw q·k scores exponentiated with no max, a while loop over keys, output read as acc[c] / l: LG0003.
        {
            "RawScoresWhile", """
            static float[][] F(float[][] q, float[][] k, float[][] v) {
                int d = q[0].Length, dv = v[0].Length;
                var o = new float[q.Length][];
                for (int i = 0; i < q.Length; i++) {
                    var acc = new float[dv];
                    float l = 0f;
                    int j = 0;
                    while (j < k.Length) {
                        float dot = 0f;
                        for (int c = 0; c < d; c++) dot += q[i][c] * k[j][c];
                        float p = MathF.Exp(dot); //~ LG0003
                        l += p;
                        for (int c = 0; c < dv; c++) acc[c] += p * v[j][c];
                        j++;
                    }
                    o[i] = new float[dv];
                    for (int c = 0; c < dv; c++) o[i][c] = acc[c] / l;
                }
                return o;
            }
            """
        },
        // Scalar values (one output per query), foreach over query indices, raw scores: LG0003.
        {
            "RawScalarForeach", """
            static double[] F(double[,] s, double[] v, int[] queries) {
                var o = new double[queries.Length];
                foreach (int i in queries) {
                    double num = 0, den = 0;
                    for (int j = 0; j < v.Length; j++) {
                        double w = Math.Exp(s[i, j]); //~ LG0003
                        num += w * v[j];
                        den += w;
                    }
                    o[i] = num / den;
                }
                return o;
            }
            """
        },
        // Max per key over the queries (a column max), sum per query over the keys: LG0004.
        {
            "ColumnMaxRowSum", """
            static float[][] F(float[][] s, float[][] v) {
                int n = s.Length, t = s[0].Length, dv = v[0].Length;
                var keyMax = new float[t];
                for (int j = 0; j < t; j++) {
                    keyMax[j] = float.NegativeInfinity;
                    for (int i = 0; i < n; i++) keyMax[j] = MathF.Max(keyMax[j], s[i][j]); //~ LG0004
                }
                var o = new float[n][];
                for (int i = 0; i < n; i++) {
                    var acc = new float[dv];
                    float l = 0f;
                    for (int j = 0; j < t; j++) {
                        float p = MathF.Exp(s[i][j] - keyMax[j]);
                        l += p;
                        for (int c = 0; c < dv; c++) acc[c] += p * v[j][c];
                    }
                    for (int c = 0; c < dv; c++) acc[c] /= l;
                    o[i] = acc;
                }
                return o;
            }
            """
        },
        // Online per key, jagged scores and values, the running max in a per-step temporary (mNew = Max(m, x); m = mNew) declared above the query loop: LG0001.
        {
            "OnlinePerKeyCarriedMax", """
            static float[][] F(float[][] s, float[][] v) {
                int dv = v[0].Length;
                var o = new float[s.Length][];
                float m = float.NegativeInfinity;
                for (int i = 0; i < s.Length; i++) {
                    float l = 0f;
                    var acc = new float[dv];
                    for (int j = 0; j < s[i].Length; j++) {
                        float mNew = MathF.Max(m, s[i][j]); //~ LG0001
                        float r = MathF.Exp(m - mNew);
                        float p = MathF.Exp(s[i][j] - mNew);
                        l = l * r + p;
                        for (int c = 0; c < dv; c++) acc[c] = acc[c] * r + p * v[j][c];
                        m = mNew;
                    }
                    for (int c = 0; c < dv; c++) acc[c] /= l;
                    o[i] = acc;
                }
                return o;
            }
            """
        },
        // Key blocks, flat 2D scores, a separate block max merged into a running max in a per-step temporary, never reset; output acc[c] * (1 / l): LG0001.
        {
            "BlocksMergedCarriedMax", """
            static float[,] F(float[,] s, float[,] v, int block) {
                int n = s.GetLength(0), t = s.GetLength(1), dv = v.GetLength(1);
                var o = new float[n, dv];
                var acc = new float[dv];
                float m = float.NegativeInfinity;
                for (int i = 0; i < n; i++) {
                    float l = 0f;
                    Array.Clear(acc, 0, dv);
                    for (int j0 = 0; j0 < t; j0 += block) {
                        int end = Math.Min(j0 + block, t);
                        float blockMax = float.NegativeInfinity;
                        for (int j = j0; j < end; j++) blockMax = MathF.Max(blockMax, s[i, j]);
                        float mNew = MathF.Max(m, blockMax); //~ LG0001
                        float corr = MathF.Exp(m - mNew);
                        l *= corr;
                        for (int c = 0; c < dv; c++) acc[c] *= corr;
                        for (int j = j0; j < end; j++) {
                            float p = MathF.Exp(s[i, j] - mNew);
                            l += p;
                            for (int c = 0; c < dv; c++) acc[c] += p * v[j, c];
                        }
                        m = mNew;
                    }
                    float inv = 1f / l;
                    for (int c = 0; c < dv; c++) o[i, c] = acc[c] * inv;
                }
                return o;
            }
            """
        },
    };

    public static TheoryData<string, string> Correct() => new()
    {
        // The same with the running max declared per query.
        {
            "BlocksSeededReset", """
            static float[,] F(float[,] s, float[,] v, int block) {
                int n = s.GetLength(0), t = s.GetLength(1), dv = v.GetLength(1);
                var o = new float[n, dv];
                for (int i = 0; i < n; i++) {
                    float runMax = float.NegativeInfinity;
                    float l = 0f;
                    var acc = new float[dv];
                    for (int j0 = 0; j0 < t; j0 += block) {
                        int end = Math.Min(j0 + block, t);
                        float newMax = runMax;
                        for (int j = j0; j < end; j++) newMax = MathF.Max(newMax, s[i, j]);
                        float corr = MathF.Exp(runMax - newMax);
                        l *= corr;
                        for (int c = 0; c < dv; c++) acc[c] *= corr;
                        for (int j = j0; j < end; j++) {
                            float p = MathF.Exp(s[i, j] - newMax);
                            l += p;
                            for (int c = 0; c < dv; c++) acc[c] += p * v[j, c];
                        }
                        runMax = newMax;
                    }
                    for (int c = 0; c < dv; c++) o[i, c] = acc[c] * (1f / l);
                }
                return o;
            }
            """
        },
        // Online per key, the running max and sum reset per query.
        {
            "OnlinePerKeyReset", """
            static float[][] F(float[][] s, float[][] v) {
                int dv = v[0].Length;
                var o = new float[s.Length][];
                for (int i = 0; i < s.Length; i++) {
                    float m = float.NegativeInfinity;
                    float l = 0f;
                    var acc = new float[dv];
                    for (int j = 0; j < s[i].Length; j++) {
                        float mNew = MathF.Max(m, s[i][j]);
                        float r = MathF.Exp(m - mNew);
                        float p = MathF.Exp(s[i][j] - mNew);
                        l = l * r + p;
                        for (int c = 0; c < dv; c++) acc[c] = acc[c] * r + p * v[j][c];
                        m = mNew;
                    }
                    for (int c = 0; c < dv; c++) acc[c] /= l;
                    o[i] = acc;
                }
                return o;
            }
            """
        },
        // Key blocks, 2D, block max merged, reset per query, output acc[c] * (1 / l).
        {
            "BlocksMergedReset", """
            static float[,] F(float[,] s, float[,] v, int block) {
                int n = s.GetLength(0), t = s.GetLength(1), dv = v.GetLength(1);
                var o = new float[n, dv];
                var acc = new float[dv];
                for (int i = 0; i < n; i++) {
                    float m = float.NegativeInfinity;
                    float l = 0f;
                    Array.Clear(acc, 0, dv);
                    for (int j0 = 0; j0 < t; j0 += block) {
                        int end = Math.Min(j0 + block, t);
                        float blockMax = float.NegativeInfinity;
                        for (int j = j0; j < end; j++) blockMax = MathF.Max(blockMax, s[i, j]);
                        float mNew = MathF.Max(m, blockMax);
                        float corr = MathF.Exp(m - mNew);
                        l *= corr;
                        for (int c = 0; c < dv; c++) acc[c] *= corr;
                        for (int j = j0; j < end; j++) {
                            float p = MathF.Exp(s[i, j] - mNew);
                            l += p;
                            for (int c = 0; c < dv; c++) acc[c] += p * v[j, c];
                        }
                        m = mNew;
                    }
                    float inv = 1f / l;
                    for (int c = 0; c < dv; c++) o[i, c] = acc[c] * inv;
                }
                return o;
            }
            """
        },
        // Two-pass per query, flat, sum reset per query.
        {
            "TwoPassReset", """
            static double[] F(double[] s, double[] v, int n, int t, int dv) {
                var o = new double[n * dv];
                for (int i = 0; i < n; i++) {
                    double m = double.NegativeInfinity;
                    for (int j = 0; j < t; j++) m = Math.Max(m, s[i * t + j]);
                    double l = 0;
                    for (int j = 0; j < t; j++) {
                        double p = Math.Exp(s[i * t + j] - m);
                        l += p;
                        for (int c = 0; c < dv; c++) o[i * dv + c] += p * v[j * dv + c];
                    }
                    for (int c = 0; c < dv; c++) o[i * dv + c] /= l;
                }
                return o;
            }
            """
        },
        // Shifted q·k scores per query, while loop, read as acc[c] / l.
        {
            "ShiftedScoresWhile", """
            static float[][] F(float[][] q, float[][] k, float[][] v) {
                int d = q[0].Length, dv = v[0].Length;
                var o = new float[q.Length][];
                var sc = new float[k.Length];
                for (int i = 0; i < q.Length; i++) {
                    float m = float.NegativeInfinity;
                    for (int j = 0; j < k.Length; j++) {
                        float dot = 0f;
                        for (int c = 0; c < d; c++) dot += q[i][c] * k[j][c];
                        sc[j] = dot;
                        m = MathF.Max(m, dot);
                    }
                    var acc = new float[dv];
                    float l = 0f;
                    int jj = 0;
                    while (jj < k.Length) {
                        float p = MathF.Exp(sc[jj] - m);
                        l += p;
                        for (int c = 0; c < dv; c++) acc[c] += p * v[jj][c];
                        jj++;
                    }
                    o[i] = new float[dv];
                    for (int c = 0; c < dv; c++) o[i][c] = acc[c] / l;
                }
                return o;
            }
            """
        },
        // Nadaraya-Watson kernel regression: a Gaussian of a distance is bounded, no max needed.
        {
            // Shifted by the query's nearest squared distance: the unshifted kernel gives 0/0 for a query far from every
            // xs[j] (LG0003 since the outer-difference reading, SoftmaxModelOuterDifferenceTests).
            "NadarayaWatson", """
            static double[] F(double[] xs, double[] ys, double[] queries, double h) {
                var o = new double[queries.Length];
                for (int q = 0; q < queries.Length; q++) {
                    double nearest = double.PositiveInfinity;
                    for (int j = 0; j < xs.Length; j++) nearest = Math.Min(nearest, (queries[q] - xs[j]) * (queries[q] - xs[j]));
                    double num = 0, den = 0;
                    for (int j = 0; j < xs.Length; j++) {
                        double d = queries[q] - xs[j];
                        double w = Math.Exp(-(d * d - nearest) / (2 * h * h));
                        num += w * ys[j];
                        den += w;
                    }
                    o[q] = num / den;
                }
                return o;
            }
            """
        },
        // Raw exps as weights, but the average divides by the count: no softmax.
        {
            "DividedByCount", """
            static double[] F(double[,] s, double[] v) {
                int n = s.GetLength(0), t = s.GetLength(1);
                var o = new double[n];
                for (int i = 0; i < n; i++) {
                    double num = 0;
                    for (int j = 0; j < t; j++) num += Math.Exp(s[i, j]) * v[j];
                    o[i] = num / t;
                }
                return o;
            }
            """
        },
        // Raw exps as weights, divided by another sum (of the values): no softmax.
        {
            "DividedByAnotherSum", """
            static double[] F(double[,] s, double[] v) {
                int n = s.GetLength(0), t = s.GetLength(1);
                var o = new double[n];
                for (int i = 0; i < n; i++) {
                    double num = 0, total = 0;
                    for (int j = 0; j < t; j++) {
                        num += Math.Exp(s[i, j]) * v[j];
                        total += v[j];
                    }
                    o[i] = num / total;
                }
                return o;
            }
            """
        },
    };

    [Theory]
    [MemberData(nameof(Buggy))]
    public async Task WeightedAverageOfExps_IsJudgedAsASoftmax(string name, string body)
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
