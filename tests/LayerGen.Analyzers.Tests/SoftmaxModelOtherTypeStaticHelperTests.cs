using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Probabilities made by a static helper of another type in the same file count like those of a helper of the type
/// (Real57's NEA attention: the block's Forward stores <c>MathsUtils.Softmax(scores)</c> in a field, its Backward sends
/// the field through <c>MathsUtils.BackpropSoftmax</c>, which multiplies by s(1 − s)): a field filled with the helper's
/// returned buffer or through a buffer argument it writes, read back by the diagonal-only derivative (inline, through a
/// local, in a while loop, or in another static helper the backward calls) is LG0007; the log of an element of the
/// helper's result is LG0005. The same code over another type's sigmoid, and the correct product
/// <c>y ⊙ (dy − ⟨y, dy⟩)</c>, stay silent.
/// </summary>
public class SoftmaxModelOtherTypeStaticHelperTests
{
    private const string Utils = """
        internal static class Utils
        {
            public static double[] Softmax(double[] x)
            {
                double m = double.MinValue;
                for (int i = 0; i < x.Length; i++) m = Math.Max(m, x[i]);
                var e = new double[x.Length];
                double s = 0;
                for (int i = 0; i < x.Length; i++) { e[i] = Math.Exp(x[i] - m); s += e[i]; }
                for (int i = 0; i < x.Length; i++) e[i] /= s;
                return e;
            }

            public static void SoftmaxInto(double[] x, double[] y)
            {
                double m = double.MinValue;
                for (int i = 0; i < x.Length; i++) m = Math.Max(m, x[i]);
                double s = 0;
                for (int i = 0; i < x.Length; i++) { y[i] = Math.Exp(x[i] - m); s += y[i]; }
                for (int i = 0; i < x.Length; i++) y[i] /= s;
            }

            public static double[] Sigmoid(double[] x)
            {
                var y = new double[x.Length];
                for (int i = 0; i < x.Length; i++) y[i] = 1.0 / (1.0 + Math.Exp(-x[i]));
                return y;
            }

            public static void SigmoidInto(double[] x, double[] y)
            {
                for (int i = 0; i < x.Length; i++) y[i] = 1.0 / (1.0 + Math.Exp(-x[i]));
            }

            public static double[] Diagonal(double[] dy, double[] y)
            {
                var dx = new double[y.Length];
                for (int i = 0; i < y.Length; i++) dx[i] = dy[i] * y[i] * (1 - y[i]);
                return dx;
            }
        }
        """;

    private static readonly string[] DiagonalBackwards =
    {
        "for (int i = 0; i < dy.Length; i++) dx[i] = dy[i] * _y[i] * (1 - _y[i]);",
        "for (int i = 0; i < dy.Length; i++) { double p = _y[i]; dx[i] = dy[i] * p * (1 - p); }",
        "int k = 0; while (k < dy.Length) { dx[k] = (1 - _y[k]) * _y[k] * dy[k]; k++; }",
        "var d = Utils.Diagonal(dy, _y); for (int i = 0; i < dy.Length; i++) dx[i] = d[i];",
    };

    private const string CorrectBackward =
        "double dot = 0; for (int i = 0; i < dy.Length; i++) dot += _y[i] * dy[i]; for (int i = 0; i < dy.Length; i++) dx[i] = _y[i] * (dy[i] - dot);";

    public static TheoryData<string, string> Diagonals(bool softmax)
    {
        var data = new TheoryData<string, string>();
        foreach (var backward in DiagonalBackwards)
        {
            data.Add(softmax ? "_y = Utils.Softmax(x);" : "_y = Utils.Sigmoid(x);", backward);
            data.Add(softmax ? "_y = new double[x.Length]; Utils.SoftmaxInto(x, _y);" : "_y = new double[x.Length]; Utils.SigmoidInto(x, _y);", backward);
        }

        return data;
    }

    public static TheoryData<string, string> SoftmaxDiagonals() => Diagonals(softmax: true);

    public static TheoryData<string, string> SigmoidDiagonals() => Diagonals(softmax: false);

    [Theory]
    [MemberData(nameof(SoftmaxDiagonals))]
    public async Task TheDiagonalOfAFieldAnotherTypesStaticSoftmaxFills_IsLG0007(string forward, string backward)
    {
        Assert.Equal(new[] { "LG0007" }, await FixRunner.ReportedIdsAsync(Source(forward, backward)));
    }

