using System.Text.RegularExpressions;
using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// vecdot round 3: a <c>System.Numerics</c> vector call reads exactly like its written-out float twin
/// (SoftmaxModel.VectorScalars.cs): <c>DistanceSquared(a, b)</c> = Σ (a.C − b.C)², <c>Distance</c> its square root,
/// <c>Dot(a, b)</c> = Σ a.C·b.C, <c>v.Length()</c> = √Σ v.C², <c>(a - b).LengthSquared()</c> = Σ (a.C − b.C)².
/// The cases are the review49 vd-cases of families b (true findings) and c (correct code), adapted: each body is written
/// once with <c>«Fn:args»</c> placeholders and expanded twice, to the call and to component arithmetic. Every pair must give
/// the SAME diagnostics (<see cref="CallAndWrittenOut_GiveTheSameDiagnostics"/>); where the reading is right, both give the
/// body's <c>//~ LG000N</c> markers. Labels (numerically, review49 vd.md): every b case gives NaN/Inf for some input (a
/// point/query far from every other, a score above ~88, a row 1000 below a global peak), every c case never does
/// (self-including kernels keep the denominator ≥ 1, cosines lie in [−1, 1], shifts are the slice's own extremum).
/// </summary>
public class SoftmaxModelVectorTwinTests
{
    public static TheoryData<string, string> Buggy() => new()
    {
        // B01: a point far from every centre: 0/0.
        {
            "B01_RawExpNegDistance", """
            static float[] F(Vector2 p, Vector2[] cs, float sigma) {
                var w = new float[cs.Length]; float z = 0f;
                for (int c = 0; c < cs.Length; c++) { w[c] = MathF.Exp(-«Dist2:p|cs[c]» / sigma); z += w[c]; } //~ LG0003
                for (int c = 0; c < cs.Length; c++) w[c] /= z;
                return w;
            }
            """
        },
        // B04: one total over every point.
        {
            "B04_SumNeverResetDsqFlat", """
            static float[] F(Vector3[] pts, Vector3[] cs) {
                int n = pts.Length, k = cs.Length; var w = new float[n * k];
                float z = 0f;
                for (int i = 0; i < n; i++) {
                    float mn = float.MaxValue;
                    for (int c = 0; c < k; c++) mn = MathF.Min(mn, «Dsq3:pts[i]|cs[c]»);
                    for (int c = 0; c < k; c++) { w[i * k + c] = MathF.Exp(mn - «Dsq3:pts[i]|cs[c]»); z += w[i * k + c]; } //~ LG0002
                    for (int c = 0; c < k; c++) w[i * k + c] /= z;
                }
                return w;
            }
            """
        },
        // B05: column max under row sums.
        {
            "B05_MixedAxesColumnMax", """
            static float[,] F(Vector3[] q, Vector3[] k) {
                int n = q.Length, t = k.Length; var y = new float[n, t]; var cm = new float[t];
                for (int j = 0; j < t; j++) { cm[j] = float.NegativeInfinity; for (int i = 0; i < n; i++) cm[j] = MathF.Max(cm[j], «Dot3:q[i]|k[j]»); } //~ LG0004
                for (int i = 0; i < n; i++) {
                    float z = 0f;
                    for (int j = 0; j < t; j++) { y[i, j] = MathF.Exp(«Dot3:q[i]|k[j]» - cm[j]); z += y[i, j]; }
                    for (int j = 0; j < t; j++) y[i, j] /= z;
                }
                return y;
            }
            """
        },
        // B07: raw dot, span, while.
        {
            "B07_RawExpSpanWhile", """
            static void F(Vector4 q, ReadOnlySpan<Vector4> keys, Span<float> y) {
                float z = 0f; int j = 0;
                while (j < keys.Length) { y[j] = MathF.Exp(«Dot4:q|keys[j]»); z += y[j]; j++; } //~ LG0003
                for (j = 0; j < keys.Length; j++) y[j] /= z;
            }
            """
        },
        // B10: GMM responsibilities, far point 0/0.
        {
            "B10_GmmRawLengthSquared", """
            static float[,] F(Vector3[] pts, Vector3[] cs, float s2) {
                var r = new float[pts.Length, cs.Length];
                for (int i = 0; i < pts.Length; i++) {
                    float z = 0f;
                    for (int c = 0; c < cs.Length; c++) { r[i, c] = MathF.Exp(-«LsqD3:pts[i]|cs[c]» / (2f * s2)); z += r[i, c]; } //~ LG0003
                    for (int c = 0; c < cs.Length; c++) r[i, c] /= z;
                }
                return r;
            }
            """
        },
        // B15: whole-matrix max, column softmax, double.
        {
            "B15_ColumnMajorWholeMatrixMax", """
            static double[,] F(Vector2[] q, Vector2[] k) {
                int n = q.Length, t = k.Length; var w = new double[n, t];
                double m = double.NegativeInfinity;
                for (int i = 0; i < n; i++) for (int j = 0; j < t; j++) m = Math.Max(m, «Dot2:q[i]|k[j]»); //~ LG0001
                for (int j = 0; j < t; j++) {
                    double z = 0;
                    for (int i = 0; i < n; i++) { w[i, j] = Math.Exp(«Dot2:q[i]|k[j]» - m); z += w[i, j]; }
                    for (int i = 0; i < n; i++) w[i, j] /= z;
                }
                return w;
            }
            """
        },
        // B16: soft assignment, Parallel.For.
        {
            "B16_ParallelForRawDistance", """
            static float[,] F(Vector2[] pts, Vector2[] cs, float beta) {
                var w = new float[pts.Length, cs.Length];
                System.Threading.Tasks.Parallel.For(0, pts.Length, i => {
                    float z = 0f;
                    for (int c = 0; c < cs.Length; c++) { w[i, c] = MathF.Exp(-beta * «Dsq2:pts[i]|cs[c]»); z += w[i, c]; } //~ LG0003
                    for (int c = 0; c < cs.Length; c++) w[i, c] /= z;
                });
                return w;
            }
            """
        },
        // B20: Dot(q, keys[j] - c): a product with raw q, c no bound.
        {
            "B20_RawDotOfDifferenceParam", """
            static float[] F(Vector3 q, Vector3 c, Vector3[] keys) {
                var e = new float[keys.Length]; float z = 0f;
                for (int j = 0; j < keys.Length; j++) { e[j] = MathF.Exp(«DotD3:q|keys[j]|c»); z += e[j]; } //~ LG0003
                for (int j = 0; j < keys.Length; j++) e[j] /= z;
                return e;
            }
            """
        },
        // B25: far query 0/0.
        {
            "B25_NadarayaWatsonRaw", """
            static float F(Vector2 x, Vector2[] xs, float[] ys, float h) {
                float num = 0f, den = 0f;
                for (int i = 0; i < xs.Length; i++) { float w = MathF.Exp(-«Dsq2:x|xs[i]» / h); num += w * ys[i]; den += w; } //~ LG0003
                return num / den;
            }
            """
        },
        // B26: far point 0/0.
        {
            "B26_RawNegLengthList", """
            static float[] F(Vector2 p, List<Vector2> cs) {
                var w = new float[cs.Count]; float z = 0f;
                for (int c = 0; c < cs.Count; c++) { w[c] = MathF.Exp(-«LenD2:p|cs[c]»); z += w[c]; } //~ LG0003
                for (int c = 0; c < cs.Count; c++) w[c] /= z;
                return w;
            }
            """
        },
        // B36: one batch max, row 1000 below: 0/0.
        {
            "B36_GlobalMaxPlusDistancePenalty", """
            static float[,] F(float[,] x, Vector3[] pos, float alpha) {
                int n = x.GetLength(0); var y = new float[n, n];
                float m = float.NegativeInfinity;
                for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) m = MathF.Max(m, x[i, j]); //~ LG0001
                for (int i = 0; i < n; i++) {
                    float z = 0f;
                    for (int j = 0; j < n; j++) { y[i, j] = MathF.Exp(x[i, j] - m - alpha * «Dist3:pos[i]|pos[j]»); z += y[i, j]; }
                    for (int j = 0; j < n; j++) y[i, j] /= z;
                }
                return y;
            }
            """
        },
        // B37: raw logits overflow.
        {
            "B37_RawLogitsPlusDistancePenalty", """
            static float[] F(float[] x, Vector2 p, Vector2[] pos, float alpha) {
                var e = new float[x.Length]; float z = 0f;
                for (int j = 0; j < x.Length; j++) { e[j] = MathF.Exp(x[j] - alpha * «Dist2:p|pos[j]»); z += e[j]; } //~ LG0003
                for (int j = 0; j < x.Length; j++) e[j] /= z;
                return e;
            }
            """
        },
        // B39: every state far: 0/0.
        {
            "B39_BoltzmannRawEnergyDouble", """
            static double[] F(Vector3[] states, Vector3 p0, float k, double kT) {
                var w = new double[states.Length]; double z = 0;
                for (int s = 0; s < states.Length; s++) { double e = 0.5 * k * «LsqD3:states[s]|p0»; w[s] = Math.Exp(-e / kT); z += w[s]; } //~ LG0003
                for (int s = 0; s < states.Length; s++) w[s] /= z;
                return w;
            }
            """
        },
        // B41: far query 0/0.
        {
            "B41_QueryKernel", """
            static float[] F(Vector3[] q, Vector3[] pos, float[] a, float h2) {
                var r = new float[q.Length];
                for (int i = 0; i < q.Length; i++) {
                    float num = 0f, den = 0f;
                    for (int j = 0; j < pos.Length; j++) {
                        float w = MathF.Exp(-«Dsq3:q[i]|pos[j]» / h2); //~ LG0003
                        num += w * a[j]; den += w;
                    }
                    r[i] = num / den;
                }
                return r;
            }
            """
        },
        // B48: column min as row shift.
        {
            "B48_ColumnMinDistanceAsRowShift", """
            static float[,] F(Vector3[] pts, Vector3[] cs) {
                int n = pts.Length, k = cs.Length; var w = new float[n, k]; var colMin = new float[k];
                for (int c = 0; c < k; c++) { colMin[c] = float.MaxValue; for (int i = 0; i < n; i++) colMin[c] = MathF.Min(colMin[c], «Dsq3:pts[i]|cs[c]»); } //~ LG0004
                for (int i = 0; i < n; i++) {
                    float z = 0f;
                    for (int c = 0; c < k; c++) { w[i, c] = MathF.Exp(colMin[c] - «Dsq3:pts[i]|cs[c]»); z += w[i, c]; }
                    for (int c = 0; c < k; c++) w[i, c] /= z;
                }
                return w;
            }
            """
        },
        // B53: clamped from below only.
        {
            "B53_LowerClampedDotRaw", """
            static float[] F(Vector3 q, Vector3[] k) {
                var e = new float[k.Length]; float z = 0f;
                for (int j = 0; j < k.Length; j++) { e[j] = MathF.Exp(MathF.Max(«Dot3:q|k[j]», -80f)); z += e[j]; } //~ LG0003
                for (int j = 0; j < k.Length; j++) e[j] /= z;
                return e;
            }
            """
        },
        // B58: raw self-attention.
        {
            "B58_SelfAttentionSameArrayRaw", """
            static float[,] F(Vector4[] x) {
                int n = x.Length; var y = new float[n, n];
                for (int i = 0; i < n; i++) {
                    float z = 0f;
                    for (int j = 0; j < n; j++) { y[i, j] = MathF.Exp(«Dot4:x[i]|x[j]»); z += y[i, j]; } //~ LG0003
                    for (int j = 0; j < n; j++) y[i, j] /= z;
                }
                return y;
            }
            """
        },
        // B59: isolated point 0/0.
        {
            "B59_SelfKernelExcludingSelf", """
            static float[,] F(Vector2[] p, float beta) {
                int n = p.Length; var w = new float[n, n];
                for (int i = 0; i < n; i++) {
                    float z = 0f;
                    for (int j = 0; j < n; j++) { if (j == i) continue; w[i, j] = MathF.Exp(-beta * «Dsq2:p[i]|p[j]»); z += w[i, j]; } //~ LG0003
                    for (int j = 0; j < n; j++) w[i, j] /= z;
                }
                return w;
            }
            """
        },
    };

