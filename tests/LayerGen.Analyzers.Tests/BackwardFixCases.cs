namespace LayerGen.Analyzers.Tests;

/// <summary>What a fix case's harness computes and what it is compared with.</summary>
public enum BackwardCheck
{
    /// <summary><c>double[] Run(double[] logits, int rows, int cols, int[] labels)</c>: one cross-entropy per row.</summary>
    LossPerRow,

    /// <summary>The same signature, returning one number: the mean cross-entropy over the rows.</summary>
    LossMean,

    /// <summary><c>double[] Run(double[] logits, double[] dy, int rows, int cols)</c>: the gradient with respect to the logits.</summary>
    Backward,
}

/// <summary>A buggy loss or backward with the exact text its fix produces, and a harness that runs either version.</summary>
/// <param name="Name">The case name (also its assembly name when compiled).</param>
/// <param name="Rule">The diagnostic the fix repairs.</param>
/// <param name="Source">The buggy code (no markup; the diagnostics are found by running the analyzer).</param>
/// <param name="Fixed">The exact text after every fix of <paramref name="Rule"/> is applied.</param>
/// <param name="Harness">A <c>public static class Harness</c> with <c>Run</c>, compiled with the source.</param>
/// <param name="Check">What <c>Run</c> returns.</param>
/// <param name="IsSinglePrecision">True when the subject computes in float (looser tolerances).</param>
/// <param name="Source0">Where the code comes from (for the reader).</param>
public sealed record BackwardFixCase(string Name, string Rule, string Source, string Fixed, string Harness, BackwardCheck Check, bool IsSinglePrecision, string Source0)
{
    public override string ToString() => Name;
}

/// <summary>
/// The LG0005–LG0007 fix cases: re-created buggy code (sources in <see cref="BackwardFixCase.Source0"/>), the exact
/// fixed text, and a harness. Checked by <see cref="BackwardFixTests"/>: the fix produces the text, the text has no
/// diagnostic, and running it gives the double-precision log-softmax cross-entropy (losses, with rows at ±1000) or
/// LayerGen.Softmax.Backward and a numerical gradient (backward passes).
/// </summary>
public static class BackwardFixCases
{
    private const string LossRowByRow = """

        public static class Harness
        {
            public static double[] Run(double[] logits, int rows, int cols, int[] labels)
            {
                var result = new double[rows];
                for (int r = 0; r < rows; r++)
                {
                    result[r] = RunRow(logits.AsSpan(r * cols, cols).ToArray(), labels[r]);
                }

                return result;
            }
        """;

    public static readonly BackwardFixCase TutorialTargetDistribution = new(
        nameof(TutorialTargetDistribution), "LG0005",
        """
        using System;

        public static class Loss
        {
            public static double CrossEntropy(double[] logits, double[] target)
            {
                double max = double.NegativeInfinity;
                for (int i = 0; i < logits.Length; i++)
                {
                    max = Math.Max(max, logits[i]);
                }

                var y = new double[logits.Length];
                double sum = 0;
                for (int i = 0; i < logits.Length; i++)
                {
                    y[i] = Math.Exp(logits[i] - max);
                    sum += y[i];
                }

                for (int i = 0; i < logits.Length; i++)
                {
                    y[i] /= sum;
                }

                double loss = 0;
                for (int i = 0; i < logits.Length; i++)
                {
                    loss -= target[i] * Math.Log(y[i]);
                }

                return loss;
            }
        }
        """,
        """
        using System;

        public static class Loss
        {
            public static double CrossEntropy(double[] logits, double[] target)
            {
                double max = double.NegativeInfinity;
                for (int i = 0; i < logits.Length; i++)
                {
                    max = Math.Max(max, logits[i]);
                }

                var y = new double[logits.Length];
                double sum = 0;
                for (int i = 0; i < logits.Length; i++)
                {
                    y[i] = Math.Exp(logits[i] - max);
                    sum += y[i];
                }

                for (int i = 0; i < logits.Length; i++)
                {
                    y[i] /= sum;
                }

                double loss = 0;
                for (int i = 0; i < logits.Length; i++)
                {
                    loss -= target[i] * (logits[i] - max - Math.Log(sum));
                }

                return loss;
            }
        }
        """,
        LossRowByRow + """

            private static double RunRow(double[] row, int label)
            {
                var target = new double[row.Length];
                target[label] = 1;
                return Loss.CrossEntropy(row, target);
            }
        }
        """,
        BackwardCheck.LossPerRow, false, "seed 002: the TensorFlow MNIST tutorial's -reduce_sum(y_ * log(softmax(x)))");

