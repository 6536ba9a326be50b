// Idiom: grand-canonical occupation of a lattice-gas / adsorption model: each site has a few adsorption states with
// energies e_s and occupancies n_s; P(s) = exp(-(e_s - mu n_s) / kT) / Xi_site. A helper receives one site's span and
// shifts by the site's largest exponent inside.
// Use: coverage of a multi-state adsorption lattice (float).
// Layout: flat float[sites * states], site-major; helper over ReadOnlySpan<float> per site.
// Correct.
// Our own code.
using System;

namespace HeldOut93.LatticeAdsorption_SiteHelper;

public static class Adsorption
{
    public static float[] Occupations(float[] siteEnergies, int states, int[] occupancy, float mu, float kT)
    {
        var p = new float[siteEnergies.Length];
        for (int site = 0; site < siteEnergies.Length / states; site++)
            SitePopulations(siteEnergies.AsSpan(site * states, states), occupancy, mu, kT, p.AsSpan(site * states, states));
        return p;
    }

    private static void SitePopulations(ReadOnlySpan<float> e, ReadOnlySpan<int> n, float mu, float kT, Span<float> p)
    {
        float top = float.NegativeInfinity;
        for (int s = 0; s < e.Length; s++)
            top = MathF.Max(top, -(e[s] - mu * n[s]) / kT);

        float xi = 0f;
        for (int s = 0; s < e.Length; s++)
        {
            p[s] = MathF.Exp(-(e[s] - mu * n[s]) / kT - top);
            xi += p[s];
        }

        for (int s = 0; s < p.Length; s++) p[s] /= xi;
    }
}
