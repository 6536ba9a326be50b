// Idiom: single-site Potts probabilities in an external field, float, site-major flat buffer; the largest exponent is
// precomputed per spin value (over all sites) into a peak array before the per-site normalisation.
// Use: site magnetisation estimates in a mean-field iteration.
// Layout: flat float[sites * q], site-major (site * q + s).
// Bug LG0004: the peak runs over sites (per spin value) while the sum runs over spin values (per site); each spin value
// is shifted by a different amount, so the probabilities are wrong and a site far below the rest underflows to 0/0.
// Our own code.
using System;

namespace HeldOut93.PottsField_StatePeaks;

public static class MeanFieldSites
{
    public static void Probabilities(ReadOnlySpan<float> h, int q, float beta, Span<float> p)
    {
        int sites = h.Length / q;
        Span<float> peak = stackalloc float[q];
        peak.Fill(float.NegativeInfinity);
        for (int site = 0; site < sites; site++)
            for (int s = 0; s < q; s++)
                peak[s] = MathF.Max(peak[s], -beta * h[site * q + s]); //~ LG0004

        for (int site = 0; site < sites; site++)
        {
            float z = 0f;
            for (int s = 0; s < q; s++)
            {
                p[site * q + s] = MathF.Exp(-beta * h[site * q + s] - peak[s]);
                z += p[site * q + s];
            }

            for (int s = 0; s < q; s++) p[site * q + s] /= z;
        }
    }
}
