// Idiom: softmax regression step, Z = W·X gives [classes, batch]; softmax per sample down each column, dW = (P - Y) Xᵀ / N
// Layout: double[classes, features] W, double[features, batch] X, double[classes, batch] P
// Correct
using System;

namespace HeldOut41.ColumnBatch_WxPerSampleColumn;

public static class SoftmaxRegression
{
    public static void Step(double[,] W, double[,] X, int[] y, double[,] P, double[,] dW)
    {
        int classes = W.GetLength(0), features = W.GetLength(1), batch = X.GetLength(1);
        var Z = new double[classes, batch];
        for (int c = 0; c < classes; c++)
            for (int n = 0; n < batch; n++)
            {
                double acc = 0;
                for (int d = 0; d < features; d++) acc += W[c, d] * X[d, n];
                Z[c, n] = acc;
            }
        for (int n = 0; n < batch; n++)
        {
            double colMax = double.NegativeInfinity;
            for (int c = 0; c < classes; c++)
                if (Z[c, n] > colMax) colMax = Z[c, n];
            double colSum = 0;
            for (int c = 0; c < classes; c++)
            {
                P[c, n] = Math.Exp(Z[c, n] - colMax);
                colSum += P[c, n];
            }
            for (int c = 0; c < classes; c++) P[c, n] /= colSum;
        }
        for (int c = 0; c < classes; c++)
            for (int d = 0; d < features; d++)
            {
                double g = 0;
                for (int n = 0; n < batch; n++) g += (P[c, n] - (y[n] == c ? 1 : 0)) * X[d, n];
                dW[c, d] = g / batch;
            }
    }
}