    public static readonly BackwardFixCase FlatBatchLabelsFloat = new(
        nameof(FlatBatchLabelsFloat), "LG0005",
        """
        using System;

        public static class Loss
        {
            public static float CrossEntropy(float[] logits, int[] targets, int classes)
            {
                int batch = targets.Length;
                var softmax = new float[logits.Length];
                float total = 0f;
                for (int i = 0; i < batch; i++)
                {
                    float max = float.MinValue;
                    for (int j = 0; j < classes; j++)
                    {
                        max = Math.Max(max, logits[i * classes + j]);
                    }

                    double sumExp = 0.0;
                    for (int j = 0; j < classes; j++)
                    {
                        double e = Math.Exp(logits[i * classes + j] - max);
                        softmax[i * classes + j] = (float)e;
                        sumExp += e;
                    }

                    for (int j = 0; j < classes; j++)
                    {
                        softmax[i * classes + j] = (float)(softmax[i * classes + j] / sumExp);
                    }

                    total += -MathF.Log(softmax[i * classes + targets[i]]);
                }

                return total / batch;
            }
        }
        """,
        """
        using System;

        public static class Loss
        {
            public static float CrossEntropy(float[] logits, int[] targets, int classes)
            {
                int batch = targets.Length;
                var softmax = new float[logits.Length];
                float total = 0f;
                for (int i = 0; i < batch; i++)
                {
                    float max = float.MinValue;
                    for (int j = 0; j < classes; j++)
                    {
                        max = Math.Max(max, logits[i * classes + j]);
                    }

                    double sumExp = 0.0;
                    for (int j = 0; j < classes; j++)
                    {
                        double e = Math.Exp(logits[i * classes + j] - max);
                        softmax[i * classes + j] = (float)e;
                        sumExp += e;
                    }

                    for (int j = 0; j < classes; j++)
                    {
                        softmax[i * classes + j] = (float)(softmax[i * classes + j] / sumExp);
                    }

                    total += -(logits[i * classes + targets[i]] - max - MathF.Log((float)sumExp));
                }

                return total / batch;
            }
        }
        """,
        """

        public static class Harness
        {
            public static double[] Run(double[] logits, int rows, int cols, int[] labels) =>
                new double[] { Loss.CrossEntropy(Array.ConvertAll(logits, v => (float)v), labels, cols) };
        }
        """,
        BackwardCheck.LossMean, true, "the flat [B, C] row loop of Loss.CrossEntropy in a DeepSharp repository");

    public static readonly BackwardFixCase GenericPolicyLogProbability = new(
        nameof(GenericPolicyLogProbability), "LG0005",
        """
        using System;
        using System.Numerics;

        public static class Policy<T> where T : IFloatingPointIeee754<T>
        {
            public static T LogProbability(T[] scores, int action)
            {
                T max = T.NegativeInfinity;
                for (int a = 0; a < scores.Length; a++)
                {
                    max = T.Max(max, scores[a]);
                }

                var probs = new T[scores.Length];
                T sum = T.Zero;
                for (int a = 0; a < scores.Length; a++)
                {
                    probs[a] = T.Exp(scores[a] - max);
                    sum += probs[a];
                }

                for (int a = 0; a < scores.Length; a++)
                {
                    probs[a] /= sum;
                }

                return T.Log(probs[action]);
            }
        }
        """,
        """
        using System;
        using System.Numerics;

        public static class Policy<T> where T : IFloatingPointIeee754<T>
        {
            public static T LogProbability(T[] scores, int action)
            {
                T max = T.NegativeInfinity;
                for (int a = 0; a < scores.Length; a++)
                {
                    max = T.Max(max, scores[a]);
                }

                var probs = new T[scores.Length];
                T sum = T.Zero;
                for (int a = 0; a < scores.Length; a++)
                {
                    probs[a] = T.Exp(scores[a] - max);
                    sum += probs[a];
                }

                for (int a = 0; a < scores.Length; a++)
                {
                    probs[a] /= sum;
                }

                return scores[action] - max - T.Log(sum);
            }
        }
        """,
        LossRowByRow + """

            private static double RunRow(double[] row, int label) => -Policy<double>.LogProbability(row, label);
        }
        """,
        BackwardCheck.LossPerRow, false, "policy-gradient log pi(a|s) in generic math; dadelcarbo/AI CrossEntropy.Evaluate");

