using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// LG0005–LG0007 on small snippets: shapes beyond the re-creations (direct division, method groups, library softmaxes,
/// helpers writing a buffer argument), the look-alikes that must stay silent (sigmoid derivatives, the O(n) product,
/// log-softmax, logs of values that are not softmax outputs), and where the fixes are not offered.
/// </summary>
public class BackwardAnalyzerTests
{
    public static TheoryData<string, string> Positives() => new()
    {
        {
            "LG0005", """
            using System;
            static class S
            {
                static double Nll(double[] x, int label)
                {
                    double m = double.MinValue;
                    foreach (var v in x) m = Math.Max(m, v);
                    double s = 0;
                    foreach (var v in x) s += Math.Exp(v - m);
                    return -{|LG0005:Math.Log(Math.Exp(x[label] - m) / s)|};
                }
            }
            """
        },
        {
            "LG0005", """
            using System;
            using System.Linq;
            static class S
            {
                static double[] LogProbabilities(double[] x)
                {
                    double m = x.Max();
                    var e = x.Select(v => Math.Exp(v - m)).ToArray();
                    double s = e.Sum();
                    var p = e.Select(v => v / s);
                    return p.Select(new Func<double, double>({|LG0005:Math.Log|})).ToArray();
                }
            }
            """
        },
        {
            "LG0005", """
            using System;
            static class S
            {
                static float Loss(float[] logits, float[] probabilities, int label)
                {
                    LayerGen.Softmax.Forward(logits, probabilities, logits.Length);
                    return -{|LG0005:MathF.Log(probabilities[label] + 1e-7f)|};
                }
            }
            """
        },
        {
            "LG0005", """
            using System;
            class Model
            {
                private readonly double[] _probabilities = new double[10];

                public void Forward(double[] logits) => Softmax(logits, _probabilities);

                public double Entropy()
                {
                    double h = 0;
                    foreach (double p in _probabilities) h -= p * {|LG0005:Math.Log(p)|};
                    return h;
                }

                private static void Softmax(double[] x, double[] y)
                {
                    double m = double.NegativeInfinity;
                    for (int i = 0; i < x.Length; i++) m = Math.Max(m, x[i]);
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) { y[i] = Math.Exp(x[i] - m); s += y[i]; }
                    for (int i = 0; i < x.Length; i++) y[i] /= s;
                }
            }
            """
        },
        {
            "LG0007", """
            using System;
            static class S
            {
                static void Backward(float[] x, float[] dy, float[] dx)
                {
                    var y = new float[x.Length];
                    LayerGen.Softmax.Forward(x, y, x.Length);
                    for (int i = 0; i < y.Length; i++) dx[i] = {|LG0007:y[i] * (1 - y[i]) * dy[i]|};
                }
            }
            """
        },
        {
            "LG0007", """
            using System;
            class Layer
            {
                private float[] _y = Array.Empty<float>();

                public void Forward(float[] x)
                {
                    _y = new float[x.Length];
                    LayerGen.Softmax.Forward(x, _y, x.Length);
                }

                public float Derivative(int i) => {|LG0007:_y[i] - _y[i] * _y[i]|};
            }
            """
        },
        {
            "LG0006", """
            using System;
            class Layer
            {
                private double[] _y = Array.Empty<double>();

                public void Forward(double[] x)
                {
                    _y = new double[x.Length];
                    LayerGen.Softmax.Forward(x, _y, x.Length);
                }

                public void Backward(double[] dy, double[] dx)
                {
                    int n = _y.Length;
                    var jacobian = new double[n][];
                    for (int i = 0; i < n; i++)
                    {
                        jacobian[i] = new double[n];
                        for (int j = 0; j < n; j++)
                            {|LG0006:jacobian[i][j] = i == j ? _y[i] * (1 - _y[j]) : -_y[i] * _y[j]|};
                    }

                    for (int i = 0; i < n; i++)
                    {
                        dx[i] = 0;
                        for (int j = 0; j < n; j++) dx[i] += jacobian[i][j] * dy[j];
                    }
                }
            }
            """
        },
        {
            "LG0005", """
            using System;
            using System.Linq;
            static class S
            {
                static double Entropy(double[] x)
                {
                    double m = x.Max();
                    double s = x.Sum(v => Math.Exp(v - m));
                    var p = x.Select(v => Math.Exp(v - m) / s).ToArray();
                    double loss = 0;
                    foreach (var q in p) loss -= q * {|LG0005:Math.Log(q)|};
                    return loss - p.Sum(v => v * {|LG0005:Math.Log(v)|});
                }
            }
            """
        },
        {
            "LG0005", """
            using System;
            static class S
            {
                static double[] Softmax(double[] z)
                {
                    var r = new double[z.Length];
                    double m = double.MinValue;
                    foreach (var v in z) m = Math.Max(m, v);
                    double s = 0;
                    for (int i = 0; i < z.Length; i++) { r[i] = Math.Exp(z[i] - m); s += r[i]; }
                    for (int i = 0; i < z.Length; i++) r[i] /= s;
                    return r;
                }

                public static double Nll(double[] z, int k) => -{|LG0005:Math.Log(Softmax(z)[k])|};
            }
            """
        },
        {
            "LG0007", """
            using System.Linq;
            class Layer
            {
                private readonly double[] _y = new double[3];
                public void Forward(double[] x) => LayerGen.Softmax.Forward(x, _y, 3);
                public double[] Backward(double[] dy) => dy.Select((g, i) => {|LG0007:g * _y[i] * (1 - _y[i])|}).ToArray();
            }
            """
        },
        {
            "LG0007", """
            using System;
            class FlatBatch
            {
                private readonly float[] _y = new float[6];
                public void Forward(float[] x)
                {
                    for (int b = 0; b < 2; b++)
                    {
                        float m = float.MinValue;
                        for (int i = 0; i < 3; i++) m = MathF.Max(m, x[b * 3 + i]);
                        float s = 0;
                        for (int i = 0; i < 3; i++) { _y[b * 3 + i] = MathF.Exp(x[b * 3 + i] - m); s += _y[b * 3 + i]; }
                        for (int i = 0; i < 3; i++) _y[b * 3 + i] /= s;
                    }
                }

                public void Backward(float[] dy, float[] dx)
                {
                    for (int b = 0; b < 2; b++)
                        for (int i = 0; i < 3; i++)
                            dx[b * 3 + i] = {|LG0007:dy[b * 3 + i] * (_y[b * 3 + i] * (1.0f - _y[b * 3 + i]))|};
                }
            }
            """
        },
        {
            "LG0006", """
            using System;
            static class S
            {
                static void Backward(double[] x, double[] g, double[] dx)
                {
                    int n = x.Length;
                    var y = new double[n];
                    double m = double.MinValue;
                    for (int i = 0; i < n; i++) m = Math.Max(m, x[i]);
                    double s = 0;
                    for (int i = 0; i < n; i++) { y[i] = Math.Exp(x[i] - m); s += y[i]; }
                    for (int i = 0; i < n; i++) y[i] /= s;
                    for (int i = 0; i < n; i++)
                    {
                        dx[i] = 0;
                        for (int j = 0; j < n; j++)
                        {
                            if (i == j) dx[i] += y[i] * (1 - y[i]) * g[j];
                            else {|LG0006:dx[i] -= y[i] * y[j] * g[j]|};
                        }
                    }
                }
            }
            """
        },
    };

