namespace SoftmaxBugs;

/// <summary>
/// Softmax cross-entropy written from the probabilities: it takes the log of each sample's probability of its label
/// (LG0005), which is 0 — and its log -∞ — once the label's logit lies far below the row's maximum.
/// </summary>
public static class CrossEntropyLoss
{
    /// <summary>The mean of -log softmax(logits)[label] over the rows — or means to be.</summary>
    public static float Mean(float[,] logits, int[] labels)
    {
        int rows = logits.GetLength(0), cols = logits.GetLength(1);
        var p = new float[rows, cols];
        float total = 0f;
        for (int i = 0; i < rows; i++)
        {
            float max = float.NegativeInfinity;
            for (int j = 0; j < cols; j++)
                max = MathF.Max(max, logits[i, j]);

            float sum = 0f;
            for (int j = 0; j < cols; j++)
            {
                p[i, j] = MathF.Exp(logits[i, j] - max);
                sum += p[i, j];
            }

            for (int j = 0; j < cols; j++)
                p[i, j] /= sum;

            total -= MathF.Log(p[i, labels[i]]);
        }

        return total / rows;
    }
}

/// <summary>
/// A softmax layer whose backward pass builds each sample's n×n Jacobian diag(y) - y yᵀ and multiplies it by the
/// upstream gradient (LG0006): the right result in O(n²) per sample where y ⊙ (dy - ⟨y, dy⟩) takes O(n).
/// </summary>
public sealed class JacobianSoftmaxLayer
{
    private float[,] _y = new float[0, 0];

    /// <summary>Row-wise softmax of a [samples, classes] batch, kept for the backward pass.</summary>
    public float[,] Forward(float[,] x)
    {
        int rows = x.GetLength(0), cols = x.GetLength(1);
        _y = new float[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            float max = float.NegativeInfinity;
            for (int c = 0; c < cols; c++)
                max = MathF.Max(max, x[r, c]);

            float sum = 0f;
            for (int c = 0; c < cols; c++)
            {
                _y[r, c] = MathF.Exp(x[r, c] - max);
                sum += _y[r, c];
            }

            for (int c = 0; c < cols; c++)
                _y[r, c] /= sum;
        }

        return _y;
    }

    /// <summary>The gradient with respect to the logits, through the full Jacobian of every sample.</summary>
    public float[,] Backward(float[,] dy)
    {
        int rows = dy.GetLength(0), cols = dy.GetLength(1);
        var dx = new float[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            var jacobian = new float[cols, cols];
            for (int i = 0; i < cols; i++)
                for (int j = 0; j < cols; j++)
                    jacobian[i, j] = i == j ? _y[r, i] * (1 - _y[r, i]) : -_y[r, i] * _y[r, j];

            for (int i = 0; i < cols; i++)
            {
                float g = 0f;
                for (int j = 0; j < cols; j++)
                    g += jacobian[i, j] * dy[r, j];

                dx[r, i] = g;
            }
        }

        return dx;
    }
}

/// <summary>
/// A softmax layer whose backward pass is the sigmoid's: dy ⊙ y(1 - y), only the diagonal of the softmax Jacobian
/// (LG0007). Its gradient is wrong, so a gradient check fails.
/// </summary>
public sealed class DiagonalSoftmaxLayer
{
    private float[,] _y = new float[0, 0];

    /// <summary>Row-wise softmax of a [samples, classes] batch, kept for the backward pass.</summary>
    public float[,] Forward(float[,] x)
    {
        int rows = x.GetLength(0), cols = x.GetLength(1);
        _y = new float[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            float max = float.NegativeInfinity;
            for (int c = 0; c < cols; c++)
                max = MathF.Max(max, x[r, c]);

            float sum = 0f;
            for (int c = 0; c < cols; c++)
            {
                _y[r, c] = MathF.Exp(x[r, c] - max);
                sum += _y[r, c];
            }

            for (int c = 0; c < cols; c++)
                _y[r, c] /= sum;
        }

        return _y;
    }

    /// <summary>The gradient with respect to the logits — or means to be.</summary>
    public float[,] Backward(float[,] dy)
    {
        int rows = dy.GetLength(0), cols = dy.GetLength(1);
        var dx = new float[rows, cols];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                dx[r, c] = dy[r, c] * _y[r, c] * (1 - _y[r, c]);

        return dx;
    }
}