    public static readonly BackwardFixCase RectangularBatchInOneLoop = new(
        nameof(RectangularBatchInOneLoop), "LG0005",
        """
        using System;

        public static class Loss
        {
            public static double[] PerSample(float[,] logits, int[] labels)
            {
                int rows = logits.GetLength(0), cols = logits.GetLength(1);
                var p = new float[rows, cols];
                var losses = new double[rows];
                for (int r = 0; r < rows; r++)
                {
                    float m = float.NegativeInfinity;
                    for (int c = 0; c < cols; c++)
                    {
                        if (logits[r, c] > m)
                        {
                            m = logits[r, c];
                        }
                    }

                    float s = 0f;
                    for (int c = 0; c < cols; c++)
                    {
                        p[r, c] = MathF.Exp(logits[r, c] - m);
                        s += p[r, c];
                    }

                    for (int c = 0; c < cols; c++)
                    {
                        p[r, c] = p[r, c] / s;
                    }

                    losses[r] = -Math.Log(p[r, labels[r]]);
                }

                return losses;
            }
        }
        """,
        """
        using System;

        public static class Loss
        {
            public static double[] PerSample(float[,] logits, int[] labels)
            {
                int rows = logits.GetLength(0), cols = logits.GetLength(1);
                var p = new float[rows, cols];
                var losses = new double[rows];
                for (int r = 0; r < rows; r++)
                {
                    float m = float.NegativeInfinity;
                    for (int c = 0; c < cols; c++)
                    {
                        if (logits[r, c] > m)
                        {
                            m = logits[r, c];
                        }
                    }

                    float s = 0f;
                    for (int c = 0; c < cols; c++)
                    {
                        p[r, c] = MathF.Exp(logits[r, c] - m);
                        s += p[r, c];
                    }

                    for (int c = 0; c < cols; c++)
                    {
                        p[r, c] = p[r, c] / s;
                    }

                    losses[r] = -(logits[r, labels[r]] - m - Math.Log(s));
                }

                return losses;
            }
        }
        """,
        """

        public static class Harness
        {
            public static double[] Run(double[] logits, int rows, int cols, int[] labels)
            {
                var x = new float[rows, cols];
                for (int k = 0; k < logits.Length; k++)
                {
                    x[k / cols, k % cols] = (float)logits[k];
                }

                return Loss.PerSample(x, labels);
            }
        }
        """,
        BackwardCheck.LossPerRow, true, "the Program.cs loss of the SoftmaxBugs sample (a row-major float[,] batch, Math.Log of a float)");

    public static readonly BackwardFixCase RuntimeSoftmaxThenLog = new(
        nameof(RuntimeSoftmaxThenLog), "LG0005",
        """
        using System;

        public static class Loss
        {
            public static double[] PerRow(double[] logits, int[] labels, int cols)
            {
                var p = new double[logits.Length];
                LayerGen.Softmax.Forward(logits, p, cols);
                var losses = new double[labels.Length];
                for (int r = 0; r < labels.Length; r++)
                {
                    losses[r] = -Math.Log(p[r * cols + labels[r]]);
                }

                return losses;
            }
        }
        """,
        """
        using System;

        public static class Loss
        {
            public static double[] PerRow(double[] logits, int[] labels, int cols)
            {
                var p = new double[logits.Length];
                LayerGen.Softmax.Forward(logits, p, cols);
                var logProbabilities = new double[p.Length];
                LayerGen.LogSoftmax.Forward(logits, logProbabilities, cols);
                var losses = new double[labels.Length];
                for (int r = 0; r < labels.Length; r++)
                {
                    losses[r] = -logProbabilities[r * cols + labels[r]];
                }

                return losses;
            }
        }
        """,
        """

        public static class Harness
        {
            public static double[] Run(double[] logits, int rows, int cols, int[] labels) => Loss.PerRow(logits, labels, cols);
        }
        """,
        BackwardCheck.LossPerRow, false, "probabilities from LayerGen.Softmax.Forward, then -log p[label] per row (the runtime fix: LayerGen.LogSoftmax.Forward)");

    private const string BackwardRowByRow = """

        public static class Harness
        {
            public static double[] Run(double[] logits, double[] dy, int rows, int cols)
            {
                var result = new double[logits.Length];
                for (int r = 0; r < rows; r++)
                {
                    var dx = RunRow(logits.AsSpan(r * cols, cols).ToArray(), dy.AsSpan(r * cols, cols).ToArray());
                    dx.CopyTo(result, r * cols);
                }

                return result;
            }
        """;

