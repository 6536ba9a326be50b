// HeldOut58 — a NumPy port with mismatched keepdims axes: m = np.max(x, axis=0, keepdims=True) (a maximum per class
// over the batch), then e = np.exp(x - m); e / np.sum(e, axis=1, keepdims=True) (a sum per sample over the classes).
// Our own code, after the keepdims idiom of public numpy softmax helpers.
// Layout: jagged double[][] [samples][classes]; softmax per sample (row).
// Bug: LG0004 — the maximum runs over axis 0 (samples), the sum over axis 1 (classes).
using System;

namespace HeldOut58.NumpyAxis_MaxAxis0SumAxis1;

public static class NumpyPort
{
    public static double[][] Softmax(double[][] x)
    {
        int rows = x.Length;
        int cols = x[0].Length;

        var m = new double[cols];
        for (int j = 0; j < cols; j++)
        {
            m[j] = double.NegativeInfinity;
        }

        foreach (double[] row in x)
        {
            for (int j = 0; j < cols; j++)
            {
                m[j] = Math.Max(m[j], row[j]); //~ LG0004
            }
        }

        var y = new double[rows][];
        for (int i = 0; i < rows; i++)
        {
            y[i] = new double[cols];
            double s = 0.0;
            for (int j = 0; j < cols; j++)
            {
                y[i][j] = Math.Exp(x[i][j] - m[j]);
                s += y[i][j];
            }

            for (int j = 0; j < cols; j++)
            {
                y[i][j] /= s;
            }
        }

        return y;
    }
}
