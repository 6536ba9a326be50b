using static LayerGen.Analyzers.Tests.Verification.ReciprocalSnippets;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The state of an online (flash) attention, <c>Σ_j p_j v_j / Σ_j p_j</c> with a running maximum (review 41, F12-F27):
/// the running max folded in a per-step temporary (<c>float mNew = MathF.Max(m, x); … m = mNew</c>, exps reading
/// <c>mNew</c>) is the running max itself, so its rescales are checked. A sum that is not rescaled to the new max while
/// the accumulator is adds exps of different shifts (LG0002, F22); an accumulator not rescaled while its sum is keeps
/// each term's prefix max, the running max read mid-way (LG0001 at it, F12, in a temporary and in place alike);
/// one denominator over every query, also with the numerator recomputing its exps (LG0002, F25). Correct twins stay silent: both rescaled (in a temporary, in place, by a helper), two-pass, per-query
/// denominators, and a sum declared above the query loop whose first rescale per query multiplies by
/// <c>exp(−∞ − max) = 0</c> (review F27: checked numerically, it is reset). Markers <c>//~ LG000N</c>.
/// </summary>
public class SoftmaxModelFlashStateTests
{
    public static TheoryData<string, string> Buggy() => new()
    {
        // F12: jagged, the running max in a temporary; the sum rescaled, the accumulator not: each term keeps its own prefix max, LG0001 at the running max.
        {
            "AccumulatorNotRescaledTemporary", """
            static void F(float[][] s, float[][] v, float[][] o) {
                int d = v[0].Length;
                for (int q = 0; q < s.Length; q++) {
                    float m = float.NegativeInfinity, l = 0f;
                    var acc = new float[d];
                    for (int j = 0; j < s[q].Length; j++) {
                        float mNew = MathF.Max(m, s[q][j]); //~ LG0001
                        float p = MathF.Exp(s[q][j] - mNew);
                        l = l * MathF.Exp(m - mNew) + p;
                        for (int c = 0; c < d; c++) acc[c] += p * v[j][c];
                        m = mNew;
                    }
                    for (int c = 0; c < d; c++) o[q][c] = acc[c] / l;
                }
            }
            """
        },
        // F22: jagged, the running max in a temporary; the accumulator rescaled, the sum not: LG0002.
        {
            "SumNotRescaledTemporary", """
            static void F(float[][] s, float[][] v, float[][] o) {
                int d = v[0].Length;
                for (int q = 0; q < s.Length; q++) {
                    float m = float.NegativeInfinity, l = 0f;
                    var acc = new float[d];
                    for (int j = 0; j < s[q].Length; j++) {
                        float mNew = MathF.Max(m, s[q][j]);
                        float r = MathF.Exp(m - mNew);
                        float p = MathF.Exp(s[q][j] - mNew);
                        l += p; //~ LG0002
                        for (int c = 0; c < d; c++) acc[c] = acc[c] * r + p * v[j][c];
                        m = mNew;
                    }
                    for (int c = 0; c < d; c++) o[q][c] = acc[c] / l;
                }
            }
            """
        },
        // F22 with the max updated in place, flat buffers, output acc[c] * (1f / l): LG0002.
        {
            "SumNotRescaledInPlaceFlat", """
            static void F(float[] s, float[] v, float[] o, int n, int t, int d) {
                var acc = new float[d];
                for (int q = 0; q < n; q++) {
                    float m = float.NegativeInfinity, l = 0f;
                    Array.Clear(acc, 0, d);
                    for (int j = 0; j < t; j++) {
                        float mOld = m;
                        m = MathF.Max(m, s[q * t + j]);
                        float a = MathF.Exp(mOld - m);
                        float p = MathF.Exp(s[q * t + j] - m);
                        l = l + p; //~ LG0002
                        for (int c = 0; c < d; c++) acc[c] = a * acc[c] + p * v[j * d + c];
                    }
                    for (int c = 0; c < d; c++) o[q * d + c] = acc[c] * (1f / l);
                }
            }
            """
        },
        // F25: 2D, per-query max array, ONE denominator over every query's keys computed first, numerator recomputes the exps: LG0002.
        {
            "OneDenominatorRecomputed2D", """
            static void F(float[,] s, float[,] v, float[,] o) {
                int T = s.GetLength(0), K = s.GetLength(1), d = v.GetLength(1);
                var m = new float[T];
                for (int q = 0; q < T; q++) { m[q] = float.NegativeInfinity; for (int j = 0; j < K; j++) m[q] = MathF.Max(m[q], s[q, j]); }
                float L = 0f;
                for (int q = 0; q < T; q++) for (int j = 0; j < K; j++) L += MathF.Exp(s[q, j] - m[q]); //~ LG0002
                for (int q = 0; q < T; q++)
                    for (int c = 0; c < d; c++) {
                        float acc = 0f;
                        for (int j = 0; j < K; j++) acc += MathF.Exp(s[q, j] - m[q]) * v[j, c];
                        o[q, c] = acc / L;
                    }
            }
            """
        },
        // F25, jagged, the max recomputed per query in both passes, the total over every query: LG0002.
        {
            "OneDenominatorRecomputedJagged", """
            static void F(float[][] s, float[][] v, float[][] o) {
                int d = v[0].Length;
                float L = 0f;
                for (int q = 0; q < s.Length; q++) {
                    float m = s[q].Max();
                    for (int j = 0; j < s[q].Length; j++) L += MathF.Exp(s[q][j] - m); //~ LG0002
                }
                for (int q = 0; q < s.Length; q++) {
                    float m = s[q].Max();
                    for (int c = 0; c < d; c++) {
                        float acc = 0f;
                        for (int j = 0; j < s[q].Length; j++) acc += MathF.Exp(s[q][j] - m) * v[j][c];
                        o[q][c] = acc / L;
                    }
                }
            }
            """
        },
        // One pass sharing the exps, per-query accumulator rows, one total over every query divided afterwards: LG0002.
        {
            "OneDenominatorSharedExps", """
            static void F(float[][] s, float[][] v, float[][] o) {
                int d = v[0].Length;
                float L = 0f;
                var acc = new float[s.Length][];
                for (int q = 0; q < s.Length; q++) {
                    float m = float.NegativeInfinity;
                    for (int j = 0; j < s[q].Length; j++) m = MathF.Max(m, s[q][j]);
                    acc[q] = new float[d];
                    for (int j = 0; j < s[q].Length; j++) {
                        float p = MathF.Exp(s[q][j] - m);
                        L += p; //~ LG0002
                        for (int c = 0; c < d; c++) acc[q][c] += p * v[j][c];
                    }
                }
                for (int q = 0; q < s.Length; q++)
                    for (int c = 0; c < d; c++) o[q][c] = acc[q][c] / L;
            }
            """
        },
        // F12 with the max updated in place (mOld saved), 2D, while loop over keys: LG0001 (was a pinned gap).
        {
            "AccumulatorNotRescaledInPlace2D", """
            static void F(double[,] s, double[,] v, double[,] o) {
                int n = s.GetLength(0), t = s.GetLength(1), d = v.GetLength(1);
                for (int q = 0; q < n; q++) {
                    double m = double.NegativeInfinity, l = 0;
                    var acc = new double[d];
                    int j = 0;
                    while (j < t) {
                        double mOld = m;
                        m = Math.Max(m, s[q, j]); //~ LG0001
                        double a = Math.Exp(mOld - m);
                        double p = Math.Exp(s[q, j] - m);
                        l = a * l + p;
                        for (int c = 0; c < d; c++) acc[c] += p * v[j, c];
                        j++;
                    }
                    for (int c = 0; c < d; c++) o[q, c] = acc[c] / l;
                }
            }
            """
        },
        // F12 with the max updated in place, flat, for loop, the factor inline before the sum: LG0001.
        {
            "AccumulatorNotRescaledInPlaceFlat", """
            static void F(float[] s, float[] v, float[] o, int n, int t, int d) {
                var acc = new float[d];
                for (int q = 0; q < n; q++) {
                    float m = float.NegativeInfinity, l = 0f;
                    Array.Clear(acc, 0, d);
                    for (int j = 0; j < t; j++) {
                        float mOld = m;
                        m = MathF.Max(m, s[q * t + j]); //~ LG0001
                        float p = MathF.Exp(s[q * t + j] - m);
                        l = MathF.Exp(mOld - m) * l + p;
                        for (int c = 0; c < d; c++) acc[c] += p * v[j * d + c];
                    }
                    for (int c = 0; c < d; c++) o[q * d + c] = acc[c] / l;
                }
            }
            """
        },
        // F12 with the temporary named next, 2D, the copy-back before the sum's rescale reads the old max saved: LG0001.
        {
            "AccumulatorNotRescaledNext2D", """
            static void F(float[,] s, float[,] v, float[,] o) {
                int n = s.GetLength(0), t = s.GetLength(1), d = v.GetLength(1);
                for (int q = 0; q < n; q++) {
                    float m = float.NegativeInfinity, l = 0f;
                    var acc = new float[d];
                    for (int j = 0; j < t; j++) {
                        float next = MathF.Max(m, s[q, j]); //~ LG0001
                        float p = MathF.Exp(s[q, j] - next);
                        l = l * MathF.Exp(m - next) + p;
                        m = next;
                        for (int c = 0; c < d; c++) acc[c] += p * v[j, c];
                    }
                    for (int c = 0; c < d; c++) o[q, c] = acc[c] / l;
                }
            }
            """
        },
        // F31's branchy rescale with the exps themselves unshifted: LG0003 at p only (the rescale in the branch of m's own guarded fold reads the old max).
        {
            "BranchyRescaleRawExps", """
            static void F(float[][] s, float[][] v, float[][] o) {
                int d = v[0].Length;
                for (int q = 0; q < s.Length; q++) {
                    float m = float.NegativeInfinity, l = 0f;
                    var acc = new float[d];
                    for (int j = 0; j < s[q].Length; j++) {
                        if (s[q][j] > m) { float r = MathF.Exp(m - s[q][j]); l *= r; for (int c = 0; c < d; c++) acc[c] *= r; m = s[q][j]; }
                        float p = MathF.Exp(s[q][j]); //~ LG0003
                        l += p;
                        for (int c = 0; c < d; c++) acc[c] += p * v[j][c];
                    }
                    for (int c = 0; c < d; c++) o[q][c] = acc[c] / l;
                }
            }
            """
        },
    };