    [Theory]
    [MemberData(nameof(SigmoidDiagonals))]
    public async Task TheDiagonalOfAFieldAnotherTypesStaticSigmoidFills_IsSilent(string forward, string backward)
    {
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(forward, backward)));
    }

    [Theory]
    [InlineData("_y = Utils.Softmax(x);")]
    [InlineData("_y = new double[x.Length]; Utils.SoftmaxInto(x, _y);")]
    public async Task TheCorrectProductOfThatField_IsSilent(string forward)
    {
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(forward, CorrectBackward)));
    }

    [Theory]
    [InlineData("Utils.Softmax(x)", "LG0005")]
    [InlineData("Utils.Sigmoid(x)", null)]
    public async Task TheLogOfAnElementOfAnotherTypesStaticSoftmax_IsLG0005(string activation, string? expected)
    {
        var source = $$"""
            using System;
            {{Utils}}
            internal sealed class Loss
            {
                public double Of(double[] x, int target)
                {
                    var p = {{activation}};
                    return -Math.Log(p[target]);
                }
            }
            """;
        Assert.Equal(expected is null ? System.Array.Empty<string>() : new[] { expected }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("Utils.Softmax(scores)", "LG0007")]
    [InlineData("Utils.Sigmoid(scores)", null)]
    public async Task AUserMatrixFieldAnotherTypesStaticSoftmaxFills_ThroughAnotherTypesBackwardHelper(string forward, string? expected)
    {
        var source = $$"""
            using System;

            internal sealed class Matrix
            {
                private readonly float[,] m;
                public Matrix(int rows, int cols) { m = new float[rows, cols]; }
                public float this[int r, int c] { get => m[r, c]; set => m[r, c] = value; }
                public int GetLength(int d) => m.GetLength(d);
            }

            internal static class Utils
            {
                public static Matrix Softmax(Matrix input)
                {
                    var result = new Matrix(input.GetLength(0), input.GetLength(1));
                    for (int i = 0; i < input.GetLength(0); i++)
                    {
                        float max = float.NegativeInfinity;
                        for (int j = 0; j < input.GetLength(1); j++) if (input[i, j] > max) max = input[i, j];
                        float sum = 0f;
                        var e = new float[input.GetLength(1)];
                        for (int j = 0; j < input.GetLength(1); j++) { e[j] = MathF.Exp(input[i, j] - max); sum += e[j]; }
                        for (int j = 0; j < input.GetLength(1); j++) result[i, j] = e[j] / sum;
                    }
                    return result;
                }

                public static Matrix Sigmoid(Matrix input)
                {
                    var result = new Matrix(input.GetLength(0), input.GetLength(1));
                    for (int i = 0; i < input.GetLength(0); i++)
                        for (int j = 0; j < input.GetLength(1); j++) result[i, j] = 1f / (1f + MathF.Exp(-input[i, j]));
                    return result;
                }

                public static Matrix Backprop(Matrix dL, Matrix weights)
                {
                    var grad = new Matrix(weights.GetLength(0), weights.GetLength(1));
                    for (int i = 0; i < grad.GetLength(0); i++)
                        for (int j = 0; j < grad.GetLength(1); j++)
                        {
                            float soft = weights[i, j];
                            grad[i, j] = dL[i, j] * soft * (1 - soft);
                        }
                    return grad;
                }
            }

            internal sealed class Block
            {
                private Matrix weights = new Matrix(1, 1);

                public Matrix Forward(Matrix scores)
                {
                    weights = {{forward}};
                    return weights;
                }

                public Matrix Backward(Matrix dL)
                {
                    Matrix dScores = Utils.Backprop(dL, weights);
                    return dScores;
                }
            }
            """;
        Assert.Equal(expected is null ? System.Array.Empty<string>() : new[] { expected }, await FixRunner.ReportedIdsAsync(source));
    }

    private static string Source(string forward, string backward) => $$"""
        using System;
        {{Utils}}
        internal sealed class Layer
        {
            private double[] _y = new double[0];

            public void Forward(double[] x)
            {
                {{forward}}
            }

            public double[] Backward(double[] dy)
            {
                var dx = new double[dy.Length];
                {{backward}}
                return dx;
            }
        }
        """;
}
