// Source: Rust (1987) bus-engine replacement (NFXP; the textbook conditional choice probability
// P(d | x) = exp v(x, d) / Σ_d' exp v(x, d') as written in course notebooks).
// Layout: jagged double[states][decisions] choice-specific values, an iterator method yielding one probability row
// per mileage state.
// Bug: LG0003 (the choice-specific values are exponentiated raw).
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut16.RustNfxp_RawLogit;

public static class ZurcherPolicy
{
    /// <summary>Conditional choice probabilities, one row per mileage state.</summary>
    public static IEnumerable<double[]> ChoiceProbabilities(double[][] values)
    {
        foreach (double[] v in values)
        {
            var p = new double[v.Length];
            double z = 0;
            for (int d = 0; d < v.Length; d++)
            {
                p[d] = Math.Exp(v[d]); //~ LG0003
                z += p[d];
            }
            for (int d = 0; d < v.Length; d++) p[d] /= z;
            yield return p;
        }
    }
}
