// Idiom: strided (column) walk of class-major jagged data — the per-sample loop reads zc[c][b] down the classes, and
// the normalisation counts down (`c-- > 0`).
// Use: per-sample softmax of a class-major output held as one array per class.
// Layout: jagged double[classes][batch]; the softmax slice of sample b is zc[0][b] .. zc[classes - 1][b].
// Bug: the peak is each class row's `.Max()` (a max over the batch), while the sum runs over the classes of one
// sample: max and sum over different axes.
// Our own code.
using System;
using System.Linq;

namespace HeldOut79.Strided_ClassRowPeaks;

public static class ClassRows
{
    public static double[][] PerSample(double[][] zc)
    {
        int classes = zc.Length, batch = zc[0].Length;
        var top = new double[classes];
        for (int c = 0; c < classes; c++) top[c] = zc[c].Max(); //~ LG0004
        var p = new double[classes][];
        for (int c = 0; c < classes; c++) p[c] = new double[batch];
        for (int b = 0; b < batch; b++)
        {
            double s = 0;
            for (int c = 0; c < classes; c++) s += p[c][b] = Math.Exp(zc[c][b] - top[c]);
            for (int c = classes; c-- > 0;) p[c][b] /= s;
        }
        return p;
    }
}
