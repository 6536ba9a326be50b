using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Cosine-similarity attention and contrastive softmax: <c>exp(s · dot(q, k_j) / (|q| · |k_j| + eps))</c> normalised over
/// <c>j</c> (review49/vd c32). |cos| ≤ 1 by Cauchy–Schwarz, so with a constant scale s small enough for the element
/// type (float ≤ 64, double ≤ 680) every exp lies in [e^−s, e^s]: the sum neither overflows nor becomes 0/0, whatever
/// the vectors (keys ×1e3, rows offset by ±1000 change no cosine). Silent in every layout (jagged, 2D, flat with
/// strides, spans, foreach, while, LINQ, helpers, local functions; float and double). Reported LG0003 as before: a
/// parameter temperature or scale (<c>/ tau</c>, <c>* logitScale</c>: CLIP's 100 gives e^100 = ∞ in float), a
/// constant too large for float (100f), a numerator that is not the dot of the denominator's vectors
/// (<c>dot(q, k) / |q|</c>, <c>dot(q, k) / (|q| · |v|)</c>, squared norms without the root), and a dot never reset
/// per key (it sums earlier keys' dots: no longer bounded by this key's norm).
/// </summary>
public class SoftmaxModelCosineBoundTests
{
    public static TheoryData<string> CorrectCosines => new()
    {
        // review49/vd c32: jagged keys, eps added to the product of the norms, exp(5·cos) ∈ [e^-5, e^5].
        """
        using System;
        static class C {
            static float[] F(float[] q, float[][] k) {
                float qn = 0f; for (int d = 0; d < q.Length; d++) qn += q[d] * q[d];
                var e = new float[k.Length]; float z = 0f;
                for (int j = 0; j < k.Length; j++) {
                    float dot = 0f, kn = 0f;
                    for (int d = 0; d < q.Length; d++) { dot += q[d] * k[j][d]; kn += k[j][d] * k[j][d]; }
                    e[j] = MathF.Exp(5f * dot / (MathF.Sqrt(qn * kn) + 1e-6f)); z += e[j];
                }
                for (int j = 0; j < e.Length; j++) e[j] /= z;
                return e;
            }
        }
        """,
        // 2D row-major keys, double, two roots and a Max floor, temperature 0.07 as a constant divisor (|s| = 14.3).
        """
        using System;
        static class C {
            static void F(double[] q, double[,] k, double[] w) {
                int n = k.GetLength(0), dim = k.GetLength(1);
                double qq = 0; for (int d = 0; d < dim; d++) qq += q[d] * q[d];
                double z = 0;
                for (int j = 0; j < n; j++) {
                    double dot = 0, kk = 0;
                    for (int d = 0; d < dim; d++) { dot += q[d] * k[j, d]; kk += k[j, d] * k[j, d]; }
                    double cos = dot / Math.Max(Math.Sqrt(qq) * Math.Sqrt(kk), 1e-12);
                    w[j] = Math.Exp(cos / 0.07); z += w[j];
                }
                for (int j = 0; j < n; j++) w[j] /= z;
            }
        }
        """,
        // Flat keys with a row stride, a const temperature field, an InfoNCE batch: one softmax per anchor row i.
        """
        using System;
        static class C {
            const float Temperature = 0.1f;
            static void F(float[] a, float[] b, float[] w, int batch, int dim) {
                for (int i = 0; i < batch; i++) {
                    float an = 0f; for (int d = 0; d < dim; d++) an += a[i * dim + d] * a[i * dim + d];
                    float z = 0f;
                    for (int j = 0; j < batch; j++) {
                        float dot = 0f, bn = 0f;
                        for (int d = 0; d < dim; d++) { dot += a[i * dim + d] * b[j * dim + d]; bn += b[j * dim + d] * b[j * dim + d]; }
                        float sim = dot / (MathF.Sqrt(an) * MathF.Sqrt(bn) + 1e-8f);
                        w[i * batch + j] = MathF.Exp(sim / Temperature); z += w[i * batch + j];
                    }
                    for (int j = 0; j < batch; j++) w[i * batch + j] /= z;
                }
            }
        }
        """,
        // Spans sliced per key, helper methods Dot and Norm, exp(10·cos).
        """
        using System;
        static class C {
            static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b) { float s = 0f; for (int i = 0; i < a.Length; i++) s += a[i] * b[i]; return s; }
            static float Norm(ReadOnlySpan<float> v) { float s = 0f; for (int i = 0; i < v.Length; i++) s += v[i] * v[i]; return MathF.Sqrt(s); }
            static void F(ReadOnlySpan<float> q, float[] keys, Span<float> w, int dim) {
                int n = keys.Length / dim; float z = 0f;
                for (int j = 0; j < n; j++) {
                    ReadOnlySpan<float> row = keys.AsSpan(j * dim, dim);
                    w[j] = MathF.Exp(10f * Dot(q, row) / (Norm(q) * Norm(row) + 1e-6f)); z += w[j];
                }
                for (int j = 0; j < n; j++) w[j] /= z;
            }
        }
        """,
        // foreach for the norms, a for loop for the dot, List<float[]> keys, exp(-8·cos) (a softmin of similarities).
        """
        using System;
        using System.Collections.Generic;
        static class C {
            static float[] F(float[] q, List<float[]> keys) {
                float qn = 0f; foreach (var v in q) qn += v * v;
                var w = new float[keys.Count]; float z = 0f;
                for (int j = 0; j < keys.Count; j++) {
                    float kn = 0f; foreach (var v in keys[j]) kn += v * v;
                    float dot = 0f;
                    for (int d = 0; d < q.Length; d++) dot += q[d] * keys[j][d];
                    w[j] = MathF.Exp(-8f * (dot / (MathF.Sqrt(qn) * MathF.Sqrt(kn) + 1e-6f))); z += w[j];
                }
                for (int j = 0; j < w.Length; j++) w[j] /= z;
                return w;
            }
        }
        """,
        // LINQ: Zip(...).Sum() over Sum(x => x * x) roots, double, scale 20.
        """
        using System;
        using System.Linq;
        static class C {
            static double[] F(double[] q, double[][] keys) {
                double qNorm = Math.Sqrt(q.Sum(x => x * x));
                var e = keys.Select(k => Math.Exp(20 * q.Zip(k, (x, y) => x * y).Sum() / (qNorm * Math.Sqrt(k.Sum(x => x * x)) + 1e-9))).ToArray();
                double z = e.Sum();
                return e.Select(v => v / z).ToArray();
            }
        }
        """,
        // Local functions capturing the query and keys, a while walk for the dot, exp(cos · 30) (an ArcFace-like scale).
        """
        using System;
        static class C {
            static void F(float[] q, float[][] k, float[] w) {
                float Norm(float[] v) { float s = 0f; for (int i = 0; i < v.Length; i++) s += v[i] * v[i]; return MathF.Sqrt(s); }
                float Dot(int j) { float s = 0f; int d = 0; while (d < q.Length) { s += q[d] * k[j][d]; d++; } return s; }
                float z = 0f;
                for (int j = 0; j < k.Length; j++) { w[j] = MathF.Exp(Dot(j) / (Norm(q) * Norm(k[j]) + 1e-6f) * 30f); z += w[j]; }
                for (int j = 0; j < k.Length; j++) w[j] /= z;
            }
        }
        """,
        // A double exp of a constant scale too large for float (100) is fine in double: e^100 ≈ 2.7e43.
        """
        using System;
        static class C {
            static double Dot(double[] a, double[] b) { double s = 0; for (int i = 0; i < a.Length; i++) s += a[i] * b[i]; return s; }
            static double Norm(double[] v) => Math.Sqrt(Dot(v, v));
            static double[] F(double[] q, double[][] k) {
                var w = new double[k.Length]; double z = 0;
                for (int j = 0; j < k.Length; j++) { w[j] = Math.Exp(100 * Dot(q, k[j]) / (Norm(q) * Norm(k[j]) + 1e-12)); z += w[j]; }
                for (int j = 0; j < k.Length; j++) w[j] /= z;
                return w;
            }
        }
        """,
        // A shifted cosine over a constant temperature: exp((cos - 1) / 0.05) ∈ [e^-40, 1]; eps a local constant.
        """
        using System;
        static class C {
            static void F(float[,] q, float[,] k, float[,] w) {
                int n = q.GetLength(0), m = k.GetLength(0), dim = q.GetLength(1);
                float eps = 1e-8f;
                for (int i = 0; i < n; i++) {
                    float qn = 0f; for (int d = 0; d < dim; d++) qn += q[i, d] * q[i, d];
                    float z = 0f;
                    for (int j = 0; j < m; j++) {
                        float dot = 0f, kn = 0f;
                        for (int d = 0; d < dim; d++) { dot += q[i, d] * k[j, d]; kn += k[j, d] * k[j, d]; }
                        float cos = dot / MathF.Max(MathF.Sqrt(qn * kn), eps);
                        w[i, j] = MathF.Exp((cos - 1f) / 0.05f); z += w[i, j];
                    }
                    for (int j = 0; j < m; j++) w[i, j] /= z;
                }
            }
        }
        """,
        // The reciprocal of a constant temperature as a factor (1 / 0.07 = 14.3), norms as Pow, a Select/Sum over Range.
        """
        using System;
        using System.Linq;
        static class C {
            static float[] F(float[] q, float[][] k) {
                int dim = q.Length;
                float qn = MathF.Sqrt(Enumerable.Range(0, dim).Sum(d => MathF.Pow(q[d], 2)));
                var e = new float[k.Length]; float z = 0f;
                for (int j = 0; j < k.Length; j++) {
                    float[] kj = k[j];
                    float kn = MathF.Sqrt(Enumerable.Range(0, dim).Sum(d => kj[d] * kj[d]));
                    float dot = Enumerable.Range(0, dim).Select(d => q[d] * kj[d]).Sum();
                    e[j] = MathF.Exp(dot / (qn * kn + 1e-6f) * (1f / 0.07f)); z += e[j];
                }
                for (int j = 0; j < e.Length; j++) e[j] /= z;
                return e;
            }
        }
        """,
        // Cosine with an explicit row maximum as well: silent on main already, and still silent.
        """
        using System;
        static class C {
            static float[] F(float[] q, float[][] k) {
                float qn = 0f; for (int d = 0; d < q.Length; d++) qn += q[d] * q[d];
                var s = new float[k.Length]; float max = float.NegativeInfinity;
                for (int j = 0; j < k.Length; j++) {
                    float dot = 0f, kn = 0f;
                    for (int d = 0; d < q.Length; d++) { dot += q[d] * k[j][d]; kn += k[j][d] * k[j][d]; }
                    s[j] = 20f * dot / (MathF.Sqrt(qn) * MathF.Sqrt(kn) + 1e-6f); max = MathF.Max(max, s[j]);
                }
                float z = 0f;
                for (int j = 0; j < s.Length; j++) { s[j] = MathF.Exp(s[j] - max); z += s[j]; }
                for (int j = 0; j < s.Length; j++) s[j] /= z;
                return s;
            }
        }
        """,
    };

