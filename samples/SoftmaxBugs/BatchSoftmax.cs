namespace SoftmaxBugs;

/// <summary>
/// A hand-written batch softmax with the two classic bugs: one maximum over the whole batch (LG0001) and one sum
/// over the whole batch (LG0002). Rows are the samples, columns the classes.
/// </summary>
public static class BatchSoftmax
{
    /// <summary>Writes softmax(x) row by row into <paramref name="y"/> — or means to.</summary>
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
}
