namespace SoftmaxBugs;

/// <summary>
/// Three hand-written batch softmaxes over a <c>float[,]</c> whose rows are the samples and columns the classes.
/// <see cref="Forward"/> takes one maximum and one sum over the whole batch: consistent as one distribution over every
/// cell, wrong for a batch (LG0008, a suggestion). <see cref="ForwardSharedMax"/> divides each row by its own sum but
/// subtracts the batch's maximum (LG0001); <see cref="ForwardSharedSum"/> subtracts each row's maximum but divides by
/// one running sum (LG0002).
/// </summary>
public static class BatchSoftmax
{
    /// <summary>Writes softmax(x) row by row into <paramref name="y"/> — or means to: max and sum span the whole batch.</summary>
    public static void Forward(float[,] x, float[,] y)
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
                sum += y[i, j];
            }

        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++)
                y[i, j] /= sum;
    }

    /// <summary>Per-row sums, but one maximum over the whole batch: rows far below it become 0/0 = NaN.</summary>
    public static void ForwardSharedMax(float[,] x, float[,] y)
    {
        int rows = x.GetLength(0), cols = x.GetLength(1);

        float max = float.MinValue;
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++)
                max = Math.Max(max, x[i, j]);

        for (int i = 0; i < rows; i++)
        {
            float sum = 0f;
            for (int j = 0; j < cols; j++)
            {
                y[i, j] = MathF.Exp(x[i, j] - max);
                sum += y[i, j];
            }

            for (int j = 0; j < cols; j++)
                y[i, j] /= sum;
        }
    }

    /// <summary>Per-row maxima, but one sum that is never reset: later rows are divided by every earlier row's exps too.</summary>
    public static void ForwardSharedSum(float[,] x, float[,] y)
    {
        int rows = x.GetLength(0), cols = x.GetLength(1);

        float sum = 0f;
        for (int i = 0; i < rows; i++)
        {
            float max = float.MinValue;
            for (int j = 0; j < cols; j++)
                max = Math.Max(max, x[i, j]);

            for (int j = 0; j < cols; j++)
            {
                y[i, j] = MathF.Exp(x[i, j] - max);
                sum += y[i, j];
            }

            for (int j = 0; j < cols; j++)
                y[i, j] /= sum;
        }
    }
}