    public static TheoryData<string> UnboundedTwins => new()
    {
        // A parameter temperature: tau = 0.01 gives exp(100·cos) = ∞ in float for a matching key.
        """
        using System;
        static class C {
            static float[] F(float[] q, float[][] k, float tau) {
                float qn = 0f; for (int d = 0; d < q.Length; d++) qn += q[d] * q[d];
                var e = new float[k.Length]; float z = 0f;
                for (int j = 0; j < k.Length; j++) {
                    float dot = 0f, kn = 0f;
                    for (int d = 0; d < q.Length; d++) { dot += q[d] * k[j][d]; kn += k[j][d] * k[j][d]; }
                    e[j] = MathF.Exp(dot / (MathF.Sqrt(qn * kn) + 1e-6f) / tau); z += e[j]; //~ LG0003
                }
                for (int j = 0; j < e.Length; j++) e[j] /= z;
                return e;
            }
        }
        """,
        // A parameter logit scale (CLIP's exp(logit_scale) = 100): exp(100) overflows float.
        """
        using System;
        static class C {
            static float Dot(float[] a, float[] b) { float s = 0f; for (int i = 0; i < a.Length; i++) s += a[i] * b[i]; return s; }
            static float Norm(float[] v) { float s = 0f; for (int i = 0; i < v.Length; i++) s += v[i] * v[i]; return MathF.Sqrt(s); }
            static void F(float[] image, float[][] texts, float[] p, float logitScale) {
                float z = 0f;
                for (int j = 0; j < texts.Length; j++) { p[j] = MathF.Exp(logitScale * Dot(image, texts[j]) / (Norm(image) * Norm(texts[j]))); z += p[j]; } //~ LG0003
                for (int j = 0; j < texts.Length; j++) p[j] /= z;
            }
        }
        """,
        // A constant scale of 100 in float: e^100 = ∞.
        """
        using System;
        static class C {
            static float Dot(float[] a, float[] b) { float s = 0f; for (int i = 0; i < a.Length; i++) s += a[i] * b[i]; return s; }
            static float Norm(float[] v) { float s = 0f; for (int i = 0; i < v.Length; i++) s += v[i] * v[i]; return MathF.Sqrt(s); }
            static float[] F(float[] q, float[][] k) {
                var w = new float[k.Length]; float z = 0f;
                for (int j = 0; j < k.Length; j++) { w[j] = MathF.Exp(100f * Dot(q, k[j]) / (Norm(q) * Norm(k[j]) + 1e-6f)); z += w[j]; } //~ LG0003
                for (int j = 0; j < k.Length; j++) w[j] /= z;
                return w;
            }
        }
        """,
        // dot(q, k) / |q| only: a projection, as large as |k| (keys ×1e3 overflow).
        """
        using System;
        static class C {
            static float[] F(float[] q, float[][] k) {
                float qn = 0f; for (int d = 0; d < q.Length; d++) qn += q[d] * q[d];
                var e = new float[k.Length]; float z = 0f;
                for (int j = 0; j < k.Length; j++) {
                    float dot = 0f;
                    for (int d = 0; d < q.Length; d++) dot += q[d] * k[j][d];
                    e[j] = MathF.Exp(5f * dot / (MathF.Sqrt(qn) + 1e-6f)); z += e[j]; //~ LG0003
                }
                for (int j = 0; j < e.Length; j++) e[j] /= z;
                return e;
            }
        }
        """,
        // dot(q, k) / (|q| · |v|): the norm of another buffer (v small, k large: unbounded).
        """
        using System;
        static class C {
            static float[] F(float[] q, float[][] k, float[][] v) {
                float qn = 0f; for (int d = 0; d < q.Length; d++) qn += q[d] * q[d];
                var e = new float[k.Length]; float z = 0f;
                for (int j = 0; j < k.Length; j++) {
                    float dot = 0f, vn = 0f;
                    for (int d = 0; d < q.Length; d++) { dot += q[d] * k[j][d]; vn += v[j][d] * v[j][d]; }
                    e[j] = MathF.Exp(5f * dot / (MathF.Sqrt(qn * vn) + 1e-6f)); z += e[j]; //~ LG0003
                }
                for (int j = 0; j < e.Length; j++) e[j] /= z;
                return e;
            }
        }
        """,
        // Squared norms without the root: dot / (|q|² |k|²) is unbounded for short vectors (×1e-3: 1e6 · cos).
        """
        using System;
        static class C {
            static double[] F(double[] q, double[][] k) {
                double qn = 0; for (int d = 0; d < q.Length; d++) qn += q[d] * q[d];
                var e = new double[k.Length]; double z = 0;
                for (int j = 0; j < k.Length; j++) {
                    double dot = 0, kn = 0;
                    for (int d = 0; d < q.Length; d++) { dot += q[d] * k[j][d]; kn += k[j][d] * k[j][d]; }
                    e[j] = Math.Exp(dot / (qn * kn + 1e-12)); z += e[j]; //~ LG0003
                }
                for (int j = 0; j < e.Length; j++) e[j] /= z;
                return e;
            }
        }
        """,
        // The dot is never reset per key: it sums every earlier key's dot, unbounded by this key's norm.
        """
        using System;
        static class C {
            static float[] F(float[] q, float[][] k) {
                float qn = 0f; for (int d = 0; d < q.Length; d++) qn += q[d] * q[d];
                var e = new float[k.Length]; float z = 0f; float dot = 0f;
                for (int j = 0; j < k.Length; j++) {
                    float kn = 0f;
                    for (int d = 0; d < q.Length; d++) { dot += q[d] * k[j][d]; kn += k[j][d] * k[j][d]; }
                    e[j] = MathF.Exp(5f * dot / (MathF.Sqrt(qn * kn) + 1e-6f)); z += e[j]; //~ LG0003
                }
                for (int j = 0; j < e.Length; j++) e[j] /= z;
                return e;
            }
        }
        """,
        // LINQ with a parameter temperature (double): tau = 1e-3 gives exp(1000) = ∞ in double.
        """
        using System;
        using System.Linq;
        static class C {
            static double[] F(double[] q, double[][] keys, double tau) {
                double qNorm = Math.Sqrt(q.Sum(x => x * x));
                var e = keys.Select(k => Math.Exp(q.Zip(k, (x, y) => x * y).Sum() / (qNorm * Math.Sqrt(k.Sum(x => x * x))) / tau)).ToArray(); //~ LG0003
                double z = e.Sum();
                return e.Select(v => v / z).ToArray();
            }
        }
        """,
        // A parameter bias added to the scaled cosine (b = 100: e^110 = ∞ in float): the bound does not survive the sum.
        """
        using System;
        static class C {
            static void F(float[,] q, float[,] k, float[,] w, float b) {
                int n = q.GetLength(0), m = k.GetLength(0), dim = q.GetLength(1);
                for (int i = 0; i < n; i++) {
                    float qn = 0f; for (int d = 0; d < dim; d++) qn += q[i, d] * q[i, d];
                    float z = 0f;
                    for (int j = 0; j < m; j++) {
                        float dot = 0f, kn = 0f;
                        for (int d = 0; d < dim; d++) { dot += q[i, d] * k[j, d]; kn += k[j, d] * k[j, d]; }
                        w[i, j] = MathF.Exp(10f * dot / (MathF.Sqrt(qn * kn) + 1e-6f) + b); z += w[i, j]; //~ LG0003
                    }
                    for (int j = 0; j < m; j++) w[i, j] /= z;
                }
            }
        }
        """,
        // The dot of q with another row (k[j] · k[j + 1]) over the norms of q and k[j]: no Cauchy–Schwarz pair.
        """
        using System;
        static class C {
            static float[] F(float[] q, float[][] k) {
                float qn = 0f; for (int d = 0; d < q.Length; d++) qn += q[d] * q[d];
                var e = new float[k.Length - 1]; float z = 0f;
                for (int j = 0; j + 1 < k.Length; j++) {
                    float dot = 0f, kn = 0f;
                    for (int d = 0; d < q.Length; d++) { dot += k[j + 1][d] * k[j][d]; kn += k[j][d] * k[j][d]; }
                    e[j] = MathF.Exp(5f * dot / (MathF.Sqrt(qn * kn) + 1e-6f)); z += e[j]; //~ LG0003
                }
                for (int j = 0; j < e.Length; j++) e[j] /= z;
                return e;
            }
        }
        """,
    };

    [Theory]
    [MemberData(nameof(CorrectCosines))]
    public async Task ExpOfAConstantTimesACosine_IsSilent(string source) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);

    [Theory]
    [MemberData(nameof(UnboundedTwins))]
    public async Task UnsafeScaleOrWrongDenominator_IsStillLG0003(string source) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
}