    [Theory]
    [MemberData(nameof(Positives))]
    public async Task Reports(string id, string markup)
    {
        var (text, expected) = MarkupParser.Parse(markup);
        var diagnostics = await AnalyzeWithRuntimeAsync(text);

        Assert.Equal(expected.Select(e => $"{e.Id}@{e.Span}"), diagnostics.Select(d => $"{d.Id}@{d.Location.SourceSpan}"));
        Assert.All(expected, e => Assert.Equal(id, e.Id));
    }

    public static TheoryData<string> SilentLookAlikes() => new()
    {
        // Sigmoid outputs: y(1 - y) is their derivative.
        """
        using System;
        class Sigmoid
        {
            private double[] _y = Array.Empty<double>();
            public void Forward(double[] x) { _y = new double[x.Length]; for (int i = 0; i < x.Length; i++) _y[i] = 1.0 / (1.0 + Math.Exp(-x[i])); }
            public void Backward(double[] dy, double[] dx) { for (int i = 0; i < dy.Length; i++) dx[i] = dy[i] * _y[i] * (1 - _y[i]); }
        }
        """,
        """
        using System;
        static class Sigmoid
        {
            static float Derivative(float x) { float y = 1f / (1f + MathF.Exp(-x)); return y * (1f - y); }
            static void Backward(float[] x, float[] dy, float[] dx) { for (int i = 0; i < x.Length; i++) dx[i] = dy[i] * Derivative(x[i]); }
        }
        """,
        // The O(n) product, 1-D, batched and with a LINQ dot product.
        """
        using System;
        static class Softmax
        {
            static void ForwardBackward(double[,] x, double[,] dy, double[,] dx)
            {
                int rows = x.GetLength(0), cols = x.GetLength(1);
                var y = new double[cols];
                for (int r = 0; r < rows; r++)
                {
                    double m = double.NegativeInfinity, s = 0, dot = 0;
                    for (int c = 0; c < cols; c++) m = Math.Max(m, x[r, c]);
                    for (int c = 0; c < cols; c++) { y[c] = Math.Exp(x[r, c] - m); s += y[c]; }
                    for (int c = 0; c < cols; c++) { y[c] /= s; dot += y[c] * dy[r, c]; }
                    for (int c = 0; c < cols; c++) dx[r, c] = y[c] * (dy[r, c] - dot);
                }
            }
        }
        """,
        """
        using System;
        using System.Linq;
        class Layer
        {
            private double[] _y = Array.Empty<double>();
            public void Forward(double[] x) { double m = x.Max(); var e = x.Select(v => Math.Exp(v - m)).ToArray(); double s = e.Sum(); _y = e.Select(v => v / s).ToArray(); }
            public double[] Backward(double[] dy) { double dot = _y.Zip(dy, (a, b) => a * b).Sum(); return _y.Select((y, i) => y * (dy[i] - dot)).ToArray(); }
        }
        """,
        // Log-softmax written correctly, log-sum-exp, and logs of values that are not softmax outputs.
        """
        using System;
        static class LogSoftmax
        {
            static void Forward(float[] x, float[] logp, int cols)
            {
                for (int r = 0; r < x.Length / cols; r++)
                {
                    float m = float.NegativeInfinity, s = 0f;
                    for (int c = 0; c < cols; c++) m = MathF.Max(m, x[r * cols + c]);
                    for (int c = 0; c < cols; c++) s += MathF.Exp(x[r * cols + c] - m);
                    for (int c = 0; c < cols; c++) logp[r * cols + c] = x[r * cols + c] - m - MathF.Log(s);
                }
            }
        }
        """,
        """
        using System;
        static class Logs
        {
            static double Nll(double[] probabilities, int label) => -Math.Log(probabilities[label]);
            static double Perplexity(double[] counts) { double total = 0; foreach (var c in counts) total += c; double h = 0; foreach (var c in counts) h -= c / total * Math.Log(c / total); return Math.Exp(h); }
            static double SoftPlus(double x) => Math.Log(1 + Math.Exp(x));
        }
        """,
        // A Jacobian never multiplied by a gradient, and Gini impurity Σ p(1 - p).
        """
        using System;
        static class Diagnostics
        {
            static double Gini(double[] x)
            {
                double m = double.NegativeInfinity; foreach (var v in x) m = Math.Max(m, v);
                var p = new double[x.Length]; double s = 0;
                for (int i = 0; i < x.Length; i++) { p[i] = Math.Exp(x[i] - m); s += p[i]; }
                double g = 0;
                for (int i = 0; i < x.Length; i++) { p[i] /= s; g += p[i] * (1 - p[i]); }
                return g;
            }
        }
        """,
    };