    public static TheoryData<string, string> Correct() => new()
    {
        // C02: cosine in [-1, 1].
        {
            "C02_CosineDivLengths", """
            static float[] F(Vector3 q, Vector3[] k) {
                var e = new float[k.Length]; float z = 0f;
                float ql = «Len3:q»;
                for (int j = 0; j < k.Length; j++) {
                    float cos = «Dot3:q|k[j]» / (ql * «Len3:k[j]» + 1e-6f);
                    e[j] = MathF.Exp(5f * cos); z += e[j];
                }
                for (int j = 0; j < e.Length; j++) e[j] /= z;
                return e;
            }
            """
        },
        // C03: distance only as a mask.
        {
            "C03_PositionsRadiusMask", """
            static float[] F(Vector3 p, Vector3[] pos, float[] logits, float r2) {
                var w = new float[pos.Length];
                float m = float.NegativeInfinity;
                for (int j = 0; j < pos.Length; j++) if («Dsq3:p|pos[j]» < r2) m = MathF.Max(m, logits[j]);
                float z = 0f;
                for (int j = 0; j < pos.Length; j++) {
                    if («Dsq3:p|pos[j]» < r2) { w[j] = MathF.Exp(logits[j] - m); z += w[j]; }
                }
                if (z > 0f) for (int j = 0; j < w.Length; j++) w[j] /= z;
                return w;
            }
            """
        },
        // C05: per-point nearest through a helper.
        {
            "C05_HelperDistancePerPointMin", """
            static float D(Vector3 a, Vector3 b) => «Dist3:a|b»;
            static float[,] F(Vector3[] pts, Vector3[] cs, float s) {
                var w = new float[pts.Length, cs.Length];
                for (int i = 0; i < pts.Length; i++) {
                    float best = float.MaxValue;
                    for (int c = 0; c < cs.Length; c++) best = MathF.Min(best, D(pts[i], cs[c]));
                    float z = 0f;
                    for (int c = 0; c < cs.Length; c++) { w[i, c] = MathF.Exp((best - D(pts[i], cs[c])) / s); z += w[i, c]; }
                    for (int c = 0; c < cs.Length; c++) w[i, c] /= z;
                }
                return w;
            }
            """
        },
        // C06: clamped.
        {
            "C06_DotMathClamp", """
            static float[] F(Vector4 q, Vector4[] k) {
                var e = new float[k.Length]; float z = 0f;
                for (int j = 0; j < k.Length; j++) { e[j] = MathF.Exp(Math.Clamp(«Dot4:q|k[j]», -30f, 30f)); z += e[j]; }
                for (int j = 0; j < k.Length; j++) e[j] /= z;
                return e;
            }
            """
        },
        // C13: span's own max.
        {
            "C13_SpanScoresDouble", """
            static void F(Vector3 q, ReadOnlySpan<Vector3> keys, Span<double> y) {
                Span<double> s = keys.Length <= 256 ? stackalloc double[keys.Length] : new double[keys.Length];
                for (int j = 0; j < keys.Length; j++) s[j] = «Dot3:q|keys[j]»;
                double m = double.NegativeInfinity; int t = 0;
                while (t < s.Length) { if (s[t] > m) m = s[t]; t++; }
                double z = 0;
                for (int j = 0; j < s.Length; j++) { y[j] = Math.Exp(s[j] - m); z += y[j]; }
                for (int j = 0; j < s.Length; j++) y[j] /= z;
            }
            """
        },
        // C16: each row's own max, flat, while.
        {
            "C16_WhileFlatStride", """
            static float[] F(Vector2[] q, Vector2[] k) {
                int n = q.Length, t = k.Length; var y = new float[n * t];
                int i = 0;
                while (i < n) {
                    float m = float.NegativeInfinity; int j = 0;
                    while (j < t) { m = MathF.Max(m, «Dot2:q[i]|k[j]»); j++; }
                    float z = 0f; j = 0;
                    while (j < t) { y[i * t + j] = MathF.Exp(«Dot2:q[i]|k[j]» - m); z += y[i * t + j]; j++; }
                    for (j = 0; j < t; j++) y[i * t + j] /= z;
                    i++;
                }
                return y;
            }
            """
        },
        // C21: row's own max of the same expression.
        {
            "C21_DotOfDifferenceShifted", """
            static float[] F(Vector3 q, Vector3 c, Vector3[] keys) {
                var e = new float[keys.Length];
                float m = float.NegativeInfinity;
                for (int j = 0; j < keys.Length; j++) m = MathF.Max(m, «DDot3:q|c|keys[j]»);
                float z = 0f;
                for (int j = 0; j < keys.Length; j++) { e[j] = MathF.Exp(«DDot3:q|c|keys[j]» - m); z += e[j]; }
                for (int j = 0; j < keys.Length; j++) e[j] /= z;
                return e;
            }
            """
        },
        // C22: stored per row, own max.
        {
            "C22_DistanceBiasedAttention", """
            static float[,] F(Vector3[] q, Vector3[] k, Vector3[] pos, float s, float alpha) {
                int n = q.Length; var y = new float[n, n]; var sc = new float[n];
                for (int i = 0; i < n; i++) {
                    float m = float.NegativeInfinity;
                    for (int j = 0; j < n; j++) { sc[j] = «Dot3:q[i]|k[j]» * s - alpha * «Dist3:pos[i]|pos[j]»; if (sc[j] > m) m = sc[j]; }
                    float z = 0f;
                    for (int j = 0; j < n; j++) { y[i, j] = MathF.Exp(sc[j] - m); z += y[i, j]; }
                    for (int j = 0; j < n; j++) y[i, j] /= z;
                }
                return y;
            }
            """
        },
        // C26: nearest centre per point.
        {
            "C26_ShiftedByLenSqBound", """
            static float[][] F(Vector3[] pts, Vector3[] cs) {
                var r = new float[cs.Length][];
                for (int c = 0; c < cs.Length; c++) r[c] = new float[pts.Length];
                for (int i = 0; i < pts.Length; i++) {
                    float best = float.PositiveInfinity;
                    for (int c = 0; c < cs.Length; c++) { var d = pts[i] - cs[c]; best = MathF.Min(best, «Lsq3:d»); }
                    float z = 0f;
                    for (int c = 0; c < cs.Length; c++) { var d = pts[i] - cs[c]; r[c][i] = MathF.Exp(best - «Lsq3:d»); z += r[c][i]; }
                    for (int c = 0; c < cs.Length; c++) r[c][i] /= z;
                }
                return r;
            }
            """
        },
        // C27: unit vectors.
        {
            "C27_CosineViaDivideByLength", """
            static float[] F(Vector3 q, Vector3[] keys) {
                Vector3 uq = q / «Len3:q»;
                var e = new float[keys.Length]; float z = 0f;
                for (int j = 0; j < keys.Length; j++) { Vector3 uk = keys[j] / «Len3:keys[j]»; e[j] = MathF.Exp(10f * «Dot3:uq|uk»); z += e[j]; }
                for (int j = 0; j < keys.Length; j++) e[j] /= z;
                return e;
            }
            """
        },
        // C36: online softmax.
        {
            "C36_OnlineSoftmaxDot", """
            static Vector3 F(Vector3 q, Vector3[] keys, Vector3[] vals) {
                float m = float.NegativeInfinity, z = 0f; Vector3 acc = Vector3.Zero;
                for (int j = 0; j < keys.Length; j++) {
                    float s = «Dot3:q|keys[j]»;
                    float mNew = MathF.Max(m, s);
                    float scale = MathF.Exp(m - mNew), p = MathF.Exp(s - mNew);
                    z = z * scale + p; acc = acc * scale + p * vals[j];
                    m = mNew;
                }
                return acc / z;
            }
            """
        },
        // C41: online softmax, scalar acc.
        {
            "C41_OnlineSoftmaxDotScalarAcc", """
            static float F(Vector2 q, Vector2[] keys, float[] v) {
                float m = float.NegativeInfinity, z = 0f, acc = 0f;
                for (int j = 0; j < keys.Length; j++) {
                    float s = «Dot2:q|keys[j]»;
                    float mNew = MathF.Max(m, s);
                    float scale = MathF.Exp(m - mNew), p = MathF.Exp(s - mNew);
                    z = z * scale + p; acc = acc * scale + p * v[j];
                    m = mNew;
                }
                return acc / z;
            }
            """
        },
        // C48: self term: den >= 1.
        {
            "C48_SphShepardRadiusBounded", """
            static float[] F(Vector3[] pos, float[] a, float h) {
                float h2 = h * h; var r = new float[pos.Length];
                for (int i = 0; i < pos.Length; i++) {
                    float num = 0f, den = 0f;
                    for (int j = 0; j < pos.Length; j++) {
                        float d2 = «Dsq3:pos[i]|pos[j]»;
                        if (d2 >= h2) continue;
                        float w = MathF.Exp(-d2 / h2);
                        num += w * a[j]; den += w;
                    }
                    r[i] = num / den;
                }
                return r;
            }
            """
        },
        // C55: guarded sum.
        {
            "C55_GuardedKernelDsq", """
            static float[] F(Vector3 p, Vector3[] cs, float tau) {
                var w = new float[cs.Length]; float z = 0f;
                for (int c = 0; c < cs.Length; c++) { w[c] = MathF.Exp(-«Dsq3:p|cs[c]» / tau); z += w[c]; }
                for (int c = 0; c < cs.Length; c++) w[c] /= z + 1e-12f;
                return w;
            }
            """
        },
        // C57: guarded division.
        {
            "C57_GuardedKernelDistanceIfPositive", """
            static float[] F(Vector2 p, Vector2[] cs, float tau) {
                var w = new float[cs.Length]; float z = 0f;
                for (int c = 0; c < cs.Length; c++) { w[c] = MathF.Exp(-«Dist2:p|cs[c]» / tau); z += w[c]; }
                if (z > 1e-10f) for (int c = 0; c < cs.Length; c++) w[c] /= z;
                return w;
            }
            """
        },
        // C59: centre in the window: den >= 1.
        {
            "C59_BilateralVec3ColoursCentreIncluded", """
            static Vector3[] F(Vector3[] img, int width, int height, int r, float s) {
                var o = new Vector3[img.Length];
                for (int y = 0; y < height; y++) for (int x = 0; x < width; x++) {
                    int c = y * width + x; Vector3 acc = Vector3.Zero; float den = 0f;
                    for (int dy = -r; dy <= r; dy++) for (int dx = -r; dx <= r; dx++) {
                        int yy = Math.Clamp(y + dy, 0, height - 1), xx = Math.Clamp(x + dx, 0, width - 1);
                        int q = yy * width + xx;
                        float w = MathF.Exp(-«Dsq3:img[c]|img[q]» / s);
                        acc += w * img[q]; den += w;
                    }
                    o[c] = acc / den;
                }
                return o;
            }
            """
        },
        // C61: self term: den >= 1.
        {
            "C61_MeanShiftSelfIncluded", """
            static float[] F(Vector3[] pos, float[] a, float h2) {
                var r = new float[pos.Length];
                for (int i = 0; i < pos.Length; i++) {
                    float num = 0f, den = 0f;
                    for (int j = 0; j < pos.Length; j++) {
                        float w = MathF.Exp(-«Dsq3:pos[i]|pos[j]» / h2);
                        num += w * a[j]; den += w;
                    }
                    r[i] = num / den;
                }
                return r;
            }
            """
        },
        // C61: self term via foreach over the same list: den >= 1.
        {
            "C61b_MeanShiftSelfIncludedListDouble", """
            static double[] F(List<Vector2> pts, double[] a, double h2) {
                var r = new double[pts.Count];
                for (int i = 0; i < pts.Count; i++) {
                    double num = 0, den = 0;
                    var pi = pts[i];
                    foreach (var pj in pts) {
                        double w = Math.Exp(-«Dsq2:pi|pj» / h2);
                        num += w * a[i]; den += w;
                    }
                    r[i] = num / den;
                }
                return r;
            }
            """
        },
        // C61: Laplacian kernel, self term: den >= 1.
        {
            "C61c_MeanShiftSelfIncludedLength", """
            static float[] F(Vector4[] pos, float[] a, float h) {
                var r = new float[pos.Length];
                for (int i = 0; i < pos.Length; i++) {
                    float num = 0f, den = 0f;
                    for (int j = 0; j < pos.Length; j++) {
                        float w = MathF.Exp(-«LenD4:pos[i]|pos[j]» / h);
                        num += w * a[j]; den += w;
                    }
                    r[i] = num / den;
                }
                return r;
            }
            """
        },
        // C73: own row max.
        {
            "C73_SelfAttentionSameArrayRowMax", """
            static float[,] F(Vector4[] x) {
                int n = x.Length; var y = new float[n, n];
                for (int i = 0; i < n; i++) {
                    float m = float.NegativeInfinity;
                    for (int j = 0; j < n; j++) m = MathF.Max(m, «Dot4:x[i]|x[j]»);
                    float z = 0f;
                    for (int j = 0; j < n; j++) { y[i, j] = MathF.Exp(«Dot4:x[i]|x[j]» - m); z += y[i, j]; }
                    for (int j = 0; j < n; j++) y[i, j] /= z;
                }
                return y;
            }
            """
        },
    };