    public static readonly BackwardFixCase NnfsBatchJacobianField = new(
        nameof(NnfsBatchJacobianField), "LG0006",
        """
        using System;

        public sealed class ActivationSoftmax
        {
            private double[,] _output = new double[0, 0];

            public double[,] DInputs { get; private set; } = new double[0, 0];

            public void Forward(double[,] inputs)
            {
                int samples = inputs.GetLength(0), classes = inputs.GetLength(1);
                _output = new double[samples, classes];
                for (int s = 0; s < samples; s++)
                {
                    double max = double.NegativeInfinity;
                    for (int c = 0; c < classes; c++)
                    {
                        max = Math.Max(max, inputs[s, c]);
                    }

                    double sum = 0;
                    for (int c = 0; c < classes; c++)
                    {
                        _output[s, c] = Math.Exp(inputs[s, c] - max);
                        sum += _output[s, c];
                    }

                    for (int c = 0; c < classes; c++)
                    {
                        _output[s, c] /= sum;
                    }
                }
            }

            public void Backward(double[,] dvalues)
            {
                int samples = dvalues.GetLength(0), classes = dvalues.GetLength(1);
                DInputs = new double[samples, classes];
                for (int index = 0; index < samples; index++)
                {
                    var jacobian = new double[classes, classes];
                    for (int i = 0; i < classes; i++)
                    {
                        jacobian[i, i] = _output[index, i];
                    }

                    for (int i = 0; i < classes; i++)
                    {
                        for (int j = 0; j < classes; j++)
                        {
                            jacobian[i, j] -= _output[index, i] * _output[index, j];
                        }
                    }

                    for (int i = 0; i < classes; i++)
                    {
                        double total = 0;
                        for (int j = 0; j < classes; j++)
                        {
                            total += jacobian[i, j] * dvalues[index, j];
                        }

                        DInputs[index, i] = total;
                    }
                }
            }
        }
        """,
        """
        using System;

        public sealed class ActivationSoftmax
        {
            private double[,] _output = new double[0, 0];

            public double[,] DInputs { get; private set; } = new double[0, 0];

            public void Forward(double[,] inputs)
            {
                int samples = inputs.GetLength(0), classes = inputs.GetLength(1);
                _output = new double[samples, classes];
                for (int s = 0; s < samples; s++)
                {
                    double max = double.NegativeInfinity;
                    for (int c = 0; c < classes; c++)
                    {
                        max = Math.Max(max, inputs[s, c]);
                    }

                    double sum = 0;
                    for (int c = 0; c < classes; c++)
                    {
                        _output[s, c] = Math.Exp(inputs[s, c] - max);
                        sum += _output[s, c];
                    }

                    for (int c = 0; c < classes; c++)
                    {
                        _output[s, c] /= sum;
                    }
                }
            }

            public void Backward(double[,] dvalues)
            {
                int samples = dvalues.GetLength(0), classes = dvalues.GetLength(1);
                DInputs = new double[samples, classes];
                for (int index = 0; index < samples; index++)
                {
                    double dot = 0.0;
                    for (int j = 0; j < classes; j++)
                    {
                        dot += _output[index, j] * dvalues[index, j];
                    }

                    for (int i = 0; i < classes; i++)
                    {
                        double total = 0;
                        total += _output[index, i] * (dvalues[index, i] - dot);

                        DInputs[index, i] = total;
                    }
                }
            }
        }
        """,
        """

        public static class Harness
        {
            public static double[] Run(double[] logits, double[] dy, int rows, int cols)
            {
                var layer = new ActivationSoftmax();
                layer.Forward(ToMatrix(logits, rows, cols));
                layer.Backward(ToMatrix(dy, rows, cols));
                var result = new double[rows * cols];
                for (int k = 0; k < result.Length; k++)
                {
                    result[k] = layer.DInputs[k / cols, k % cols];
                }

                return result;
            }

            private static double[,] ToMatrix(double[] flat, int rows, int cols)
            {
                var m = new double[rows, cols];
                for (int k = 0; k < flat.Length; k++)
                {
                    m[k / cols, k % cols] = flat[k];
                }

                return m;
            }
        }
        """,
        BackwardCheck.Backward, false, "Activation_Softmax.backward of Neural Networks from Scratch (nnfs.io): diagflat(y) - y yᵀ per sample");

    public static readonly BackwardFixCase ColumnMajorFlatTernary = new(
        nameof(ColumnMajorFlatTernary), "LG0006",
        """
        using System;

        public static class SoftMax
        {
            public static void ForwardBackward(float[] z, float[] upstream, float[] gradients, int classes, int batch)
            {
                var y = new float[classes];
                var jacobian = new float[classes * classes];
                for (int col = 0; col < batch; col++)
                {
                    float max = float.NegativeInfinity;
                    for (int c = 0; c < classes; c++)
                    {
                        max = MathF.Max(max, z[c * batch + col]);
                    }

                    float sum = 0f;
                    for (int c = 0; c < classes; c++)
                    {
                        y[c] = MathF.Exp(z[c * batch + col] - max);
                        sum += y[c];
                    }

                    for (int c = 0; c < classes; c++)
                    {
                        y[c] /= sum;
                    }

                    for (int i = 0; i < classes; i++)
                    {
                        for (int j = 0; j < classes; j++)
                        {
                            jacobian[i * classes + j] = i == j ? y[i] * (1f - y[i]) : -y[i] * y[j];
                        }
                    }

                    for (int i = 0; i < classes; i++)
                    {
                        float g = 0f;
                        for (int j = 0; j < classes; j++)
                        {
                            g += jacobian[i * classes + j] * upstream[j * batch + col];
                        }

                        gradients[i * batch + col] = g;
                    }
                }
            }
        }
        """,
        """
        using System;

        public static class SoftMax
        {
            public static void ForwardBackward(float[] z, float[] upstream, float[] gradients, int classes, int batch)
            {
                var y = new float[classes];
                for (int col = 0; col < batch; col++)
                {
                    float max = float.NegativeInfinity;
                    for (int c = 0; c < classes; c++)
                    {
                        max = MathF.Max(max, z[c * batch + col]);
                    }

                    float sum = 0f;
                    for (int c = 0; c < classes; c++)
                    {
                        y[c] = MathF.Exp(z[c * batch + col] - max);
                        sum += y[c];
                    }

                    for (int c = 0; c < classes; c++)
                    {
                        y[c] /= sum;
                    }

                    float dot = 0f;
                    for (int j = 0; j < classes; j++)
                    {
                        dot += y[j] * upstream[j * batch + col];
                    }

                    for (int i = 0; i < classes; i++)
                    {
                        float g = 0f;
                        g += y[i] * (upstream[i * batch + col] - dot);

                        gradients[i * batch + col] = g;
                    }
                }
            }
        }
        """,
        """

        public static class Harness
        {
            public static double[] Run(double[] logits, double[] dy, int rows, int cols)
            {
                // Column-major: one column per sample, element (class c, sample b) at c * rows + b.
                var z = new float[logits.Length];
                var upstream = new float[logits.Length];
                for (int b = 0; b < rows; b++)
                {
                    for (int c = 0; c < cols; c++)
                    {
                        z[c * rows + b] = (float)logits[b * cols + c];
                        upstream[c * rows + b] = (float)dy[b * cols + c];
                    }
                }

                var gradients = new float[logits.Length];
                SoftMax.ForwardBackward(z, upstream, gradients, cols, rows);
                var result = new double[logits.Length];
                for (int b = 0; b < rows; b++)
                {
                    for (int c = 0; c < cols; c++)
                    {
                        result[b * cols + c] = gradients[c * rows + b];
                    }
                }

                return result;
            }
        }
        """,
        BackwardCheck.Backward, true, "SoftMax::backward of a C++/Eigen network (column-major, jacobian_matrix(i, j) = i == j ? ... : ...)");

