namespace LayerGen.Benchmarks;

/// <summary>Straightforward double-precision softmax and its gradient, used to check every benchmarked implementation.</summary>
public static class DoubleReference
{
    /// <summary>Row-wise softmax with per-row max subtraction, computed in double from float inputs.</summary>
    public static double[] Forward(float[] x, int cols)
    {
        var y = new double[x.Length];
        for (int start = 0; start < x.Length; start += cols)
        {
            double max = double.NegativeInfinity;
            for (int j = 0; j < cols; j++)
            {
                max = Math.Max(max, x[start + j]);
            }

            double sum = 0;
            for (int j = 0; j < cols; j++)
            {
                y[start + j] = Math.Exp(x[start + j] - max);
                sum += y[start + j];
            }

            for (int j = 0; j < cols; j++)
            {
                y[start + j] /= sum;
            }
        }

        return y;
    }

    /// <summary>dx = y ⊙ (dy − ⟨y, dy⟩) per row, in double.</summary>
    public static double[] Backward(float[] y, float[] dy, int cols)
    {
        var dx = new double[y.Length];
        for (int start = 0; start < y.Length; start += cols)
        {
            double dot = 0;
            for (int j = 0; j < cols; j++)
            {
                dot += (double)y[start + j] * dy[start + j];
            }

            for (int j = 0; j < cols; j++)
            {
                dx[start + j] = y[start + j] * (dy[start + j] - dot);
            }
        }

        return dx;
    }
}
