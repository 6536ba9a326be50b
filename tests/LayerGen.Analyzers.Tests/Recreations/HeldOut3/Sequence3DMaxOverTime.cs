// Re-creates: a sequence-tagging output layer (CRF-less NER / CTC-style C# ports) over a 3-D [batch, time, classes]
// tensor whose max array is folded per (batch, class) across time, with a ternary, while the sum runs over classes.
// Layout: double[B, T, K]; softmax axis = K (dimension 2).
// Bug: LG0004 (max over time, sum over classes).
using System;

namespace LayerGen.Recreations.HeldOut3.Sequence3DMaxOverTime;

public static class Tagger
{
    public static double[,,] Softmax(double[,,] x)
    {
        int batch = x.GetLength(0), time = x.GetLength(1), classes = x.GetLength(2);
        var y = new double[batch, time, classes];
        var peak = new double[classes];
        for (int b = 0; b < batch; b++)
        {
            Array.Fill(peak, double.MinValue);
            for (int t = 0; t < time; t++)
            {
                for (int k = 0; k < classes; k++)
                {
                    peak[k] = x[b, t, k] > peak[k] ? x[b, t, k] : peak[k]; //~ LG0004
                }
            }

            for (int t = 0; t < time; t++)
            {
                double sum = 0;
                for (int k = 0; k < classes; k++)
                {
                    y[b, t, k] = Math.Exp(x[b, t, k] - peak[k]);
                    sum += y[b, t, k];
                }

                for (int k = 0; k < classes; k++)
                {
                    y[b, t, k] /= sum;
                }
            }
        }

        return y;
    }
}
