// Idiom: a local function `PeakOf(b)` that captures the buffer and folds from the sample's first index, written with
// step 1 where the layout needs step `batch`. Our own code.
// Use: output layer Z = W·X, probabilities per sample. Layout: flat double[classes * batch], class-major
// (x[c * batch + b]), softmax down each column; Math.Exp.
// Bug LG0001: the peak runs over x[b..end] (most of the buffer, every later sample), not over sample b's classes.
using System;

namespace HeldOut68.SpanLocalFunctions_CapturedBufferPeak;

public static class ColumnSoftmax
{
    public static double[] Softmax(double[] x, int classes)
    {
        int batch = x.Length / classes;

        double PeakOf(int b)
        {
            double m = double.NegativeInfinity;
            for (int i = b; i < x.Length; i++) m = Math.Max(m, x[i]); //~ LG0001
            return m;
        }

        var y = new double[x.Length];
        for (int b = 0; b < batch; b++)
        {
            double max = PeakOf(b);
            double sum = 0;
            for (int c = 0; c < classes; c++) sum += y[c * batch + b] = Math.Exp(x[c * batch + b] - max);
            for (int c = 0; c < classes; c++) y[c * batch + b] /= sum;
        }

        return y;
    }
}
