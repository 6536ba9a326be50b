// Idiom: a port of a Python attention-pooling scorer that squashes scores with `np.tanh` and a fixed `scale = 10.0`
// before `np.exp(...) / np.exp(...).sum(axis=1)`: exponents lie in [-10, 10], so no max is needed.
// Use: per-row pooling weights. Layout: double[rows, cols]; Math.Exp of a provably bounded value.
// Correct (bounded exponent). Our own code.
using System;

namespace HeldOut91.BoundedLogits_TanhScaled;

public sealed class TanhAttentionPooling
{
    private const double scale = 10.0;

    public double[,] getWeights(double[,] rawScores)
    {
        int rows = rawScores.GetLength(0), cols = rawScores.GetLength(1);
        double[,] w = new double[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            double denom = 0.0;
            for (int c = 0; c < cols; c++)
            {
                w[r, c] = Math.Exp(scale * Math.Tanh(rawScores[r, c]));
                denom += w[r, c];
            }
            for (int c = 0; c < cols; c++) w[r, c] /= denom;
        }
        return w;
    }
}