    public static readonly BackwardFixCase GenericKroneckerJacobian = new(
        nameof(GenericKroneckerJacobian), "LG0006",
        """
        using System;
        using System.Numerics;

        public static class SoftmaxActivation<T> where T : IFloatingPointIeee754<T>
        {
            public static void ForwardBackward(ReadOnlySpan<T> x, ReadOnlySpan<T> outputGradient, Span<T> inputGradient)
            {
                int n = x.Length;
                T max = T.NegativeInfinity;
                for (int i = 0; i < n; i++)
                {
                    max = T.Max(max, x[i]);
                }

                var y = new T[n];
                T sum = T.Zero;
                for (int i = 0; i < n; i++)
                {
                    y[i] = T.Exp(x[i] - max);
                    sum += y[i];
                }

                for (int i = 0; i < n; i++)
                {
                    y[i] /= sum;
                }

                var jacobian = new T[n, n];
                for (int i = 0; i < n; i++)
                {
                    for (int j = 0; j < n; j++)
                    {
                        jacobian[i, j] = y[i] * ((i == j ? T.One : T.Zero) - y[j]);
                    }
                }

                for (int i = 0; i < n; i++)
                {
                    T g = T.Zero;
                    for (int j = 0; j < n; j++)
                    {
                        g += jacobian[j, i] * outputGradient[j];
                    }

                    inputGradient[i] = g;
                }
            }
        }
        """,
        """
        using System;
        using System.Numerics;

        public static class SoftmaxActivation<T> where T : IFloatingPointIeee754<T>
        {
            public static void ForwardBackward(ReadOnlySpan<T> x, ReadOnlySpan<T> outputGradient, Span<T> inputGradient)
            {
                int n = x.Length;
                T max = T.NegativeInfinity;
                for (int i = 0; i < n; i++)
                {
                    max = T.Max(max, x[i]);
                }

                var y = new T[n];
                T sum = T.Zero;
                for (int i = 0; i < n; i++)
                {
                    y[i] = T.Exp(x[i] - max);
                    sum += y[i];
                }

                for (int i = 0; i < n; i++)
                {
                    y[i] /= sum;
                }

                T dot = T.Zero;
                for (int j = 0; j < n; j++)
                {
                    dot += y[j] * outputGradient[j];
                }

                for (int i = 0; i < n; i++)
                {
                    T g = T.Zero;
                    g += y[i] * (outputGradient[i] - dot);

                    inputGradient[i] = g;
                }
            }
        }
        """,
        BackwardRowByRow + """

            private static double[] RunRow(double[] row, double[] dy)
            {
                var dx = new double[row.Length];
                SoftmaxActivation<double>.ForwardBackward(row, dy, dx);
                return dx;
            }
        }
        """,
        BackwardCheck.Backward, false, "the Jacobian of AiDotNet's SoftmaxActivation<T>, written y_i (δ_ij - y_j) with T.One/T.Zero");

