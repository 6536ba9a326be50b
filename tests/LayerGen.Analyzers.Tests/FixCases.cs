using System.Text.RegularExpressions;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Buggy batch softmaxes with their exact fixed text. Each case is checked three ways: the fix produces exactly
/// <see cref="FixCase.Fixed"/> (also through Fix All), the fixed text has no diagnostic, and the fixed code computes
/// the same probabilities as LayerGen.Softmax.Forward while the original does not. The whole-batch cases (maximum, sum
/// and division all over every index: <see cref="RectangularBothBugs"/>, <see cref="RectangularIfMaxGlobalSumInline"/>,
/// <see cref="JaggedSelectManyAndGlobalSum"/>, <see cref="FlatArrayBothBugsWithOffset"/>) are the LG0008 suggestion,
/// whose one fix normalises each row.
/// </summary>
public static class FixCases
{
    public static readonly FixCase RectangularBothBugs = new(
        nameof(RectangularBothBugs), "float[,]",
        """
        using System;

        public static class Subject
        {
            public static void Softmax(float[,] x, float[,] y)
            {
                int rows = x.GetLength(0), cols = x.GetLength(1);
                float max = float.MinValue;
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        max = Math.Max(max, x[i, j]);
                float sum = 0f;
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                    {
                        y[i, j] = MathF.Exp(x[i, j] - max);
                        {|LG0008:sum += y[i, j]|};
                    }
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        y[i, j] /= sum;
            }
        }
        """,
        """
        using System;

        public static class Subject
        {
            public static void Softmax(float[,] x, float[,] y)
            {
                int rows = x.GetLength(0), cols = x.GetLength(1);
                for (int i = 0; i < rows; i++)
                {
                    float max = float.NegativeInfinity;
                    for (int j = 0; j < cols; j++)
                        max = MathF.Max(max, x[i, j]);
                    for (int j = 0; j < cols; j++)
                    {
                        y[i, j] = MathF.Exp(x[i, j] - max);
                    }
                }
                for (int i = 0; i < rows; i++)
                {
                    float sum = 0f;
                    for (int j = 0; j < cols; j++)
                    {
                        sum += y[i, j];
                    }
                    for (int j = 0; j < cols; j++)
                        y[i, j] /= sum;
                }
            }
        }
        """);

    public static readonly FixCase RectangularLinqMaxOnly = new(
        nameof(RectangularLinqMaxOnly), "double[,]",
        """
        using System;
        using System.Linq;

        public static class Subject
        {
            public static void Softmax(double[,] x, double[,] y)
            {
                var max = {|LG0001:x.Cast<double>().Max()|};
                for (int i = 0; i < x.GetLength(0); i++)
                {
                    double sum = 0;
                    for (int j = 0; j < x.GetLength(1); j++)
                    {
                        y[i, j] = Math.Exp(x[i, j] - max);
                        sum += y[i, j];
                    }
                    for (int j = 0; j < x.GetLength(1); j++)
                    {
                        y[i, j] /= sum;
                    }
                }
            }
        }
        """,
        """
        using System;
        using System.Linq;

        public static class Subject
        {
            public static void Softmax(double[,] x, double[,] y)
            {
                for (int i = 0; i < x.GetLength(0); i++)
                {
                    double sum = 0;
                    double max = double.NegativeInfinity;
                    for (int j = 0; j < x.GetLength(1); j++)
                        max = Math.Max(max, x[i, j]);
                    for (int j = 0; j < x.GetLength(1); j++)
                    {
                        y[i, j] = Math.Exp(x[i, j] - max);
                        sum += y[i, j];
                    }
                    for (int j = 0; j < x.GetLength(1); j++)
                    {
                        y[i, j] /= sum;
                    }
                }
            }
        }
        """);

