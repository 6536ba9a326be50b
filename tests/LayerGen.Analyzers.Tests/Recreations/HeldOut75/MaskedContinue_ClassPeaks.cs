// Idiom: masked entries skipped with `continue`, the peaks gathered in a separate pass that walks the mask
// column by column.
// Use: multi-label scorer with missing annotations (keep[b, c] == false means the entry is ignored).
// Layout: double[batch, classes]; a softmax per sample (row), over its kept classes.
// Bug (LG0004): the peaks are taken per class over the batch (down each column) while each sum runs along a row.
// Our own code.
using System;

namespace HeldOut75.MaskedContinue_ClassPeaks;

public static class MaskedScorer
{
    public static double[,] Probabilities(double[,] x, bool[,] keep)
    {
        int batch = x.GetLength(0), classes = x.GetLength(1);
        var colPeak = new double[classes];
        for (int c = 0; c < classes; c++)
        {
            colPeak[c] = double.NegativeInfinity;
            for (int b = 0; b < batch; b++)
            {
                if (!keep[b, c]) continue;
                colPeak[c] = Math.Max(colPeak[c], x[b, c]); //~ LG0004
            }
        }

        var p = new double[batch, classes];
        for (int b = 0; b < batch; b++)
        {
            double z = 0;
            for (int c = 0; c < classes; c++)
            {
                if (!keep[b, c]) continue;
                p[b, c] = Math.Exp(x[b, c] - colPeak[c]);
                z += p[b, c];
            }
            if (z == 0) continue;
            for (int c = 0; c < classes; c++) p[b, c] /= z;
        }
        return p;
    }
}