    /// <summary>
    /// Buggy kernels whose subtracted value is data or a vector parameter (<c>exp(-|q[i] - pos[j]|²)</c>,
    /// <c>exp(Dot(q, keys[j] - c))</c>, a column minimum of <c>|pts[i] - cs[c]|²</c>): main reads the written-out
    /// difference <c>q[i].X - pos[j].X</c> / <c>keys[j].X - c.X</c> as a possible shift (a value passed in to subtract),
    /// so neither form is reported. Round 2 reported the call form only (its shifts cleared), at the cost of false LG0003
    /// on the self-including kernels (C48, C59, C61) whose written-out twins are silent. Telling a shift from a second
    /// data operand is branch outer's reading of outer differences. (A difference from a vector PARAMETER that reads no
    /// data, <c>p - cs[c]</c>, is the data negated in both forms, as <c>1 - mask[i]</c>: B01, B25, B26 are found.)
    /// </summary>
    private static readonly string[] MissedAsMainMissesTheWrittenOut =
    {
        "B10_GmmRawLengthSquared", "B16_ParallelForRawDistance", "B20_RawDotOfDifferenceParam", "B39_BoltzmannRawEnergyDouble",
        "B41_QueryKernel", "B48_ColumnMinDistanceAsRowShift", "B59_SelfKernelExcludingSelf",
    };