    public static readonly FixCase RectangularIfMaxGlobalSumInline = new(
        nameof(RectangularIfMaxGlobalSumInline), "double[,]",
        """
        using System;

        public static class Subject
        {
            public static void Softmax(double[,] logits, double[,] probabilities)
            {
                int rows = logits.GetLength(0);
                int cols = logits.GetLength(1);
                double max = logits[0, 0];
                for (int i = 0; i < rows; i++)
                {
                    for (int j = 0; j < cols; j++)
                    {
                        if (logits[i, j] > max)
                        {
                            max = logits[i, j];
                        }
                    }
                }

                double sum = 0;
                for (int i = 0; i < rows; i++)
                {
                    for (int j = 0; j < cols; j++)
                    {
                        {|LG0008:sum += Math.Exp(logits[i, j] - max)|};
                    }
                }

                for (int i = 0; i < rows; i++)
                {
                    for (int j = 0; j < cols; j++)
                    {
                        probabilities[i, j] = Math.Exp(logits[i, j] - max) / sum;
                    }
                }
            }
        }
        """,
        """
        using System;

        public static class Subject
        {
            public static void Softmax(double[,] logits, double[,] probabilities)
            {
                int rows = logits.GetLength(0);
                int cols = logits.GetLength(1);

                for (int i = 0; i < rows; i++)
                {
                    double sum = 0.0;
                    double max = double.NegativeInfinity;
                    for (int j = 0; j < cols; j++)
                        max = Math.Max(max, logits[i, j]);
                    for (int j = 0; j < cols; j++)
                    {
                        sum += Math.Exp(logits[i, j] - max);
                    }
                    for (int j = 0; j < cols; j++)
                    {
                        probabilities[i, j] = Math.Exp(logits[i, j] - max) / sum;
                    }
                }
            }
        }
        """);

    public static readonly FixCase JaggedSelectManyAndGlobalSum = new(
        nameof(JaggedSelectManyAndGlobalSum), "float[][]",
        """
        using System;
        using System.Linq;

        public static class Subject
        {
            public static float[][] Softmax(float[][] x)
            {
                float max = x.SelectMany(r => r).Max();
                var y = new float[x.Length][];
                float total = 0;
                for (int i = 0; i < x.Length; i++)
                {
                    y[i] = new float[x[i].Length];
                    for (int j = 0; j < x[i].Length; j++)
                    {
                        y[i][j] = MathF.Exp(x[i][j] - max);
                        {|LG0008:total += y[i][j]|};
                    }
                }
                for (int i = 0; i < x.Length; i++)
                    for (int j = 0; j < x[i].Length; j++)
                        y[i][j] /= total;
                return y;
            }
        }
        """,
        """
        using System;
        using System.Linq;

        public static class Subject
        {
            public static float[][] Softmax(float[][] x)
            {
                var y = new float[x.Length][];
                for (int i = 0; i < x.Length; i++)
                {
                    y[i] = new float[x[i].Length];
                    float max = float.NegativeInfinity;
                    for (int j = 0; j < x[i].Length; j++)
                        max = MathF.Max(max, x[i][j]);
                    for (int j = 0; j < x[i].Length; j++)
                    {
                        y[i][j] = MathF.Exp(x[i][j] - max);
                    }
                }
                for (int i = 0; i < x.Length; i++)
                {
                    float total = 0f;
                    for (int j = 0; j < x[i].Length; j++)
                    {
                        total += y[i][j];
                    }
                    for (int j = 0; j < x[i].Length; j++)
                        y[i][j] /= total;
                }
                return y;
            }
        }
        """);

    public static readonly FixCase FlatSpanTensorPrimitivesMaxOnly = new(
        nameof(FlatSpanTensorPrimitivesMaxOnly), "flat float",
        """
        using System;
        using System.Numerics.Tensors;

        public static class Subject
        {
            public static void Softmax(ReadOnlySpan<float> x, Span<float> y, int cols)
            {
                int rows = x.Length / cols;
                float max = {|LG0001:TensorPrimitives.Max(x)|};
                for (int i = 0; i < rows; i++)
                {
                    float sum = 0;
                    for (int j = 0; j < cols; j++)
                    {
                        float e = MathF.Exp(x[i * cols + j] - max);
                        y[i * cols + j] = e;
                        sum += e;
                    }
                    for (int j = 0; j < cols; j++)
                        y[i * cols + j] /= sum;
                }
            }
        }
        """,
        """
        using System;
        using System.Numerics.Tensors;

        public static class Subject
        {
            public static void Softmax(ReadOnlySpan<float> x, Span<float> y, int cols)
            {
                int rows = x.Length / cols;
                for (int i = 0; i < rows; i++)
                {
                    float sum = 0;
                    float max = float.NegativeInfinity;
                    for (int j = 0; j < cols; j++)
                        max = MathF.Max(max, x[i * cols + j]);
                    for (int j = 0; j < cols; j++)
                    {
                        float e = MathF.Exp(x[i * cols + j] - max);
                        y[i * cols + j] = e;
                        sum += e;
                    }
                    for (int j = 0; j < cols; j++)
                        y[i * cols + j] /= sum;
                }
            }
        }
        """);

