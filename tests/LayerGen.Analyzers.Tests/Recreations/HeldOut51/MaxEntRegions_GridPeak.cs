// Idiom: MaxEnt raw output normalised within each region, regions as records holding their cell indices; the peak is
// one `eta.Max()` over the whole grid before the region loop.
// Use: regional habitat-suitability maps.
// Layout: float[] linear predictor over the grid, IReadOnlyList<Region> records (regions partition the grid), foreach
// over each region's cells; float out over the grid.
// Bug LG0001: the peak spans every region's cells, the normaliser only one region's; a region whose predictor sits far
// below another's underflows to 0/0.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut51.MaxEntRegions_GridPeak;

public sealed record Region(string Name, int[] Cells);

public static class RegionalMaxEnt
{
    public static float[] RegionalRaw(float[] eta, IReadOnlyList<Region> regions)
    {
        float peak = eta.Max(); //~ LG0001
        var raw = new float[eta.Length];
        foreach (Region region in regions)
        {
            float z = 0f;
            foreach (int c in region.Cells)
            {
                raw[c] = MathF.Exp(eta[c] - peak);
                z += raw[c];
            }

            foreach (int c in region.Cells)
            {
                raw[c] /= z;
            }
        }

        return raw;
    }
}