    /// <summary>
    /// Found since the outer-difference reading (integration int50) through the vector call, whose distance is one
    /// subtraction of two vectors (OuterDifferences.cs reads its site), while the written-out sum of squared component
    /// differences <c>(p.X - c.X) * (p.X - c.X) + …</c> is still missed: the one gap where the two forms differ.
    /// </summary>
    private static readonly string[] FoundThroughTheCallOnly = { "B10_GmmRawLengthSquared", "B16_ParallelForRawDistance", "B41_QueryKernel" };

    /// <summary>Main's own false reports, reached the same way in both forms (plain-float twins c32, c40, c42 report too): branches cosine / online.</summary>
    private static readonly string[] MainFalseReports = { "C02_CosineDivLengths", "C27_CosineViaDivideByLength", "C36_OnlineSoftmaxDot", "C41_OnlineSoftmaxDotScalarAcc" };

    public static TheoryData<string, string> All()
    {
        var data = Filter(Buggy(), _ => true);
        foreach (var row in Correct())
        {
            data.Add((string)row[0], (string)row[1]);
        }

        return data;
    }

    /// <summary>Still missed after the outer-difference reading: a difference from a vector parameter (B20, B39) and a self kernel that skips j == i (B59).</summary>
    private static readonly string[] StillMissed = { "B20_RawDotOfDifferenceParam", "B39_BoltzmannRawEnergyDouble", "B59_SelfKernelExcludingSelf" };

