// Source: course-style neural nets in C# with column-major activations (Z = W·X, one column per sample, as in
// Andrew Ng's course ports): softmax down each column.
// Layout: Memory<double> holding [classes, batch] column-major; element (k, b) at k * batch + b; span from Memory.
// Correct.
using System;

namespace LayerGen.HeldOut4.ColumnMajorMemoryPerSample;

public static class OutputLayer
{
    public static void Activate(Memory<double> z, Memory<double> a, int classes, int batch)
    {
        Span<double> zs = z.Span;
        Span<double> outs = a.Span;
        for (int b = 0; b < batch; b++)
        {
            double colMax = double.MinValue;
            for (int k = 0; k < classes; k++)
                colMax = Math.Max(colMax, zs[k * batch + b]);

            double colSum = 0.0;
            for (int k = 0; k < classes; k++)
            {
                outs[k * batch + b] = Math.Exp(zs[k * batch + b] - colMax);
                colSum += outs[k * batch + b];
            }

            for (int k = 0; k < classes; k++)
                outs[k * batch + b] /= colSum;
        }
    }
}
