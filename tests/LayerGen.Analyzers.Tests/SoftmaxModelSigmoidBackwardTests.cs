using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The logistic (sigmoid) <c>p = 1 / (1 + exp(-z))</c>, <c>e / (1 + e)</c> or <c>e * (1 / (1 + e))</c> with
/// <c>e = exp(z)</c> is a two-class softmax with one free logit, so its derivative <c>p(1 - p)</c> is exact: LG0007 must
/// stay silent on a sigmoid's backward in every spelling (fields, batches, helpers, float, recurrent gates, logistic
/// regression's gradient and Newton weight). An n-class softmax (exps of a row divided by the row's sum, also with a
/// reference category <c>1 + Σ e</c>) whose backward uses <c>y(1 - y)</c> keeps its LG0007. LG0003 (decided, stop 39):
/// a forward written as the unstable logistic <c>e / (1 + e)</c> with an un-shifted <c>e = exp(z)</c> of data is
/// reported (NaN once exp overflows, SoftmaxModelUnstableLogisticTests); those cases keep their source and expect LG0003
/// beside the absent LG0007. The saturating <c>1 / (1 + exp(-z))</c> and the branch-stable form stay silent.
/// </summary>
public class SoftmaxModelSigmoidBackwardTests
{
    /// <summary>Sigmoid code: the ids it must report (never LG0007; LG0003 where the forward is the unstable <c>e / (1 + e)</c>).</summary>
    public static TheoryData<string, string, string> Sigmoids() => new()
    {
        {
            "field, reciprocal form", "",
            """
            using System;
            class Layer {
                double[] _y = Array.Empty<double>();
                public void Forward(double[] x) { _y = new double[x.Length]; for (int i = 0; i < x.Length; i++) _y[i] = 1.0 / (1.0 + Math.Exp(-x[i])); }
                public void Backward(double[] dy, double[] dx) { for (int i = 0; i < dy.Length; i++) dx[i] = dy[i] * _y[i] * (1 - _y[i]); }
            }
            """
        },
        {
            "one method, exp over one plus exp", "LG0003",
            """
            using System;
            static class C {
                static void F(double[] x, double[] dy, double[] dx) {
                    for (int i = 0; i < x.Length; i++) {
                        double e = Math.Exp(x[i]);
                        double p = e / (1 + e);
                        dx[i] = dy[i] * p * (1 - p);
                    }
                }
            }
            """
        },
        {
            "one method, exp times reciprocal of one plus exp", "LG0003",
            """
            using System;
            static class C {
                static void F(double[] x, double[] dy, double[] dx) {
                    for (int i = 0; i < x.Length; i++) {
                        double e = Math.Exp(x[i]);
                        double inv = 1 / (1 + e);
                        double p = e * inv;
                        dx[i] = dy[i] * p * (1 - p);
                    }
                }
            }
            """
        },
        {
            "one method, denominator in a local", "LG0003",
            """
            using System;
            static class C {
                static void F(double[] x, double[] dy, double[] dx, double[] y) {
                    for (int i = 0; i < x.Length; i++) {
                        double e = Math.Exp(x[i]);
                        double s = 1.0 + e;
                        y[i] = e / s;
                    }
                    for (int i = 0; i < x.Length; i++) dx[i] = dy[i] * y[i] * (1.0 - y[i]);
                }
            }
            """
        },
        {
            "exp stored in a buffer, then e / (1 + e)", "LG0003",
            """
            using System;
            static class C {
                static void F(double[] x, double[] dy, double[] dx, double[] y) {
                    var e = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) e[i] = Math.Exp(x[i]);
                    for (int i = 0; i < x.Length; i++) y[i] = e[i] / (1 + e[i]);
                    for (int i = 0; i < x.Length; i++) dx[i] = dy[i] * (y[i] - y[i] * y[i]);
                }
            }
            """
        },
        {
            "helper Sigmoid(double)", "",
            """
            using System;
            static class C {
                static double Sigmoid(double z) => 1.0 / (1.0 + Math.Exp(-z));
                static void F(double[] x, double[] dy, double[] dx) {
                    for (int i = 0; i < x.Length; i++) {
                        double p = Sigmoid(x[i]);
                        dx[i] = dy[i] * p * (1 - p);
                    }
                }
            }
            """
        },
        {
            "helper Logistic(double) as e / (1 + e)", "LG0003",
            """
            using System;
            static class C {
                static double Logistic(double z) { double e = Math.Exp(z); return e / (1 + e); }
                static double Derivative(double v) => v * (1 - v);
                static void F(double[] x, double[] dy, double[] dx) {
                    for (int i = 0; i < x.Length; i++) dx[i] = dy[i] * Derivative(Logistic(x[i]));
                }
            }
            """
        },
        {
            "MathF over a batch, 2-D", "",
            """
            using System;
            static class C {
                static void F(float[,] z, float[,] dy, float[,] dz) {
                    int rows = z.GetLength(0), cols = z.GetLength(1);
                    var p = new float[rows, cols];
                    for (int r = 0; r < rows; r++)
                        for (int c = 0; c < cols; c++)
                            p[r, c] = 1f / (1f + MathF.Exp(-z[r, c]));
                    for (int r = 0; r < rows; r++)
                        for (int c = 0; c < cols; c++)
                            dz[r, c] = dy[r, c] * p[r, c] * (1f - p[r, c]);
                }
            }
            """
        },
        {
            "batch of e / (1 + e), flat, float", "LG0003",
            """
            using System;
            static class C {
                static void F(float[] z, float[] dy, float[] dz, int rows, int cols) {
                    var p = new float[rows * cols];
                    for (int r = 0; r < rows; r++)
                        for (int c = 0; c < cols; c++) {
                            float e = MathF.Exp(z[r * cols + c]);
                            p[r * cols + c] = e / (1f + e);
                        }
                    for (int k = 0; k < p.Length; k++) dz[k] = dy[k] * p[k] * (1f - p[k]);
                }
            }
            """
        },
        {
            "GRU gates", "",
            """
            using System;
            static class Gru {
                static double Sigmoid(double v) => 1 / (1 + Math.Exp(-v));
                static void Step(double[] x, double[] h, double[] wz, double[] wr, double[] dh, double[] dz, double[] dr, double[] hNew) {
                    for (int i = 0; i < h.Length; i++) {
                        double z = Sigmoid(wz[i] * x[i] + h[i]);
                        double r = 1 / (1 + Math.Exp(-(wr[i] * x[i] + h[i])));
                        double c = Math.Tanh(x[i] + r * h[i]);
                        hNew[i] = (1 - z) * h[i] + z * c;
                        dz[i] = dh[i] * (c - h[i]) * z * (1 - z);
                        dr[i] = dh[i] * z * (1 - c * c) * h[i] * r * (1 - r);
                    }
                }
            }
            """
        },
        {
            "LSTM gates, jagged, float", "",
            """
            using System;
            class Lstm {
                float[][] _gates = Array.Empty<float[]>();
                public void Forward(float[][] pre) {
                    _gates = new float[pre.Length][];
                    for (int t = 0; t < pre.Length; t++) {
                        _gates[t] = new float[pre[t].Length];
                        for (int g = 0; g < pre[t].Length; g++) _gates[t][g] = 1f / (1f + MathF.Exp(-pre[t][g]));
                    }
                }
                public void Backward(float[][] dGate, float[][] dPre) {
                    for (int t = 0; t < dGate.Length; t++)
                        for (int g = 0; g < dGate[t].Length; g++)
                            dPre[t][g] = dGate[t][g] * _gates[t][g] * (1f - _gates[t][g]);
                }
            }
            """
        },
        {
            "logistic regression gradient and Newton weight", "",
            """
            using System;
            static class LogisticRegression {
                static void Step(double[][] x, double[] y, double[] w, double[] grad, double[] hessianDiagonal) {
                    for (int i = 0; i < x.Length; i++) {
                        double dot = 0;
                        for (int j = 0; j < w.Length; j++) dot += w[j] * x[i][j];
                        double p = 1.0 / (1.0 + Math.Exp(-dot));
                        double weight = p * (1 - p);
                        for (int j = 0; j < w.Length; j++) {
                            grad[j] += (p - y[i]) * x[i][j];
                            hessianDiagonal[j] += weight * x[i][j] * x[i][j];
                        }
                    }
                }
            }
            """
        },
        {
            "logistic regression with e / (1 + e) probabilities and stored weights", "LG0003",
            """
            using System;
            static class LogisticRegression {
                static void Step(double[][] x, double[] y, double[] w, double[] grad, double[] weights) {
                    var p = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) {
                        double dot = 0;
                        for (int j = 0; j < w.Length; j++) dot += w[j] * x[i][j];
                        double e = Math.Exp(dot);
                        p[i] = e / (1 + e);
                    }
                    for (int i = 0; i < x.Length; i++) {
                        weights[i] = p[i] * (1 - p[i]);
                        for (int j = 0; j < w.Length; j++) grad[j] += (p[i] - y[i]) * x[i][j];
                    }
                }
            }
            """
        },
        {
            "derivative returned from the output", "LG0003",
            """
            using System;
            static class C {
                static double Derivative(double z) {
                    double e = Math.Exp(z);
                    double p = e / (1.0 + e);
                    return p * (1.0 - p);
                }
            }
            """
        },
        {
            "scores folded into a buffer, exponentiated in place, Newton weight", "LG0003",
            """
            using System;
            static class NewtonLogistic {
                static void Weights(double[][] cols, double[] w, int[] labels, double[] residual, double[] weight) {
                    int n = labels.Length;
                    var lin = new double[n];
                    for (int f = 0; f < w.Length; f++)
                        for (int k = 0; k < n; k++) lin[k] += w[f] * cols[f][k];
                    for (int i = 0; i < n; i++) {
                        lin[i] = Math.Exp(lin[i]);
                        double p = lin[i] / (1 + lin[i]);
                        residual[i] = labels[i] - p;
                        weight[i] = p * (1 - p);
                    }
                }
            }
            """
        },
        {
            "pre-activations folded, then sigmoid, then backward", "",
            """
            using System;
            static class Dense {
                static void F(double[][] wt, double[] x, double[] g, double[] delta) {
                    var a = new double[wt.Length];
                    var h = new double[wt.Length];
                    for (int i = 0; i < wt.Length; i++) {
                        for (int j = 0; j < x.Length; j++) a[i] += wt[i][j] * x[j];
                        h[i] = 1.0 / (1.0 + Math.Exp(-a[i]));
                    }
                    for (int i = 0; i < h.Length; i++) delta[i] = g[i] * h[i] * (1.0 - h[i]);
                }
            }
            """
        },
        {
            "pre-activations folded, e / (1 + e) in place", "LG0003",
            """
            using System;
            static class Dense {
                static void F(double[][] wt, double[] x, double[] g, double[] delta) {
                    var a = new double[wt.Length];
                    for (int i = 0; i < wt.Length; i++) {
                        for (int j = 0; j < x.Length; j++) a[i] += wt[i][j] * x[j];
                        a[i] = Math.Exp(a[i]);
                        a[i] = a[i] / (1.0 + a[i]);
                    }
                    for (int i = 0; i < a.Length; i++) delta[i] = g[i] * a[i] * (1.0 - a[i]);
                }
            }
            """
        },
        {
            "sigmoid hidden field beside a softmax output field", "",
            """
            using System;
            class Net {
                double[] _hidden = Array.Empty<double>();
                double[] _output = Array.Empty<double>();
                public void Forward(double[] x) {
                    _hidden = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) _hidden[i] = 1 / (1 + Math.Exp(-x[i]));
                    _output = new double[x.Length];
                    double m = double.NegativeInfinity, s = 0;
                    for (int i = 0; i < x.Length; i++) m = Math.Max(m, _hidden[i]);
                    for (int i = 0; i < x.Length; i++) { _output[i] = Math.Exp(_hidden[i] - m); s += _output[i]; }
                    for (int i = 0; i < x.Length; i++) _output[i] /= s;
                }
                public void Backward(double[] target, double[] dHidden) {
                    for (int i = 0; i < target.Length; i++) dHidden[i] = (_output[i] - target[i]) * _hidden[i] * (1 - _hidden[i]);
                }
            }
            """
        },
        {
            "stable sigmoid with branches", "",
            """
            using System;
            static class C {
                static void F(double[] z, double[] dy, double[] dz) {
                    for (int i = 0; i < z.Length; i++) {
                        double p = z[i] >= 0 ? 1 / (1 + Math.Exp(-z[i])) : Math.Exp(z[i]) / (1 + Math.Exp(z[i]));
                        dz[i] = dy[i] * p * (1 - p);
                    }
                }
            }
            """
        },
        {
            "LINQ sigmoid", "",
            """
            using System;
            using System.Linq;
            static class C {
                static double[] F(double[] z, double[] dy) {
                    var p = z.Select(v => 1.0 / (1.0 + Math.Exp(-v))).ToArray();
                    return p.Select((v, i) => dy[i] * v * (1 - v)).ToArray();
                }
            }
            """
        },
        {
            "LINQ e / (1 + e)", "LG0003",
            """
            using System;
            using System.Linq;
            static class C {
                static double[] F(double[] z, double[] dy) {
                    var e = z.Select(Math.Exp).ToArray();
                    var p = new double[z.Length];
                    for (int i = 0; i < z.Length; i++) p[i] = e[i] / (1 + e[i]);
                    var dz = new double[z.Length];
                    for (int i = 0; i < z.Length; i++) dz[i] = dy[i] * p[i] * (1 - p[i]);
                    return dz;
                }
            }
            """
        },
        {
            "denominator accumulated from one", "LG0003",
            """
            using System;
            static class C {
                static void F(double[] z, double[] dy, double[] dz) {
                    for (int i = 0; i < z.Length; i++) {
                        double e = Math.Exp(z[i]);
                        double s = 1;
                        s += e;
                        double p = e / s;
                        dz[i] = dy[i] * p * (1 - p);
                    }
                }
            }
            """
        },
        {
            // The stored denominator d[i] = 1 + e[i] is the unstable logistic (recip2: NaN once exp(z) overflows), LG0003; still no LG0007.
            "denominator buffer", "LG0003",
            """
            using System;
            static class C {
                static void F(float[] z, float[] dy, float[] dz) {
                    var e = new float[z.Length];
                    var d = new float[z.Length];
                    for (int i = 0; i < z.Length; i++) { e[i] = MathF.Exp(z[i]); d[i] = 1f + e[i]; }
                    for (int i = 0; i < z.Length; i++) { float p = e[i] / d[i]; dz[i] = dy[i] * p * (1f - p); }
                }
            }
            """
        },
        {
            "binary cross-entropy of a sigmoid", "LG0003",
            """
            using System;
            static class C {
                static double Loss(double[] z, double[] t, double[] dz) {
                    double loss = 0;
                    for (int i = 0; i < z.Length; i++) {
                        double e = Math.Exp(z[i]);
                        double p = e / (1 + e);
                        loss -= t[i] * Math.Log(p) + (1 - t[i]) * Math.Log(1 - p);
                        dz[i] = p - t[i];
                    }
                    return loss;
                }
            }
            """
        },
        {
            "denominator accumulated from one, stored, backward in its own loop", "LG0003",
            """
            using System;
            static class C {
                static void F(double[] z, double[] dy, double[] dz, double[] y) {
                    for (int i = 0; i < z.Length; i++) {
                        double e = Math.Exp(z[i]);
                        double s = 1.0;
                        s += e;
                        y[i] = e / s;
                    }
                    for (int i = 0; i < z.Length; i++) dz[i] = dy[i] * (y[i] - y[i] * y[i]);
                }
            }
            """
        },
        {
            "denominator reset in the loop, reciprocal, float batch", "LG0003",
            """
            using System;
            static class C {
                static void F(float[,] z, float[,] dy, float[,] dz) {
                    float s;
                    for (int r = 0; r < z.GetLength(0); r++)
                        for (int c = 0; c < z.GetLength(1); c++) {
                            float e = MathF.Exp(z[r, c]);
                            s = 1f;
                            s += e;
                            float inv = 1f / s;
                            float p = e * inv;
                            dz[r, c] = dy[r, c] * p * (1f - p);
                        }
                }
            }
            """
        },
        {
            "quotient form over a denominator accumulated from one", "",
            """
            using System;
            static class C {
                static void F(double[] z, double[] dy, double[] dz) {
                    for (int i = 0; i < z.Length; i++) {
                        double e = Math.Exp(z[i]);
                        double s = 1;
                        s += e;
                        dz[i] = dy[i] * (e * s - e * e) / (s * s);
                    }
                }
            }
            """
        },
        {
            "quotient form over one plus exp", "",
            """
            using System;
            static class C {
                static void F(double[] z, double[] dy, double[] dz) {
                    for (int i = 0; i < z.Length; i++) {
                        double e = Math.Exp(z[i]);
                        dz[i] = dy[i] * (e * (1 + e) - e * e) / ((1 + e) * (1 + e));
                    }
                }
            }
            """
        },
        {
            "helper returning a buffer of sigmoids", "LG0003",
            """
            using System;
            static class C {
                static double[] Sigmoid(double[] z) {
                    var p = new double[z.Length];
                    for (int i = 0; i < z.Length; i++) { double e = Math.Exp(z[i]); p[i] = e / (e + 1); }
                    return p;
                }
                static void Backward(double[] z, double[] dy, double[] dz) {
                    var p = Sigmoid(z);
                    for (int i = 0; i < z.Length; i++) dz[i] = dy[i] * p[i] * (1 - p[i]);
                }
            }
            """
        },
        {
            "binary cross-entropy over a denominator accumulated from one", "LG0003",
            """
            using System;
            static class C {
                static double Loss(double[] z, double[] t) {
                    double loss = 0;
                    for (int i = 0; i < z.Length; i++) {
                        double e = Math.Exp(z[i]);
                        double s = 1;
                        s += e;
                        double p = e / s;
                        loss -= t[i] * Math.Log(p) + (1 - t[i]) * Math.Log(1 - p);
                    }
                    return loss;
                }
            }
            """
        },
    };