    /// <summary>Vector cosines (<c>Dot(q, k) / (q.Length() * k.Length())</c>, unit vectors from <c>v / v.Length()</c>): read by the cosine bound since VectorCosines.cs.</summary>
    private static readonly string[] VectorCosines = { "C02_CosineDivLengths", "C27_CosineViaDivideByLength" };

    public static TheoryData<string, string> BuggyMissedNowFound() => Filter(BuggyMissed(), name => !StillMissed.Contains(name));

    public static TheoryData<string, string> BuggyStillMissed() => Filter(BuggyMissed(), name => StillMissed.Contains(name));

    public static TheoryData<string, string> OnlineSoftmaxes() => Filter(CorrectReportedOnMain(), name => !VectorCosines.Contains(name));

    public static TheoryData<string, string> VectorCosineCases() => Filter(CorrectReportedOnMain(), name => VectorCosines.Contains(name));

    public static TheoryData<string, string> AllButCallOnly() => Filter(All(), name => !FoundThroughTheCallOnly.Contains(name));

    public static TheoryData<string, string> CallOnly() => Filter(Buggy(), name => FoundThroughTheCallOnly.Contains(name));

    public static TheoryData<string, string> BuggyFound() => Filter(Buggy(), name => !MissedAsMainMissesTheWrittenOut.Contains(name));