    public static readonly FixCase FlatArrayBothBugsWithOffset = new(
        nameof(FlatArrayBothBugsWithOffset), "flat double",
        """
        using System;

        public static class Subject
        {
            public static void Softmax(double[] x, double[] y, int cols)
            {
                int rows = x.Length / cols;
                double max = double.NegativeInfinity, sum = 0;
                for (int k = 0; k < x.Length; k++)
                    max = x[k] > max ? x[k] : max;
                for (int i = 0; i < rows; i++)
                {
                    int offset = i * cols;
                    for (int j = 0; j < cols; j++)
                    {
                        y[offset + j] = Math.Exp(x[offset + j] - max);
                        {|LG0008:sum += y[offset + j]|};
                    }
                }
                for (int i = 0; i < rows; i++)
                {
                    int offset = i * cols;
                    for (int j = 0; j < cols; j++)
                        y[offset + j] = y[offset + j] / sum;
                }
            }
        }
        """,
        """
        using System;

        public static class Subject
        {
            public static void Softmax(double[] x, double[] y, int cols)
            {
                int rows = x.Length / cols;
                for (int i = 0; i < rows; i++)
                {
                    int offset = i * cols;
                    double max = double.NegativeInfinity;
                    for (int j = 0; j < cols; j++)
                        max = Math.Max(max, x[offset + j]);
                    for (int j = 0; j < cols; j++)
                    {
                        y[offset + j] = Math.Exp(x[offset + j] - max);
                    }
                }
                for (int i = 0; i < rows; i++)
                {
                    int offset = i * cols;
                    double sum = 0.0;
                    for (int j = 0; j < cols; j++)
                    {
                        sum += y[offset + j];
                    }
                    for (int j = 0; j < cols; j++)
                        y[offset + j] = y[offset + j] / sum;
                }
            }
        }
        """);

    public static readonly FixCase FieldMaxWithPerRowSum = new(
        nameof(FieldMaxWithPerRowSum), "field float[,]",
        """
        using System;

        public sealed class Subject
        {
            private float _max;

            public void Softmax(float[,] x, float[,] y)
            {
                _max = float.MinValue;
                for (int i = 0; i < x.GetLength(0); i++)
                    for (int j = 0; j < x.GetLength(1); j++)
                        {|LG0001:_max = MathF.Max(_max, x[i, j])|};
                for (int i = 0; i < x.GetLength(0); i++)
                {
                    float sum = 0;
                    for (int j = 0; j < x.GetLength(1); j++)
                    {
                        y[i, j] = MathF.Exp(x[i, j] - _max);
                        sum += y[i, j];
                    }
                    for (int j = 0; j < x.GetLength(1); j++)
                        y[i, j] /= sum;
                }
            }
        }
        """,
        """
        using System;

        public sealed class Subject
        {
            private float _max;

            public void Softmax(float[,] x, float[,] y)
            {
                _max = float.MinValue;
                for (int i = 0; i < x.GetLength(0); i++)
                    for (int j = 0; j < x.GetLength(1); j++)
                        _max = MathF.Max(_max, x[i, j]);
                for (int i = 0; i < x.GetLength(0); i++)
                {
                    float sum = 0;
                    float sliceMax = float.NegativeInfinity;
                    for (int j = 0; j < x.GetLength(1); j++)
                        sliceMax = MathF.Max(sliceMax, x[i, j]);
                    for (int j = 0; j < x.GetLength(1); j++)
                    {
                        y[i, j] = MathF.Exp(x[i, j] - sliceMax);
                        sum += y[i, j];
                    }
                    for (int j = 0; j < x.GetLength(1); j++)
                        y[i, j] /= sum;
                }
            }
        }
        """);

    public static readonly FixCase RectangularSumOnly = new(
        nameof(RectangularSumOnly), "float[,]",
        """
        using System;

        public static class Subject
        {
            public static void Softmax(float[,] x, float[,] y)
            {
                float sum = 0;
                for (int i = 0; i < x.GetLength(0); i++)
                {
                    float max = float.MinValue;
                    for (int j = 0; j < x.GetLength(1); j++)
                        max = MathF.Max(max, x[i, j]);
                    for (int j = 0; j < x.GetLength(1); j++)
                        y[i, j] = MathF.Exp(x[i, j] - max);
                }
                for (int i = 0; i < x.GetLength(0); i++)
                    for (int j = 0; j < x.GetLength(1); j++)
                        {|LG0002:sum += y[i, j]|};
                for (int i = 0; i < x.GetLength(0); i++)
                    for (int j = 0; j < x.GetLength(1); j++)
                        y[i, j] /= sum;
            }
        }
        """,
        """
        using System;

        public static class Subject
        {
            public static void Softmax(float[,] x, float[,] y)
            {
                for (int i = 0; i < x.GetLength(0); i++)
                {
                    float max = float.MinValue;
                    for (int j = 0; j < x.GetLength(1); j++)
                        max = MathF.Max(max, x[i, j]);
                    for (int j = 0; j < x.GetLength(1); j++)
                        y[i, j] = MathF.Exp(x[i, j] - max);
                }
                for (int i = 0; i < x.GetLength(0); i++)
                {
                    float sum = 0f;
                    for (int j = 0; j < x.GetLength(1); j++)
                    {
                        sum += y[i, j];
                    }
                    for (int j = 0; j < x.GetLength(1); j++)
                        y[i, j] /= sum;
                }
            }
        }
        """);