    /// <summary>n-class softmax backward with the diagonal only: LG0007 stays.</summary>
    public static TheoryData<string, string, string> Softmaxes() => new()
    {
        {
            "row softmax, same method", "LG0007",
            """
            using System;
            static class C {
                static void F(double[] x, double[] dy, double[] dx) {
                    double m = double.NegativeInfinity, s = 0;
                    for (int i = 0; i < x.Length; i++) m = Math.Max(m, x[i]);
                    var y = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) { y[i] = Math.Exp(x[i] - m); s += y[i]; }
                    for (int i = 0; i < x.Length; i++) y[i] /= s;
                    for (int i = 0; i < x.Length; i++) dx[i] = dy[i] * y[i] * (1 - y[i]);
                }
            }
            """
        },
        {
            "batched softmax in a field, float", "LG0007",
            """
            using System;
            class Layer {
                float[,] _y = new float[0, 0];
                public void Forward(float[,] x) {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    _y = new float[rows, cols];
                    for (int r = 0; r < rows; r++) {
                        float m = float.NegativeInfinity, s = 0f;
                        for (int c = 0; c < cols; c++) m = MathF.Max(m, x[r, c]);
                        for (int c = 0; c < cols; c++) { _y[r, c] = MathF.Exp(x[r, c] - m); s += _y[r, c]; }
                        for (int c = 0; c < cols; c++) _y[r, c] /= s;
                    }
                }
                public void Backward(float[,] dy, float[,] dx) {
                    for (int r = 0; r < dy.GetLength(0); r++)
                        for (int c = 0; c < dy.GetLength(1); c++)
                            dx[r, c] = dy[r, c] * _y[r, c] * (1f - _y[r, c]);
                }
            }
            """
        },
        {
            "reference category 1 + sum of exps", "LG0003 LG0007",
            """
            using System;
            static class C {
                static void F(double[] x, double[] dy, double[] dx) {
                    var e = new double[x.Length];
                    double s = 1;
                    for (int i = 0; i < x.Length; i++) { e[i] = Math.Exp(x[i]); s += e[i]; }
                    for (int i = 0; i < x.Length; i++) { double p = e[i] / s; dx[i] = dy[i] * p * (1 - p); }
                }
            }
            """
        },
        {
            "softmax helper returning the row", "LG0007",
            """
            using System;
            static class C {
                static double[] Softmax(double[] x) {
                    double m = double.NegativeInfinity, s = 0;
                    foreach (var v in x) m = Math.Max(m, v);
                    var y = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) { y[i] = Math.Exp(x[i] - m); s += y[i]; }
                    for (int i = 0; i < x.Length; i++) y[i] /= s;
                    return y;
                }
                static void Backward(double[] x, double[] dy, double[] dx) {
                    var y = Softmax(x);
                    for (int i = 0; i < x.Length; i++) dx[i] = dy[i] * (y[i] - y[i] * y[i]);
                }
            }
            """
        },
        {
            "two exps folded into one sum", "LG0003 LG0007",
            """
            using System;
            static class C {
                static void F(double[] a, double[] b, double[] dy, double[] dx) {
                    for (int i = 0; i < a.Length; i++) {
                        double ea = Math.Exp(a[i]), eb = Math.Exp(b[i]);
                        double s = 0;
                        s += ea;
                        s += eb;
                        double p = ea / s;
                        dx[i] = dy[i] * p * (1 - p);
                    }
                }
            }
            """
        },
        {
            "sum of exps reset outside the loop it folds", "LG0003 LG0007",
            """
            using System;
            static class C {
                static void F(double[] x, double[] dy, double[] dx) {
                    var e = new double[x.Length];
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) { e[i] = Math.Exp(x[i]); s += e[i]; }
                    for (int i = 0; i < x.Length; i++) dx[i] = dy[i] * (e[i] / s) * (1 - e[i] / s);
                }
            }
            """
        },
    };