    public static TheoryData<string, string> BuggyMissed() => Filter(Buggy(), name => MissedAsMainMissesTheWrittenOut.Contains(name));

    public static TheoryData<string, string> CorrectSilent() => Filter(Correct(), name => !MainFalseReports.Contains(name));

    public static TheoryData<string, string> CorrectReportedOnMain() => Filter(Correct(), name => MainFalseReports.Contains(name));

    [Theory]
    [MemberData(nameof(AllButCallOnly))]
    public async Task CallAndWrittenOut_GiveTheSameDiagnostics(string name, string body)
    {
        _ = name;
        var call = await ReciprocalSnippets.Reported(Wrap(Expand(body, writtenOut: false)));
        var written = await ReciprocalSnippets.Reported(Wrap(Expand(body, writtenOut: true)));
        Assert.Equal(written, call);
    }

    [Theory]
    [MemberData(nameof(BuggyFound))]
    public async Task BuggyCall_GetsItsMarkers(string name, string body)
    {
        _ = name;
        var source = Wrap(Expand(body, writtenOut: false));
        Assert.Equal(ReciprocalSnippets.Expected(source), await ReciprocalSnippets.Reported(source));
    }

    [Theory]
    [MemberData(nameof(BuggyFound))]
    public async Task BuggyWrittenOut_GetsItsMarkers(string name, string body)
    {
        _ = name;
        var source = Wrap(Expand(body, writtenOut: true));
        Assert.Equal(ReciprocalSnippets.Expected(source), await ReciprocalSnippets.Reported(source));
    }

