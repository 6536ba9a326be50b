// Idiom: MaxEnt "raw" output per species: exp(lambda·f(cell) − peak) normalised over the background grid cells, one
// distribution over the cells per species; the linear predictor lambda·f is formed inline from the feature rows.
// Use: species distribution modelling, several species fitted on one shared environmental feature grid.
// Layout: lambdas double[species, features]; features double[cells, features] (one row per cell); raw out
// double[species, cells] (species-major, the softmax runs along a row).
// Inspired by: the description of Maxent's raw output in elapid's docs (earth-chris/elapid, docs/sdm/maxent.md); own code.
// Correct: the peak is taken per species over that species' cells.
using System;

namespace HeldOut51.MaxEntSpecies_PerSpeciesCells;

public static class MaxEntRaw
{
    public static double[,] RawOutput(double[,] lambdas, double[,] features)
    {
        int species = lambdas.GetLength(0);
        int featureCount = lambdas.GetLength(1);
        int cells = features.GetLength(0);
        var raw = new double[species, cells];
        for (int s = 0; s < species; s++)
        {
            double peak = double.NegativeInfinity;
            for (int c = 0; c < cells; c++)
            {
                double eta = 0.0;
                for (int k = 0; k < featureCount; k++)
                {
                    eta += lambdas[s, k] * features[c, k];
                }

                raw[s, c] = eta;
                if (eta > peak) peak = eta;
            }

            double z = 0.0;
            for (int c = 0; c < cells; c++)
            {
                raw[s, c] = Math.Exp(raw[s, c] - peak);
                z += raw[s, c];
            }

            for (int c = 0; c < cells; c++)
            {
                raw[s, c] /= z;
            }
        }

        return raw;
    }
}
