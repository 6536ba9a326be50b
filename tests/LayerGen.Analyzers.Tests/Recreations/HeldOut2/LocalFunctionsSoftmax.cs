// Re-creates: a batched softmax with local functions (RowMax / RowSumExp) in the style of a C# port of micrograd/makemore samples
// Layout: double[,] row-major [batch, classes], static local functions capturing nothing
// Expected: Correct
using System;

namespace HeldOut2.LocalFunctionsSoftmax;

public static class Makemore
{
    public static double[,] Probs(double[,] logits)
    {
        int rows = logits.GetLength(0);
        int cols = logits.GetLength(1);
        var probs = new double[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            double m = RowMax(logits, r);
            double s = RowSumExp(logits, r, m);
            for (int c = 0; c < cols; c++)
            {
                probs[r, c] = Math.Exp(logits[r, c] - m) / s;
            }
        }

        return probs;

        static double RowMax(double[,] x, int r)
        {
            double m = double.NegativeInfinity;
            for (int c = 0; c < x.GetLength(1); c++)
            {
                m = Math.Max(m, x[r, c]);
            }

            return m;
        }

        static double RowSumExp(double[,] x, int r, double m)
        {
            double s = 0;
            for (int c = 0; c < x.GetLength(1); c++)
            {
                s += Math.Exp(x[r, c] - m);
            }

            return s;
        }
    }
}