    public static readonly BackwardFixCase OnTheFlyOffDiagonalSum = new(
        nameof(OnTheFlyOffDiagonalSum), "LG0006",
        """
        using System;

        public sealed class SoftmaxLayer
        {
            public void Backward(float[] logits, float[] gradient, float[] result)
            {
                var s = new float[logits.Length];
                Softmax(logits, s);
                for (int i = 0; i < s.Length; i++)
                {
                    float acc = 0f;
                    for (int j = 0; j < s.Length; j++)
                    {
                        acc += -s[i] * s[j] * gradient[j];
                    }

                    result[i] = acc + s[i] * gradient[i];
                }
            }

            private static void Softmax(float[] x, float[] y)
            {
                float max = float.NegativeInfinity;
                for (int k = 0; k < x.Length; k++)
                {
                    max = MathF.Max(max, x[k]);
                }

                float sum = 0f;
                for (int k = 0; k < x.Length; k++)
                {
                    y[k] = MathF.Exp(x[k] - max);
                    sum += y[k];
                }

                for (int k = 0; k < x.Length; k++)
                {
                    y[k] /= sum;
                }
            }
        }
        """,
        """
        using System;

        public sealed class SoftmaxLayer
        {
            public void Backward(float[] logits, float[] gradient, float[] result)
            {
                var s = new float[logits.Length];
                Softmax(logits, s);
                float dot = 0f;
                for (int j = 0; j < s.Length; j++)
                {
                    dot += s[j] * gradient[j];
                }

                for (int i = 0; i < s.Length; i++)
                {
                    float acc = 0f;
                    acc += -s[i] * dot;

                    result[i] = acc + s[i] * gradient[i];
                }
            }

            private static void Softmax(float[] x, float[] y)
            {
                float max = float.NegativeInfinity;
                for (int k = 0; k < x.Length; k++)
                {
                    max = MathF.Max(max, x[k]);
                }

                float sum = 0f;
                for (int k = 0; k < x.Length; k++)
                {
                    y[k] = MathF.Exp(x[k] - max);
                    sum += y[k];
                }

                for (int k = 0; k < x.Length; k++)
                {
                    y[k] /= sum;
                }
            }
        }
        """,
        BackwardRowByRow + """

            private static double[] RunRow(double[] row, double[] dy)
            {
                var result = new float[row.Length];
                new SoftmaxLayer().Backward(Array.ConvertAll(row, v => (float)v), Array.ConvertAll(dy, v => (float)v), result);
                return Array.ConvertAll(result, v => (double)v);
            }
        }
        """,
        BackwardCheck.Backward, true, "Stack Overflow, \"How to implement the Softmax derivative independently from any loss function?\" (scalar form of the AVX loop)");

    public static readonly BackwardFixCase OnTheFlyTernaryEntries = new(
        nameof(OnTheFlyTernaryEntries), "LG0006",
        """
        using System;

        public static class Gradient
        {
            public static void FullJacobianProduct(double[] logits, double[] dy, double[] dx)
            {
                double max = double.NegativeInfinity;
                foreach (double v in logits)
                {
                    max = Math.Max(max, v);
                }

                var y = new double[logits.Length];
                double sum = 0;
                for (int i = 0; i < y.Length; i++)
                {
                    y[i] = Math.Exp(logits[i] - max);
                    sum += y[i];
                }

                for (int i = 0; i < y.Length; i++)
                {
                    y[i] /= sum;
                }

                for (int i = 0; i < y.Length; i++)
                {
                    double g = 0;
                    for (int j = 0; j < y.Length; j++)
                    {
                        g += (i == j ? y[i] * (1 - y[i]) : -y[i] * y[j]) * dy[j];
                    }

                    dx[i] = g;
                }
            }
        }
        """,
        """
        using System;

        public static class Gradient
        {
            public static void FullJacobianProduct(double[] logits, double[] dy, double[] dx)
            {
                double max = double.NegativeInfinity;
                foreach (double v in logits)
                {
                    max = Math.Max(max, v);
                }

                var y = new double[logits.Length];
                double sum = 0;
                for (int i = 0; i < y.Length; i++)
                {
                    y[i] = Math.Exp(logits[i] - max);
                    sum += y[i];
                }

                for (int i = 0; i < y.Length; i++)
                {
                    y[i] /= sum;
                }

                double dot = 0.0;
                for (int j = 0; j < y.Length; j++)
                {
                    dot += y[j] * dy[j];
                }

                for (int i = 0; i < y.Length; i++)
                {
                    double g = 0;
                    g += y[i] * (dy[i] - dot);

                    dx[i] = g;
                }
            }
        }
        """,
        BackwardRowByRow + """

            private static double[] RunRow(double[] row, double[] dy)
            {
                var dx = new double[row.Length];
                Gradient.FullJacobianProduct(row, dy, dx);
                return dx;
            }
        }
        """,
        BackwardCheck.Backward, false, "the Jacobian product of DivyanshuTirkey/da6401_assignment1 _softmax.py, entry by entry");