    public static IEnumerable<FixCase> All => new[]
    {
        RectangularSumOnly, RectangularBothBugs, RectangularLinqMaxOnly, RectangularIfMaxGlobalSumInline, JaggedSelectManyAndGlobalSum,
        FlatSpanTensorPrimitivesMaxOnly, FlatArrayBothBugsWithOffset, FieldMaxWithPerRowSum,
    };

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var fixCase in All)
        {
            data.Add(fixCase.Name);
        }

        return data;
    }

    public static FixCase Get(string name) => All.Single(fixCase => fixCase.Name == name);
}

/// <summary>One buggy softmax (with diagnostic markup) and its expected fixed text.</summary>
public sealed record FixCase(string Name, string Shape, string Source, string Fixed)
{
    /// <summary>
    /// A class compiled next to the subject: <c>Harness.Run(double[] flat, int rows, int cols)</c> converts the batch
    /// to the subject's input type, calls it, and returns the probabilities flattened to double.
    /// </summary>
    public string Harness => Shape switch
    {
        "float[,]" => HarnessFor("float", "var x = new float[rows, cols]; var y = new float[rows, cols]; for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) x[i, j] = (float)flat[i * cols + j]; Subject.Softmax(x, y); for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) r[i * cols + j] = y[i, j];"),
        "double[,]" => HarnessFor("double", "var x = new double[rows, cols]; var y = new double[rows, cols]; for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) x[i, j] = flat[i * cols + j]; Subject.Softmax(x, y); for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) r[i * cols + j] = y[i, j];"),
        "float[][]" => HarnessFor("float", "var x = new float[rows][]; for (int i = 0; i < rows; i++) { x[i] = new float[cols]; for (int j = 0; j < cols; j++) x[i][j] = (float)flat[i * cols + j]; } var y = Subject.Softmax(x); for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) r[i * cols + j] = y[i][j];"),
        "flat float" => HarnessFor("float", "var x = new float[rows * cols]; var y = new float[rows * cols]; for (int k = 0; k < x.Length; k++) x[k] = (float)flat[k]; Subject.Softmax(x, y, cols); for (int k = 0; k < y.Length; k++) r[k] = y[k];"),
        "flat double" => HarnessFor("double", "var y = new double[rows * cols]; Subject.Softmax((double[])flat.Clone(), y, cols); for (int k = 0; k < y.Length; k++) r[k] = y[k];"),
        "field float[,]" => HarnessFor("float", "var x = new float[rows, cols]; var y = new float[rows, cols]; for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) x[i, j] = (float)flat[i * cols + j]; new Subject().Softmax(x, y); for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) r[i * cols + j] = y[i, j];"),
        _ => throw new InvalidOperationException($"No harness for shape '{Shape}'."),
    };

    /// <summary>float or double: which LayerGen.Softmax.Forward overload is the reference.</summary>
    public bool IsSinglePrecision => Harness.Contains("public const bool Single = true", StringComparison.Ordinal);

    private static string HarnessFor(string precision, string body) => $$"""

        public static class Harness
        {
            public const bool Single = {{(precision == "float" ? "true" : "false")}};

            public static double[] Run(double[] flat, int rows, int cols)
            {
                var r = new double[rows * cols];
                {{body}}
                return r;
            }
        }
        """;

    /// <summary>The source without <c>{|LG0001:…|}</c> markup.</summary>
    public string PlainSource => Markup.Strip(Source);

    /// <summary>Sources that use TensorPrimitives get the stand-in type appended.</summary>
    public bool NeedsTensorPrimitives => Source.Contains("TensorPrimitives", StringComparison.Ordinal);
}

/// <summary>Removes diagnostic markup from test sources.</summary>
public static partial class Markup
{
    public static string Strip(string source) => MarkupPattern().Replace(source, string.Empty);

    [GeneratedRegex(@"\{\|[^:|]+:|\|\}")]
    private static partial Regex MarkupPattern();
}
