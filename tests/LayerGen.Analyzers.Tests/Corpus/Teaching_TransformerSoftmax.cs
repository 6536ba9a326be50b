// Pattern seen in a C# "transformer from scratch" teaching project (code search for "Math.Exp(x[i, j] - max)";
// Chinese comments, a private double[,] Softmax(double[,] x) next to a simplified Backward; re-created).
// Per-row max with `if`, per-row sum: correct, no diagnostic.
using System;

namespace Corpus.Teaching
{
    public sealed class AttentionLayer
    {
        private double[,] Softmax(double[,] x)
        {
            int m = x.GetLength(0);
            int n = x.GetLength(1);
            var y = new double[m, n];
            for (int i = 0; i < m; i++)
            {
                // per-row maximum, against overflow
                double max = x[i, 0];
                for (int j = 1; j < n; j++) if (x[i, j] > max) max = x[i, j];
                double sum = 0;
                for (int j = 0; j < n; j++)
                {
                    y[i, j] = Math.Exp(x[i, j] - max);
                    sum += y[i, j];
                }

                for (int j = 0; j < n; j++)
                    y[i, j] /= sum;
            }

            return y;
        }

        public double[,] Forward(double[,] scores) => Softmax(scores);
    }
}