    public static readonly BackwardFixCase FieldOutputTimesComplement = new(
        nameof(FieldOutputTimesComplement), "LG0007",
        """
        using System;

        public sealed class Softmax
        {
            public float[] Output { get; private set; } = Array.Empty<float>();

            public float[] InputGrad { get; private set; } = Array.Empty<float>();

            public void Forward(float[] x)
            {
                Output = new float[x.Length];
                float max = float.NegativeInfinity;
                for (int i = 0; i < x.Length; i++)
                {
                    max = MathF.Max(max, x[i]);
                }

                float sum = 0f;
                for (int i = 0; i < x.Length; i++)
                {
                    Output[i] = MathF.Exp(x[i] - max);
                    sum += Output[i];
                }

                for (int i = 0; i < x.Length; i++)
                {
                    Output[i] /= sum;
                }
            }

            public void Backward(float[] grad)
            {
                InputGrad = new float[grad.Length];
                for (int i = 0; i < grad.Length; i++)
                {
                    InputGrad[i] = grad[i] * Output[i] * (1 - Output[i]);
                }
            }
        }
        """,
        """
        using System;

        public sealed class Softmax
        {
            public float[] Output { get; private set; } = Array.Empty<float>();

            public float[] InputGrad { get; private set; } = Array.Empty<float>();

            public void Forward(float[] x)
            {
                Output = new float[x.Length];
                float max = float.NegativeInfinity;
                for (int i = 0; i < x.Length; i++)
                {
                    max = MathF.Max(max, x[i]);
                }

                float sum = 0f;
                for (int i = 0; i < x.Length; i++)
                {
                    Output[i] = MathF.Exp(x[i] - max);
                    sum += Output[i];
                }

                for (int i = 0; i < x.Length; i++)
                {
                    Output[i] /= sum;
                }
            }

            public void Backward(float[] grad)
            {
                InputGrad = new float[grad.Length];
                float dot = 0f;
                for (int i = 0; i < grad.Length; i++)
                {
                    dot += Output[i] * grad[i];
                }

                for (int i = 0; i < grad.Length; i++)
                {
                    InputGrad[i] = Output[i] * (grad[i] - dot);
                }
            }
        }
        """,
        BackwardRowByRow + """

            private static double[] RunRow(double[] row, double[] dy)
            {
                var layer = new Softmax();
                layer.Forward(Array.ConvertAll(row, v => (float)v));
                layer.Backward(Array.ConvertAll(dy, v => (float)v));
                return Array.ConvertAll(layer.InputGrad, v => (double)v);
            }
        }
        """,
        BackwardCheck.Backward, true, "tech-quantum/techquantum-demos NeuroSimple Softmax.Backward, grad * Output * (1 - Output)");

    public static readonly BackwardFixCase HelperDerivativeLinqForward = new(
        nameof(HelperDerivativeLinqForward), "LG0007",
        """
        using System;
        using System.Linq;

        public sealed class SoftMaxLayer
        {
            private double[] _output = Array.Empty<double>();

            public double[] Activate(double[] values)
            {
                double max = values.Max();
                double sum = values.Sum(v => Math.Exp(v - max));
                _output = values.Select(v => Math.Exp(v - max) / sum).ToArray();
                return _output;
            }

            public double[] Deltas(double[] error)
            {
                var delta = new double[error.Length];
                for (int i = 0; i < error.Length; i++)
                {
                    delta[i] = error[i] * Derivative(_output[i]);
                }

                return delta;
            }

            private static double Derivative(double value) => value * (1 - value);
        }
        """,
        """
        using System;
        using System.Linq;

        public sealed class SoftMaxLayer
        {
            private double[] _output = Array.Empty<double>();

            public double[] Activate(double[] values)
            {
                double max = values.Max();
                double sum = values.Sum(v => Math.Exp(v - max));
                _output = values.Select(v => Math.Exp(v - max) / sum).ToArray();
                return _output;
            }

            public double[] Deltas(double[] error)
            {
                var delta = new double[error.Length];
                double dot = 0.0;
                for (int i = 0; i < error.Length; i++)
                {
                    dot += _output[i] * error[i];
                }

                for (int i = 0; i < error.Length; i++)
                {
                    delta[i] = _output[i] * (error[i] - dot);
                }

                return delta;
            }

            private static double Derivative(double value) => value * (1 - value);
        }
        """,
        BackwardRowByRow + """

            private static double[] RunRow(double[] row, double[] dy)
            {
                var layer = new SoftMaxLayer();
                layer.Activate(row);
                return layer.Deltas(dy);
            }
        }
        """,
        BackwardCheck.Backward, false, "Uniquenik/Digit-recognizer2 SoftMaxActivationFunction.Derivative(value) => value * (1 - value)");

