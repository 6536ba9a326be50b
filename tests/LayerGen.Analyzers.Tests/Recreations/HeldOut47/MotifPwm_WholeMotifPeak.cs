// Idiom: motif frequencies from a PSSM stored flat (four scores per motif position), each position sliced out of a
// span; the shift is the best score of the whole motif.
// Layout: flat double[] position-major (position c at c * 4 .. c * 4 + 3), ReadOnlySpan<double>.Slice per position.
// Bug LG0001: `top` is the maximum over every position of the motif, not over the four bases of the position being
// normalised (a position whose scores sit far below the motif's best underflows to 0/0).
using System;

namespace HeldOut47.MotifPwm_WholeMotifPeak;

public static class Pssm
{
    public static double[] Frequencies(double[] pssm, int width)
    {
        ReadOnlySpan<double> all = pssm.AsSpan(0, width * 4);
        double top = double.NegativeInfinity;
        foreach (double s in all)
        {
            top = Math.Max(top, s); //~ LG0001
        }

        var freq = new double[width * 4];
        for (int c = 0; c < width; c++)
        {
            ReadOnlySpan<double> column = all.Slice(c * 4, 4);
            Span<double> dst = freq.AsSpan(c * 4, 4);
            double z = 0.0;
            for (int b = 0; b < 4; b++)
            {
                dst[b] = Math.Exp(column[b] - top);
                z += dst[b];
            }

            for (int b = 0; b < 4; b++)
            {
                dst[b] /= z;
            }
        }

        return freq;
    }
}