    [Theory]
    [MemberData(nameof(Sigmoids))]
    public async Task SigmoidBackward_GetsNoLG0007(string name, string expected, string source)
    {
        Assert.NotNull(name);
        Assert.Equal(expected, string.Join(" ", await ReportedIds(source)));
    }

    [Theory]
    [MemberData(nameof(Softmaxes))]
    public async Task SoftmaxDiagonalBackward_KeepsLG0007(string name, string expected, string source)
    {
        Assert.NotNull(name);
        Assert.Equal(expected, string.Join(" ", await ReportedIds(source)));
    }

    /// <summary>
    /// The model: <c>s = 1; s += e</c> folds one exp once per reset, so <c>e / s</c> is no probability and no diagonal
    /// derivative is found; two exps folded into <c>s</c> keep theirs.
    /// </summary>
    [Theory]
    [InlineData("s += e;", 0)]
    [InlineData("s += e; s += f;", 1)]
    public void SumOfOneExp_MakesNoDiagonalDerivative(string folds, int expected)
    {
        var source = $$"""
            using System;
            static class C {
                static void F(double[] a, double[] b, double[] dy, double[] dx) {
                    for (int i = 0; i < a.Length; i++) {
                        double e = Math.Exp(a[i]), f = Math.Exp(b[i]);
                        double s = 1;
                        {{folds}}
                        double p = e / s;
                        dx[i] = dy[i] * p * (1 - p);
                    }
                }
            }
            """;
        Assert.Equal(expected, ModelDescriptions.Method(source, "F").DiagonalDerivatives.Count);
    }

    private static async Task<List<string>> ReportedIds(string source) =>
        (await SourceMarkers.ReportedSortedIdsAsync(source, assertCompiles: false)).Distinct().ToList();
}
