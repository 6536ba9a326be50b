// Idiom: MaxEnt raw output per species from a precomputed linear-predictor raster stack, one distribution over the cells
// per species, with the peak taken once over the whole table (every cell of every species) by a foreach over the 2D array.
// Use: species distribution modelling over a shared grid, predictions exported cell by cell.
// Layout: cell-major float[cells, species] in and out (the softmax of one species runs DOWN a column).
// Bug LG0001: the peak spans every species, not one species' cells; a species whose predictor sits far below another's
// underflows to 0/0.
using System;

namespace HeldOut51.MaxEntSpecies_TableWidePeak;

public static class MaxEntGrid
{
    public static float[,] Suitability(float[,] eta)
    {
        int cells = eta.GetLength(0);
        int species = eta.GetLength(1);
        float top = float.MinValue;
        foreach (float value in eta)
        {
            top = MathF.Max(top, value); //~ LG0001
        }

        var p = new float[cells, species];
        for (int s = 0; s < species; s++)
        {
            float z = 0f;
            for (int c = 0; c < cells; c++)
            {
                p[c, s] = MathF.Exp(eta[c, s] - top);
                z += p[c, s];
            }

            for (int c = 0; c < cells; c++)
            {
                p[c, s] /= z;
            }
        }

        return p;
    }
}
