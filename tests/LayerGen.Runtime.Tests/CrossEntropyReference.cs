namespace LayerGen.Runtime.Tests;

/// <summary>
/// Cross-entropy written the straightforward way in double, following PyTorch's definitions: log-softmax per row, then
/// per-row losses with explicit coefficients, then the reduction; gradients through the full log-softmax Jacobian.
/// </summary>
internal static class CrossEntropyReference
{
    public static (double Loss, double[] Gradient, double[] RowLosses) Labels(
        double[] logits, int[] labels, int cols, CrossEntropyOptions options)
    {
        double[] weights = options.ClassWeights.IsEmpty ? Enumerable.Repeat(1.0, cols).ToArray() : options.ClassWeights.ToArray();
        var coefficients = new double[logits.Length];
        var counted = new bool[labels.Length];
        double denominator = 0;
        for (int r = 0; r < labels.Length; r++)
        {
            if (labels[r] == options.IgnoreIndex)
            {
                continue;
            }

            counted[r] = true;
            denominator += weights[labels[r]];
            for (int c = 0; c < cols; c++)
            {
                // Target mass on class c: (1 − ε)·[c = y] + ε / C, times the class weight.
                double target = (1 - options.LabelSmoothing) * (c == labels[r] ? 1 : 0) + options.LabelSmoothing / cols;
                coefficients[r * cols + c] = target * weights[c];
            }
        }

        return Reduce(logits, coefficients, counted, cols, options.Reduction, denominator);
    }

    public static (double Loss, double[] Gradient, double[] RowLosses) Targets(
        double[] logits, double[] targets, int cols, CrossEntropyOptions options)
    {
        double[] weights = options.ClassWeights.IsEmpty ? Enumerable.Repeat(1.0, cols).ToArray() : options.ClassWeights.ToArray();
        var coefficients = new double[logits.Length];
        for (int i = 0; i < logits.Length; i++)
        {
            double target = (1 - options.LabelSmoothing) * targets[i] + options.LabelSmoothing / cols;
            coefficients[i] = target * weights[i % cols];
        }

        int rows = logits.Length / cols;
        return Reduce(logits, coefficients, Enumerable.Repeat(true, rows).ToArray(), cols, options.Reduction, rows);
    }

    /// <summary>Row loss = −Σ_c coefficient_c · log p_c; d/dz_j = −Σ_c coefficient_c · (δ_cj − p_j).</summary>
    private static (double, double[], double[]) Reduce(
        double[] logits, double[] coefficients, bool[] counted, int cols, CrossEntropyReduction reduction, double denominator)
    {
        double[] logProbabilities = TestData.ReferenceLogSoftmax(logits, cols);
        int rows = logits.Length / cols;
        double scale = reduction == CrossEntropyReduction.Mean ? (denominator == 0 ? 0 : 1 / denominator) : 1;
        var rowLosses = new double[rows];
        var gradient = new double[logits.Length];
        for (int r = 0; r < rows; r++)
        {
            if (!counted[r])
            {
                continue;
            }

            int o = r * cols;
            for (int c = 0; c < cols; c++)
            {
                if (coefficients[o + c] != 0)
                {
                    rowLosses[r] -= coefficients[o + c] * logProbabilities[o + c];
                }
            }

            for (int j = 0; j < cols; j++)
            {
                double p = Math.Exp(logProbabilities[o + j]);
                double sum = 0;
                for (int c = 0; c < cols; c++)
                {
                    sum -= coefficients[o + c] * ((c == j ? 1 : 0) - p);
                }

                gradient[o + j] = scale * sum;
            }
        }

        return (rowLosses.Sum() * scale, gradient, rowLosses);
    }
}