    [Theory]
    [MemberData(nameof(BuggyMissedNowFound))]
    public async Task BuggyDistanceKernel_GetsItsMarkers(string name, string body)
    {
        _ = name;
        var source = Wrap(Expand(body, writtenOut: false));
        Assert.Equal(ReciprocalSnippets.Expected(source), await ReciprocalSnippets.Reported(source));
    }

    [Theory(Skip = "known gap after outer differences: a difference from a vector parameter (keys[j] - c, states[i] - p0) is still read as a possible shift; a self kernel skipping j == i is bounded-looking")]
    [MemberData(nameof(BuggyStillMissed))]
    public async Task BuggyDistanceKernelStillMissed_GetsItsMarkers(string name, string body)
    {
        _ = name;
        var source = Wrap(Expand(body, writtenOut: false));
        Assert.Equal(ReciprocalSnippets.Expected(source), await ReciprocalSnippets.Reported(source));
    }

    [Theory]
    [MemberData(nameof(CallOnly))]
    public async Task BuggyDistanceCall_FoundThroughOuterDifferences(string name, string body)
    {
        _ = name;
        var source = Wrap(Expand(body, writtenOut: false));
        Assert.Equal(ReciprocalSnippets.Expected(source), await ReciprocalSnippets.Reported(source));
    }

    [Theory]
    [MemberData(nameof(CorrectSilent))]
    public async Task CorrectCall_StaysSilent(string name, string body)
    {
        _ = name;
        Assert.Equal(string.Empty, await ReciprocalSnippets.Reported(Wrap(Expand(body, writtenOut: false))));
    }

