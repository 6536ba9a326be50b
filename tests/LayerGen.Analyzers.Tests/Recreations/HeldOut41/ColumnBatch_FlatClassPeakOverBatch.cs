// Idiom: softmax regression with Z = W·X stored flat class-major, z[c * batch + n]; softmax per sample over the classes
// Layout: flat double[] with index c * N + n
// Bug (LG0004): peak[c] is each class's max over the batch, but each sample's sum runs over the classes
using System;

namespace HeldOut41.ColumnBatch_FlatClassPeakOverBatch;

public static class ClassMajorSoftmax
{
    public static double Forward(double[] z, int classes, int[] labels, double[] p, double[] dz)
    {
        int N = labels.Length;
        var peak = new double[classes];
        for (int c = 0; c < classes; c++)
        {
            peak[c] = double.NegativeInfinity;
            for (int n = 0; n < N; n++)
                peak[c] = Math.Max(peak[c], z[c * N + n]); //~ LG0004
        }
        double loss = 0;
        for (int n = 0; n < N; n++)
        {
            double sum = 0;
            for (int c = 0; c < classes; c++)
            {
                p[c * N + n] = Math.Exp(z[c * N + n] - peak[c]);
                sum += p[c * N + n];
            }
            for (int c = 0; c < classes; c++)
            {
                p[c * N + n] /= sum;
                dz[c * N + n] = (p[c * N + n] - (labels[n] == c ? 1.0 : 0.0)) / N;
            }
            loss -= z[labels[n] * N + n] - peak[labels[n]] - Math.Log(sum);
        }
        return loss / N;
    }
}
