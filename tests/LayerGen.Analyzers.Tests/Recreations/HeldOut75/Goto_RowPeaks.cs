// Idiom: the whole softmax written with goto and labels (no structured loops), per-row peaks stored in an array first.
// Use: a classifier head ported from C-style code that jumps between labelled blocks.
// Layout: flat float[batch * classes], row-major.
// Correct: every row is shifted by its own peak (peaks[r]) and divided by its own sum.
// Our own code.
using System;

namespace HeldOut75.Goto_RowPeaks;

public static class GotoHead
{
    public static void Forward(float[] x, float[] y, int batch, int classes)
    {
        var peaks = new float[batch];
        int r = 0;
    peakRow:
        if (r >= batch) goto peaksDone;
        int baseIndex = r * classes;
        float best = x[baseIndex];
        int k = 1;
    peakScan:
        if (k >= classes) goto peakStore;
        if (x[baseIndex + k] > best) best = x[baseIndex + k];
        k++;
        goto peakScan;
    peakStore:
        peaks[r] = best;
        r++;
        goto peakRow;
    peaksDone:
        int row = 0;
    normRow:
        if (row == batch) return;
        int start = row * classes;
        float total = 0f;
        int j = 0;
    expScan:
        y[start + j] = MathF.Exp(x[start + j] - peaks[row]);
        total += y[start + j];
        if (++j < classes) goto expScan;
        j = 0;
    divScan:
        y[start + j] /= total;
        if (++j < classes) goto divScan;
        row++;
        goto normRow;
    }
}