    public static TheoryData<string, string> Correct() => new()
    {
        // F02: both rescaled by r, the running max in a temporary.
        {
            "BothRescaledTemporary", """
            static void F(float[][] s, float[][] v, float[][] o) {
                int d = v[0].Length;
                for (int q = 0; q < s.Length; q++) {
                    float m = float.NegativeInfinity, l = 0f;
                    var acc = new float[d];
                    for (int j = 0; j < s[q].Length; j++) {
                        float mNew = MathF.Max(m, s[q][j]);
                        float r = MathF.Exp(m - mNew);
                        float p = MathF.Exp(s[q][j] - mNew);
                        l = l * r + p;
                        for (int c = 0; c < d; c++) acc[c] = acc[c] * r + p * v[j][c];
                        m = mNew;
                    }
                    for (int c = 0; c < d; c++) o[q][c] = acc[c] / l;
                }
            }
            """
        },
        // Both rescaled in place (*=) before adding, the factor spelled inline, 2D.
        {
            "BothRescaledCompound2D", """
            static void F(double[,] s, double[,] v, double[,] o) {
                int n = s.GetLength(0), t = s.GetLength(1), d = v.GetLength(1);
                var acc = new double[d];
                for (int q = 0; q < n; q++) {
                    double m = double.NegativeInfinity, l = 0;
                    Array.Clear(acc, 0, d);
                    for (int j = 0; j < t; j++) {
                        double mNew = Math.Max(m, s[q, j]);
                        l *= Math.Exp(m - mNew);
                        for (int c = 0; c < d; c++) acc[c] *= Math.Exp(m - mNew);
                        double p = Math.Exp(s[q, j] - mNew);
                        l += p;
                        for (int c = 0; c < d; c++) acc[c] += p * v[j, c];
                        m = mNew;
                    }
                    for (int c = 0; c < d; c++) o[q, c] = acc[c] / l;
                }
            }
            """
        },
        // F13: mOld saved, m updated in place, both rescaled, flat.
        {
            "BothRescaledInPlaceFlat", """
            static void F(float[] s, float[] v, float[] o, int n, int t, int d) {
                var acc = new float[d];
                for (int q = 0; q < n; q++) {
                    float m = float.NegativeInfinity, l = 0f;
                    Array.Clear(acc, 0, d);
                    for (int j = 0; j < t; j++) {
                        float mOld = m;
                        m = MathF.Max(m, s[q * t + j]);
                        float a = MathF.Exp(mOld - m);
                        float p = MathF.Exp(s[q * t + j] - m);
                        l = a * l + p;
                        for (int c = 0; c < d; c++) acc[c] = a * acc[c] + p * v[j * d + c];
                    }
                    for (int c = 0; c < d; c++) o[q * d + c] = acc[c] * (1f / l);
                }
            }
            """
        },
        // F14: the accumulator rescaled by a helper.
        {
            "AccumulatorRescaledByHelper", """
            static void Scale(float[] acc, float r) { for (int c = 0; c < acc.Length; c++) acc[c] *= r; }
            static void F(float[][] s, float[][] v, float[][] o) {
                int d = v[0].Length;
                for (int q = 0; q < s.Length; q++) {
                    float m = float.NegativeInfinity, l = 0f;
                    var acc = new float[d];
                    for (int j = 0; j < s[q].Length; j++) {
                        float mNew = MathF.Max(m, s[q][j]);
                        float r = MathF.Exp(m - mNew);
                        Scale(acc, r);
                        float p = MathF.Exp(s[q][j] - mNew);
                        l = l * r + p;
                        for (int c = 0; c < d; c++) acc[c] += p * v[j][c];
                        m = mNew;
                    }
                    for (int c = 0; c < d; c++) o[q][c] = acc[c] / l;
                }
            }
            """
        },
        // F27 (review: "BUG"; numerically correct): runSum above the query loop, runMax restarts at −∞ per query, so the
        // first block's runSum *= exp(runMax - newMax) multiplies by 0 and clears it.
        {
            "SumAboveQueriesClearedByFirstRescale", """
            static void F(float[][] s, float[][] v, float[][] o, int block) {
                int d = v[0].Length;
                float runSum = 0f;
                for (int q = 0; q < s.Length; q++) {
                    float runMax = float.NegativeInfinity;
                    var acc = new float[d];
                    for (int j0 = 0; j0 < s[q].Length; j0 += block) {
                        int end = Math.Min(j0 + block, s[q].Length);
                        float newMax = runMax;
                        for (int j = j0; j < end; j++) newMax = MathF.Max(newMax, s[q][j]);
                        float scale = MathF.Exp(runMax - newMax);
                        runSum *= scale;
                        for (int c = 0; c < d; c++) acc[c] *= scale;
                        for (int j = j0; j < end; j++) {
                            float p = MathF.Exp(s[q][j] - newMax);
                            runSum += p;
                            for (int c = 0; c < d; c++) acc[c] += p * v[j][c];
                        }
                        runMax = newMax;
                    }
                    for (int c = 0; c < d; c++) o[q][c] = acc[c] / runSum;
                }
            }
            """
        },
        // Two-pass with per-query denominators kept in an array, numerator recomputing the exps (F25's correct twin).
        {
            "PerQueryDenominatorsRecomputed2D", """
            static void F(float[,] s, float[,] v, float[,] o) {
                int T = s.GetLength(0), K = s.GetLength(1), d = v.GetLength(1);
                var m = new float[T];
                for (int q = 0; q < T; q++) { m[q] = float.NegativeInfinity; for (int j = 0; j < K; j++) m[q] = MathF.Max(m[q], s[q, j]); }
                var L = new float[T];
                for (int q = 0; q < T; q++) for (int j = 0; j < K; j++) L[q] += MathF.Exp(s[q, j] - m[q]);
                for (int q = 0; q < T; q++)
                    for (int c = 0; c < d; c++) {
                        float acc = 0f;
                        for (int j = 0; j < K; j++) acc += MathF.Exp(s[q, j] - m[q]) * v[j, c];
                        o[q, c] = acc / L[q];
                    }
            }
            """
        },
        // Per-query denominator recomputed inside the query loop, jagged.
        {
            "PerQueryDenominatorRecomputedJagged", """
            static void F(float[][] s, float[][] v, float[][] o) {
                int d = v[0].Length;
                for (int q = 0; q < s.Length; q++) {
                    float m = s[q].Max();
                    float L = 0f;
                    for (int j = 0; j < s[q].Length; j++) L += MathF.Exp(s[q][j] - m);
                    for (int c = 0; c < d; c++) {
                        float acc = 0f;
                        for (int j = 0; j < s[q].Length; j++) acc += MathF.Exp(s[q][j] - m) * v[j][c];
                        o[q][c] = acc / L;
                    }
                }
            }
            """
        },
        // F12's twin, in place, 2D, while loop: the accumulator rescaled too (element-wise *= before the add).
        {
            "BothRescaledInPlaceWhile2D", """
            static void F(double[,] s, double[,] v, double[,] o) {
                int n = s.GetLength(0), t = s.GetLength(1), d = v.GetLength(1);
                for (int q = 0; q < n; q++) {
                    double m = double.NegativeInfinity, l = 0;
                    var acc = new double[d];
                    int j = 0;
                    while (j < t) {
                        double mOld = m;
                        m = Math.Max(m, s[q, j]);
                        double a = Math.Exp(mOld - m);
                        double p = Math.Exp(s[q, j] - m);
                        l = a * l + p;
                        for (int c = 0; c < d; c++) { acc[c] *= a; acc[c] += p * v[j, c]; }
                        j++;
                    }
                    for (int c = 0; c < d; c++) o[q, c] = acc[c] / l;
                }
            }
            """
        },
        // Temporary named next, 2D, copy-back before the rescales, both rescaled by one factor.
        {
            "BothRescaledNext2D", """
            static void F(float[,] s, float[,] v, float[,] o) {
                int n = s.GetLength(0), t = s.GetLength(1), d = v.GetLength(1);
                for (int q = 0; q < n; q++) {
                    float m = float.NegativeInfinity, l = 0f;
                    var acc = new float[d];
                    for (int j = 0; j < t; j++) {
                        float next = MathF.Max(m, s[q, j]);
                        float p = MathF.Exp(s[q, j] - next);
                        float r = MathF.Exp(m - next);
                        m = next;
                        l = l * r + p;
                        for (int c = 0; c < d; c++) acc[c] = acc[c] * r + p * v[j, c];
                    }
                    for (int c = 0; c < d; c++) o[q, c] = acc[c] / l;
                }
            }
            """
        },
        // Scalar output per query (one value column): numerator and sum both rescaled in place, flat, foreach over a row span.
        {
            "BothRescaledScalarNumeratorSpan", """
            static void F(float[] s, float[] v, float[] o, int n, int t) {
                for (int q = 0; q < n; q++) {
                    float m = float.NegativeInfinity, l = 0f, num = 0f;
                    var row = s.AsSpan(q * t, t);
                    int j = 0;
                    foreach (var x in row) {
                        float mNew = MathF.Max(m, x);
                        float r = MathF.Exp(m - mNew);
                        float p = MathF.Exp(x - mNew);
                        l = l * r + p;
                        num = num * r + p * v[j++];
                        m = mNew;
                    }
                    o[q] = num / l;
                }
            }
            """
        },
        // F31: branchy rescale (if (x > m) { r = exp(m - x); …; m = x; }), jagged, index loop: the rescale's m is the max before this step, no logit.
        {
            "BranchyRescaleJagged", """
            static void F(float[][] s, float[][] v, float[][] o) {
                int d = v[0].Length;
                for (int q = 0; q < s.Length; q++) {
                    float m = float.NegativeInfinity, l = 0f;
                    var acc = new float[d];
                    for (int j = 0; j < s[q].Length; j++) {
                        if (s[q][j] > m) { float r = MathF.Exp(m - s[q][j]); l *= r; for (int c = 0; c < d; c++) acc[c] *= r; m = s[q][j]; }
                        float p = MathF.Exp(s[q][j] - m);
                        l += p;
                        for (int c = 0; c < d; c++) acc[c] += p * v[j][c];
                    }
                    for (int c = 0; c < d; c++) o[q][c] = acc[c] / l;
                }
            }
            """
        },
        // Branchy rescale, 2D, while over the keys, the guard written m < x.
        {
            "BranchyRescaleWhile2D", """
            static void F(float[,] s, float[,] v, float[,] o) {
                int n = s.GetLength(0), t = s.GetLength(1), d = v.GetLength(1);
                var acc = new float[d];
                for (int q = 0; q < n; q++) {
                    float m = float.NegativeInfinity, l = 0f;
                    Array.Clear(acc, 0, d);
                    int j = 0;
                    while (j < t) {
                        float x = s[q, j];
                        if (m < x) {
                            float r = MathF.Exp(m - x);
                            l = l * r;
                            for (int c = 0; c < d; c++) acc[c] = acc[c] * r;
                            m = x;
                        }
                        float p = MathF.Exp(x - m);
                        l += p;
                        for (int c = 0; c < d; c++) acc[c] += p * v[j, c];
                        j++;
                    }
                    for (int c = 0; c < d; c++) o[q, c] = acc[c] / l;
                }
            }
            """
        },
        // Branchy rescale inline (no factor local), flat, foreach over a row span, scalar numerator.
        {
            "BranchyRescaleFlatScalarInline", """
            static void F(float[] s, float[] v, float[] o, int n, int t) {
                for (int q = 0; q < n; q++) {
                    float m = float.NegativeInfinity, l = 0f, num = 0f;
                    int j = 0;
                    foreach (var x in s.AsSpan(q * t, t)) {
                        if (x > m) { l *= MathF.Exp(m - x); num *= MathF.Exp(m - x); m = x; }
                        float p = MathF.Exp(x - m);
                        l += p;
                        num += p * v[j++];
                    }
                    o[q] = num / l;
                }
            }
            """
        },
        // Branchy rescale in double through a logit local.
        {
            "BranchyRescaleDouble", """
            static void F(double[][] s, double[][] v, double[][] o) {
                int d = v[0].Length;
                for (int q = 0; q < s.Length; q++) {
                    double m = double.NegativeInfinity, l = 0;
                    var acc = new double[d];
                    for (int j = 0; j < s[q].Length; j++) {
                        double x = s[q][j];
                        if (x > m) {
                            double r = Math.Exp(m - x);
                            l *= r;
                            for (int c = 0; c < d; c++) acc[c] *= r;
                            m = x;
                        }
                        double p = Math.Exp(x - m);
                        l += p;
                        for (int c = 0; c < d; c++) acc[c] += p * v[j][c];
                    }
                    for (int c = 0; c < d; c++) o[q][c] = acc[c] / l;
                }
            }
            """
        },
    };

    [Theory]
    [MemberData(nameof(Buggy))]
    public async Task OnlineAttentionState_IsJudged(string name, string body)
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
