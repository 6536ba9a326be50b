// Idiom: relative abundance of species per site, shifted exps per site in a list of float rows, then the normaliser as
// one LINQ call over the flattened survey: rows.SelectMany(r => r).Sum().
// Use: expected community composition per site.
// Layout: List<float[]> of sites (species per row), foreach over the rows; List<float[]> out (in place).
// Bug LG0002: the total spans every site, so each site's composition sums to its share of the survey.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut51.SiteComposition_WholeSurveyTotal;

public static class Community
{
    public static List<float[]> Composition(List<float[]> eta)
    {
        var rows = new List<float[]>(eta.Count);
        foreach (float[] site in eta)
        {
            float peak = site.Max();
            var w = new float[site.Length];
            for (int s = 0; s < site.Length; s++) w[s] = MathF.Exp(site[s] - peak);
            rows.Add(w);
        }

        float total = rows.SelectMany(r => r).Sum(); //~ LG0002
        foreach (float[] w in rows)
        {
            for (int s = 0; s < w.Length; s++) w[s] /= total;
        }

        return rows;
    }
}
