// Idiom: the max fold written as a switch expression with a `var v when v > peak[c]` guard, dimensions taken by tuple
// deconstruction `var (classes, batch) = (...)`. Our own code.
// Use: class probabilities per sample. Layout: float[classes, batch] (column-major Z = W·X), softmax down each column.
// Bug LG0004: the peak is folded per class along the batch (a row of z), the sum per sample over the classes.
using System;

namespace HeldOut68.SwitchLayout_ClassPeakFold;

public static class ColumnSoftmax
{
    public static float[,] Softmax(float[,] z)
    {
        var (classes, batch) = (z.GetLength(0), z.GetLength(1));
        var peak = new float[classes];
        for (int c = 0; c < classes; c++)
        {
            peak[c] = float.NegativeInfinity;
            for (int b = 0; b < batch; b++)
                peak[c] = z[c, b] switch { var v when v > peak[c] => v, _ => peak[c] }; //~ LG0004
        }

        var p = new float[classes, batch];
        for (int b = 0; b < batch; b++)
        {
            float sum = 0f;
            for (int c = 0; c < classes; c++) sum += p[c, b] = MathF.Exp(z[c, b] - peak[c]);
            for (int c = 0; c < classes; c++) p[c, b] /= sum;
        }

        return p;
    }
}
