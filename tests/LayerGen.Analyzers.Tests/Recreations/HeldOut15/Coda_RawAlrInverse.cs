// HeldOut15 — Coda_RawAlrInverse
// Source: compositional data analysis, inverse alr transform (Aitchison 1986), written as in the
// textbook formula x_j = exp(y_j) / (1 + Σ_k exp(y_k)), x_D = 1 / (1 + Σ_k exp(y_k)).
// Layout: a sequence of coordinate rows IEnumerable<double[]> (D-1 each), LINQ with the
// Math.Exp method group; compositions double[][] (D each).
// Bug (LG0003): the coordinates are exponentiated raw (overflow above ~709, then ∞/∞ = NaN).
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut15;

public static class Coda_RawAlrInverse
{
    /// <summary>Closed compositions from alr coordinates.</summary>
    public static double[][] AlrInverse(IEnumerable<double[]> coordinates) =>
        coordinates.Select(y =>
        {
            double[] e = y.Select(Math.Exp).ToArray(); //~ LG0003
            double z = 1.0 + e.Sum();
            return e.Select(v => v / z).Append(1.0 / z).ToArray();
        }).ToArray();
}