    [Theory]
    [MemberData(nameof(SilentLookAlikes))]
    public async Task StaysSilent(string source) => Assert.Empty(await AnalyzeWithRuntimeAsync(source));

    public static TheoryData<string> NotFixable() => new()
    {
        // LG0005 clipped: the clip changes the value, so log-softmax is not the same result.
        "Kowaliszyn_ClippedLogHelper.cs",
        // LG0005 from a field, and from a LINQ helper: the site's max and sum are not visible.
        "Mai_CrossEntropyFieldOutput.cs",
        "Makarov_LogLossLinq.cs",
        // LG0006 in a field multiplied in another method, and through a MatVec helper.
        "NeuralNetwork_JacobianFieldIfElse.cs",
        "Divyanshu_JaggedKroneckerMatVec.cs",
        // LG0007 returned or stored as "the derivative" (no gradient to combine with), or the Jacobian's diagonal.
        "DeepUnity_ExpQuotientDerivative.cs",
        "GradientDescentSharp_LinqMinusSquare.cs",
        "Mdnn_JacobianDiagonalOnly.cs",
    };

    [Theory]
    [MemberData(nameof(NotFixable))]
    public async Task NoFixIsOffered(string file)
    {
        var source = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Recreations", "Backward", file));
        Assert.NotEmpty(await AnalyzeWithRuntimeAsync(source));

        var (text, applied) = await BackwardFixRunner.FixAsync(source);

        Assert.Equal(0, applied);
        Assert.Equal(source, text);
    }

