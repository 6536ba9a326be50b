// Idiom: a `Loop(count, step)` helper; a first pass stores one peak per class in an array, a second pass normalises.
// Use: batch of samples, one softmax per sample over its classes.
// Layout: double[batch, classes], row-major.
// Bug LG0004: `peak[c]` folds class c over the batch (axis 0) while the sum runs over the classes (axis 1); each class
// gets its own shift, so the probabilities are wrong, and a sample far below the others underflows.
// Our own code.
using System;

namespace HeldOut78.ForHelper_PeakPerClass;

public static class SampleSoftmax
{
    private static void Loop(int count, Action<int> step)
    {
        for (int i = 0; i < count; i++) step(i);
    }

    public static double[,] Softmax(double[,] x)
    {
        int batch = x.GetLength(0), classes = x.GetLength(1);
        var peak = new double[classes];
        Loop(classes, c =>
        {
            peak[c] = double.NegativeInfinity;
            Loop(batch, b => peak[c] = Math.Max(peak[c], x[b, c])); //~ LG0004
        });
        var y = new double[batch, classes];
        Loop(batch, b =>
        {
            double sum = 0;
            Loop(classes, c => sum += y[b, c] = Math.Exp(x[b, c] - peak[c]));
            Loop(classes, c => y[b, c] /= sum);
        });
        return y;
    }
}