    [Theory]
    [MemberData(nameof(CorrectSilent))]
    public async Task CorrectWrittenOut_StaysSilent(string name, string body)
    {
        _ = name;
        Assert.Equal(string.Empty, await ReciprocalSnippets.Reported(Wrap(Expand(body, writtenOut: true))));
    }

    [Theory]
    [MemberData(nameof(OnlineSoftmaxes))]
    public async Task OnlineSoftmax_StaysSilent(string name, string body)
    {
        _ = name;
        Assert.Equal(string.Empty, await ReciprocalSnippets.Reported(Wrap(Expand(body, writtenOut: false))));
    }

    [Theory]
    [MemberData(nameof(VectorCosineCases))]
    public async Task VectorCosine_StaysSilent(string name, string body)
    {
        _ = name;
        Assert.Equal(string.Empty, await ReciprocalSnippets.Reported(Wrap(Expand(body, writtenOut: false))));
    }

    private static TheoryData<string, string> Filter(TheoryData<string, string> cases, Func<string, bool> keep)
    {
        var data = new TheoryData<string, string>();
        foreach (var row in cases)
        {
            if (keep((string)row[0]))
            {
                data.Add((string)row[0], (string)row[1]);
            }
        }

        return data;
    }

    /// <summary>A body of static methods in a compilable file with <c>System.Numerics</c>.</summary>
    private static string Wrap(string body) =>
        "using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing System.Numerics;\nstatic class C {\n" + body + "\n}\n";

    /// <summary>
    /// <c>«Fn:a|b»</c> (N = 2, 3, 4 components) as the call or as component arithmetic: <c>DotN</c> <c>Dot(a, b)</c>,
    /// <c>DsqN</c> <c>DistanceSquared(a, b)</c>, <c>DistN</c> <c>Distance(a, b)</c>, <c>LsqDN</c> <c>(a - b).LengthSquared()</c>,
    /// <c>LenDN</c> <c>(a - b).Length()</c>, <c>LenN:v</c> <c>v.Length()</c>, <c>LsqN:v</c> <c>v.LengthSquared()</c>,
    /// <c>DotDN:a|b|c</c> <c>Dot(a, b - c)</c>, <c>DDotN:a|c|b</c> <c>Dot(a - c, b)</c>.
    /// </summary>
    private static string Expand(string body, bool writtenOut) =>
        Regex.Replace(body, "«(\\w+?)(\\d):([^»]*)»", match =>
        {
            var (fn, size) = (match.Groups[1].Value, match.Groups[2].Value[0] - '0');
            var args = match.Groups[3].Value.Split('|');
            var components = new[] { "X", "Y", "Z", "W" }.Take(size).ToArray();
            string Sum(Func<string, string> term) => "(" + string.Join(" + ", components.Select(term)) + ")";
            string SquaredDifference(string a, string b) => Sum(c => $"({a}.{c} - {b}.{c}) * ({a}.{c} - {b}.{c})");
            return (fn, writtenOut) switch
            {
                ("Dot", false) => $"Vector{size}.Dot({args[0]}, {args[1]})",
                ("Dot", true) => Sum(c => $"{args[0]}.{c} * {args[1]}.{c}"),
                ("Dsq", false) => $"Vector{size}.DistanceSquared({args[0]}, {args[1]})",
                ("Dsq", true) => SquaredDifference(args[0], args[1]),
                ("Dist", false) => $"Vector{size}.Distance({args[0]}, {args[1]})",
                ("Dist", true) => "MathF.Sqrt" + SquaredDifference(args[0], args[1]),
                ("LsqD", false) => $"({args[0]} - {args[1]}).LengthSquared()",
                ("LsqD", true) => SquaredDifference(args[0], args[1]),
                ("LenD", false) => $"({args[0]} - {args[1]}).Length()",
                ("LenD", true) => "MathF.Sqrt" + SquaredDifference(args[0], args[1]),
                ("Len", false) => $"{args[0]}.Length()",
                ("Len", true) => "MathF.Sqrt" + Sum(c => $"{args[0]}.{c} * {args[0]}.{c}"),
                ("Lsq", false) => $"{args[0]}.LengthSquared()",
                ("Lsq", true) => Sum(c => $"{args[0]}.{c} * {args[0]}.{c}"),
                ("DotD", false) => $"Vector{size}.Dot({args[0]}, {args[1]} - {args[2]})",
                ("DotD", true) => Sum(c => $"{args[0]}.{c} * ({args[1]}.{c} - {args[2]}.{c})"),
                ("DDot", false) => $"Vector{size}.Dot({args[0]} - {args[1]}, {args[2]})",
                ("DDot", true) => Sum(c => $"({args[0]}.{c} - {args[1]}.{c}) * {args[2]}.{c}"),
                _ => throw new ArgumentException(match.Value),
            };
        });
}