    [Fact]
    public async Task FixIsNotOffered_WhenTheSumIsOutOfScope()
    {
        // The loss is taken in a second loop: the per-row max and sum of the softmax loop are gone.
        const string source = """
            using System;
            static class S
            {
                static double Loss(double[,] x, int[] labels)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    var p = new double[rows, cols];
                    for (int r = 0; r < rows; r++)
                    {
                        double m = double.NegativeInfinity, s = 0;
                        for (int c = 0; c < cols; c++) m = Math.Max(m, x[r, c]);
                        for (int c = 0; c < cols; c++) { p[r, c] = Math.Exp(x[r, c] - m); s += p[r, c]; }
                        for (int c = 0; c < cols; c++) p[r, c] /= s;
                    }

                    double loss = 0;
                    for (int r = 0; r < rows; r++) loss -= Math.Log(p[r, labels[r]]);
                    return loss / rows;
                }
            }
            """;
        Assert.Single(await AnalyzeWithRuntimeAsync(source));
        Assert.Equal(0, (await BackwardFixRunner.FixAsync(source)).Applied);
    }

    [Fact]
    public async Task FixIsNotOffered_WhenTheLogitsWereOverwritten()
    {
        // An in-place softmax: x holds probabilities at the log, so x[k] - m would be wrong.
        const string source = """
            using System;
            static class S
            {
                static double Loss(double[] x, int k)
                {
                    double m = double.NegativeInfinity, s = 0;
                    for (int i = 0; i < x.Length; i++) m = Math.Max(m, x[i]);
                    for (int i = 0; i < x.Length; i++) { x[i] = Math.Exp(x[i] - m); s += x[i]; }
                    for (int i = 0; i < x.Length; i++) x[i] /= s;
                    return -Math.Log(x[k]);
                }
            }
            """;
        Assert.Single(await AnalyzeWithRuntimeAsync(source));
        Assert.Equal(0, (await BackwardFixRunner.FixAsync(source)).Applied);
    }

    [Fact]
    public async Task FixIsNotOffered_WhenTheLoopWalksTheWholeBatch()
    {
        // One flat loop over a whole batch of rows: a dot product over it would mix rows.
        const string source = """
            using System;
            static class S
            {
                static void Backward(float[] x, float[] dy, float[] dx, int cols)
                {
                    var y = new float[x.Length];
                    for (int r = 0; r < x.Length / cols; r++)
                    {
                        float m = float.NegativeInfinity, s = 0f;
                        for (int c = 0; c < cols; c++) m = MathF.Max(m, x[r * cols + c]);
                        for (int c = 0; c < cols; c++) { y[r * cols + c] = MathF.Exp(x[r * cols + c] - m); s += y[r * cols + c]; }
                        for (int c = 0; c < cols; c++) y[r * cols + c] /= s;
                    }

                    for (int k = 0; k < x.Length; k++) dx[k] = dy[k] * y[k] * (1 - y[k]);
                }
            }
            """;
        Assert.Single(await AnalyzeWithRuntimeAsync(source));
        Assert.Equal(0, (await BackwardFixRunner.FixAsync(source)).Applied);
    }

    private static async Task<List<Diagnostic>> AnalyzeWithRuntimeAsync(string source)
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "Subject",
            new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source, new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest)) },
            BackwardFixRunner.References,
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return (await FixRunner.AnalyzeAsync(compilation)).OrderBy(d => d.Location.SourceSpan.Start).ToList();
    }
}
