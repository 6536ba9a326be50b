// Idiom: a local function `Raise(c)` that raises a captured `best`, reset by the caller before each call.
// Use: output activations stored class-major (Z = W·X), one softmax per sample column.
// Layout: float[classes, batch], column-major (softmax over the first index for each second index).
// Bug LG0004: `Raise(c)` folds class row c over the batch (axis 1) while the normaliser sums over the classes (axis 0);
// each class is shifted by its own batch peak.
// Our own code.
using System;

namespace HeldOut78.LocalFunctions_ClassRowPeaks;

public static class ClassMajorOutput
{
    public static float[,] Softmax(float[,] z)
    {
        int classes = z.GetLength(0), batch = z.GetLength(1);
        var peaks = new float[classes];
        float best = float.NegativeInfinity;
        for (int c = 0; c < classes; c++)
        {
            best = float.NegativeInfinity;
            Raise(c);
            peaks[c] = best;
        }
        var p = new float[classes, batch];
        for (int b = 0; b < batch; b++)
        {
            float norm = 0f;
            for (int c = 0; c < classes; c++) norm += p[c, b] = MathF.Exp(z[c, b] - peaks[c]);
            for (int c = 0; c < classes; c++) p[c, b] /= norm;
        }
        return p;

        void Raise(int c)
        {
            for (int b = 0; b < batch; b++)
                if (z[c, b] > best) best = z[c, b]; //~ LG0004
        }
    }
}
