// Idiom: a guarded `switch` as the max fold (`case float v when v > peaks[c]`), written on one line per update,
// with a `default` arm that falls out.
// Use: normalising each sample's class scores in a jagged batch.
// Layout: jagged float[batch][classes]; row b is sample b's softmax slice.
// Bug (LG0004): the guarded fold keeps one peak per class, folded over the batch (down a column), while the sum of
// each sample runs along its row.
// Our own code.
using System;

namespace HeldOut75.SwitchGuards_ClassPeaks;

public static class GuardedPeaks
{
    public static float[][] Softmax(float[][] x)
    {
        int classes = x.Length == 0 ? 0 : x[0].Length;
        var peaks = new float[classes];
        Array.Fill(peaks, float.NegativeInfinity);
        for (int c = 0; c < classes; c++)
            for (int b = 0; b < x.Length; b++)
                switch (x[b][c]) { case float v when v > peaks[c]: peaks[c] = v; break; default: break; } //~ LG0004

        var y = new float[x.Length][];
        for (int b = 0; b < x.Length; b++)
        {
            y[b] = new float[classes];
            float sum = 0f;
            for (int c = 0; c < classes; c++)
            {
                y[b][c] = MathF.Exp(x[b][c] - peaks[c]);
                sum += y[b][c];
            }
            for (int c = 0; c < classes; c++) y[b][c] /= sum;
        }
        return y;
    }
}
