// Idiom: interchanged strided walk — class-outer loops over a column-major buffer (`row += batch` in a two-variable
// header), per-sample statistics in arrays, the final pass a flat loop with `i % batch`.
// Use: per-sample softmax of a class-major [classes, batch] output layer.
// Layout: flat float[] column-major, sample b's classes at b + c * batch; peak[] and norm[] per sample.
// Correct: peak[b] and norm[b] are indexed by the sample, so each is one sample's max and sum over its classes.
// Our own code.
using System;

namespace HeldOut79.Strided_ClassOuterSamplePeaks;

public static class ClassOuter
{
    public static void Forward(float[] z, float[] y, int classes, int batch)
    {
        var peak = new float[batch];
        var norm = new float[batch];
        peak.AsSpan().Fill(float.NegativeInfinity);
        for (int c = 0, row = 0; c < classes; c++, row += batch)
            for (int b = 0; b < batch; b++)
                if (z[row + b] > peak[b]) peak[b] = z[row + b];
        for (int c = 0, row = 0; c < classes; c++, row += batch)
            for (int b = 0; b < batch; b++)
                norm[b] += y[row + b] = MathF.Exp(z[row + b] - peak[b]);
        for (int i = 0; i < y.Length; i++) y[i] /= norm[i % batch];
    }
}