    public static readonly BackwardFixCase RectangularBatchComplementFirst = new(
        nameof(RectangularBatchComplementFirst), "LG0007",
        """
        using System;

        public static class SoftmaxLayer
        {
            public static void ForwardBackward(float[,] x, float[,] dy, float[,] dx)
            {
                int rows = x.GetLength(0), cols = x.GetLength(1);
                var y = new float[rows, cols];
                for (int r = 0; r < rows; r++)
                {
                    float max = float.MinValue;
                    for (int c = 0; c < cols; c++)
                    {
                        if (x[r, c] > max)
                        {
                            max = x[r, c];
                        }
                    }

                    float sum = 0;
                    for (int c = 0; c < cols; c++)
                    {
                        y[r, c] = MathF.Exp(x[r, c] - max);
                        sum += y[r, c];
                    }

                    for (int c = 0; c < cols; c++)
                    {
                        y[r, c] /= sum;
                    }

                    for (int c = 0; c < cols; c++)
                        dx[r, c] = (1f - y[r, c]) * y[r, c] * dy[r, c];
                }
            }
        }
        """,
        """
        using System;

        public static class SoftmaxLayer
        {
            public static void ForwardBackward(float[,] x, float[,] dy, float[,] dx)
            {
                int rows = x.GetLength(0), cols = x.GetLength(1);
                var y = new float[rows, cols];
                for (int r = 0; r < rows; r++)
                {
                    float max = float.MinValue;
                    for (int c = 0; c < cols; c++)
                    {
                        if (x[r, c] > max)
                        {
                            max = x[r, c];
                        }
                    }

                    float sum = 0;
                    for (int c = 0; c < cols; c++)
                    {
                        y[r, c] = MathF.Exp(x[r, c] - max);
                        sum += y[r, c];
                    }

                    for (int c = 0; c < cols; c++)
                    {
                        y[r, c] /= sum;
                    }

                    float dot = 0f;
                    for (int c = 0; c < cols; c++)
                    {
                        dot += y[r, c] * dy[r, c];
                    }

                    for (int c = 0; c < cols; c++)
                        dx[r, c] = y[r, c] * (dy[r, c] - dot);
                }
            }
        }
        """,
        """

        public static class Harness
        {
            public static double[] Run(double[] logits, double[] dy, int rows, int cols)
            {
                var x = new float[rows, cols];
                var g = new float[rows, cols];
                for (int k = 0; k < logits.Length; k++)
                {
                    x[k / cols, k % cols] = (float)logits[k];
                    g[k / cols, k % cols] = (float)dy[k];
                }

                var dx = new float[rows, cols];
                SoftmaxLayer.ForwardBackward(x, g, dx);
                var result = new double[logits.Length];
                for (int k = 0; k < result.Length; k++)
                {
                    result[k] = dx[k / cols, k % cols];
                }

                return result;
            }
        }
        """,
        BackwardCheck.Backward, true, "the C++ softmax::derivative(activations, index) = a * (1 - a) of a small network library, per element of a batch");

    public static readonly BackwardFixCase GenericOneMinusInSpan = new(
        nameof(GenericOneMinusInSpan), "LG0007",
        """
        using System;
        using System.Numerics;

        public static class SoftmaxGradient<T> where T : IFloatingPointIeee754<T>
        {
            public static void Backward(ReadOnlySpan<T> logits, ReadOnlySpan<T> upstream, Span<T> downstream)
            {
                T max = T.NegativeInfinity;
                foreach (T v in logits)
                {
                    max = T.Max(max, v);
                }

                Span<T> y = new T[logits.Length];
                T total = T.Zero;
                for (int k = 0; k < logits.Length; k++)
                {
                    y[k] = T.Exp(logits[k] - max);
                    total += y[k];
                }

                for (int k = 0; k < logits.Length; k++)
                {
                    y[k] /= total;
                }

                for (int k = 0; k < logits.Length; k++)
                {
                    downstream[k] = upstream[k] * (y[k] - y[k] * y[k]);
                }
            }
        }
        """,
        """
        using System;
        using System.Numerics;

        public static class SoftmaxGradient<T> where T : IFloatingPointIeee754<T>
        {
            public static void Backward(ReadOnlySpan<T> logits, ReadOnlySpan<T> upstream, Span<T> downstream)
            {
                T max = T.NegativeInfinity;
                foreach (T v in logits)
                {
                    max = T.Max(max, v);
                }

                Span<T> y = new T[logits.Length];
                T total = T.Zero;
                for (int k = 0; k < logits.Length; k++)
                {
                    y[k] = T.Exp(logits[k] - max);
                    total += y[k];
                }

                for (int k = 0; k < logits.Length; k++)
                {
                    y[k] /= total;
                }

                T dot = T.Zero;
                for (int k = 0; k < logits.Length; k++)
                {
                    dot += y[k] * upstream[k];
                }

                for (int k = 0; k < logits.Length; k++)
                {
                    downstream[k] = y[k] * (upstream[k] - dot);
                }
            }
        }
        """,
        BackwardRowByRow + """

            private static double[] RunRow(double[] row, double[] dy)
            {
                var dx = new double[row.Length];
                SoftmaxGradient<double>.Backward(row, dy, dx);
                return dx;
            }
        }
        """,
        BackwardCheck.Backward, false, "the GradientDescentSharp derivative variable - variable * variable, multiplied by the upstream gradient in generic math");

    public static IReadOnlyList<BackwardFixCase> All { get; } =
    [
        TutorialTargetDistribution, FlatBatchLabelsFloat, GenericPolicyLogProbability, RectangularBatchInOneLoop, RuntimeSoftmaxThenLog,
        NnfsBatchJacobianField, ColumnMajorFlatTernary, GenericKroneckerJacobian, OnTheFlyOffDiagonalSum, OnTheFlyTernaryEntries,
        FieldOutputTimesComplement, HelperDerivativeLinqForward, RectangularBatchComplementFirst, GenericOneMinusInSpan,
    ];

    public static TheoryData<string> Names() => new(All.Select(fixCase => fixCase.Name));

    public static BackwardFixCase Get(string name) => All.Single(fixCase => fixCase.Name == name);
}
