// HeldOut58 — a MATLAB [classes, samples] activation ported as a list of class rows (one double[] per class over the
// batch); the port took "max(Z, [], 2)" (a peak per class, along the row) where MATLAB's softmax(Z) needs the peak
// per sample down the column, while the sums stay per sample. Our own code.
// Layout: List<double[]> class-major [classes][samples]; softmax per sample (over the list index).
// Bug: LG0004 — the peak runs over the samples of one class, the sum over the classes of one sample.
using System.Collections.Generic;
using System.Linq;

namespace HeldOut58.ColumnAxis_ClassRowPeaks;

public static class MatlabPort
{
    public static List<double[]> Softmax(List<double[]> z)
    {
        int classes = z.Count;
        int samples = z[0].Length;
        var peak = new double[classes];
        for (int k = 0; k < classes; k++)
        {
            peak[k] = z[k].Max(); //~ LG0004
        }

        var p = new List<double[]>(classes);
        for (int k = 0; k < classes; k++)
        {
            p.Add(new double[samples]);
        }

        for (int n = 0; n < samples; n++)
        {
            double denom = 0.0;
            for (int k = 0; k < classes; k++)
            {
                p[k][n] = System.Math.Exp(z[k][n] - peak[k]);
                denom += p[k][n];
            }

            for (int k = 0; k < classes; k++)
            {
                p[k][n] /= denom;
            }
        }

        return p;
    }
}
