// Idiom: `Chunk(batch)` over a class-major flat buffer in a fluent LINQ chain (`.Chunk(...).Select(...).ToArray()`).
// Use: per-sample class probabilities from a buffer stored one class after another.
// Layout: flat double[classes · batch], class-major: element (c, b) at c * batch + b; softmax per sample b.
// Bug (LG0004): each chunk is one class over the batch, so the peaks are per class (batch axis) while the sum runs
// over the classes of one sample.
// Our own code.
using System;
using System.Linq;

namespace HeldOut71.Chunk_ClassMajorChunks;

public static class ClassMajorChunks
{
    public static double[] Softmax(double[] classMajor, int batch)
    {
        double[] peaks = classMajor
            .Chunk(batch)
            .Select(perClass => perClass.Max()) //~ LG0004
            .ToArray();
        int classes = peaks.Length;
        var y = new double[classMajor.Length];
        for (int b = 0; b < batch; b++)
        {
            double z = 0;
            for (int c = 0; c < classes; c++)
            {
                y[c * batch + b] = Math.Exp(classMajor[c * batch + b] - peaks[c]);
                z += y[c * batch + b];
            }
            for (int c = 0; c < classes; c++) y[c * batch + b] /= z;
        }
        return y;
    }
}
