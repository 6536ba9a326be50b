// Idiom: MaxEnt raw output normalised within each region (a projection evaluated region by region), the region's cells
// listed in a dictionary region → cell indices; LINQ Max/Select/Sum over the region's cells.
// Use: regional habitat-suitability maps, each region's cells summing to one.
// Layout: linear predictor double[] over the whole grid (cell index), IReadOnlyDictionary<string, int[]> of cell
// indices per region (regions partition the grid, cells interleaved); raw out double[] over the grid.
// Correct: peak and normaliser per region.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut51.MaxEntRegions_PerRegionPeak;

public static class RegionalMaxEnt
{
    public static double[] RegionalRaw(double[] eta, IReadOnlyDictionary<string, int[]> regions)
    {
        var raw = new double[eta.Length];
        foreach (int[] cells in regions.Values)
        {
            double peak = cells.Max(c => eta[c]);
            double[] w = cells.Select(c => Math.Exp(eta[c] - peak)).ToArray();
            double z = w.Sum();
            for (int i = 0; i < cells.Length; i++)
            {
                raw[cells[i]] = w[i] / z;
            }
        }

        return raw;
    }
}
