// Idiom: soft histogram memberships in double: Math.Exp(-0.5 d^2) per bin divided by the value's sum, with no
// shift by the nearest bin, so a value far from every bin centre underflows to 0/0 = NaN.
// Layout: IEnumerable<double> values materialised once, foreach with a running row index; double[] centres;
// memberships out double[values, bins] (row-major).
// Inspired by: soft-binning / kernel-density histogram code (read for style only; own code).
// Bug: LG0003 (unshifted exp of the logits -0.5 d^2 feeding the normalisation).
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut61.SoftHistogram_RawGaussianBins;

public static class SoftHistogram
{
    public static double[,] Memberships(IEnumerable<double> values, double[] centres, double sigma)
    {
        var list = values.ToList();
        var m = new double[list.Count, centres.Length];
        int i = 0;
        foreach (double v in list)
        {
            double z = 0.0;
            for (int b = 0; b < centres.Length; b++)
            {
                double d = (v - centres[b]) / sigma;
                m[i, b] = Math.Exp(-0.5 * d * d); //~ LG0003
                z += m[i, b];
            }

            for (int b = 0; b < centres.Length; b++)
            {
                m[i, b] /= z;
            }

            i++;
        }

        return m;
    }
}
