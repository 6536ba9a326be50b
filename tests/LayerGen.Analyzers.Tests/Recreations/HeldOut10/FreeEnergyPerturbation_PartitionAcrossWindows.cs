// Re-creation (our own code) of the shape of a Zwanzig/EXP reweighting over several λ windows (alchemlyb-style
// analysis loop): Boltzmann factors exp(−β(ΔU − min)) per window, then one normalisation pass.
// Layout: jagged double[windows][samples], per-window minimum by a loop, normalisation after all windows.
// Bug (LG0002): one partition sum runs over every window's samples; each window's weights sum to a fraction of 1.
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class FreeEnergyPerturbationPartitionAcrossWindows
{
    public static void Reweight(double[][] deltaU, double beta, double[][] weights)
    {
        double partition = 0.0;
        for (int w = 0; w < deltaU.Length; w++)
        {
            double lowest = double.PositiveInfinity;
            foreach (double u in deltaU[w])
                lowest = Math.Min(lowest, u);

            for (int n = 0; n < deltaU[w].Length; n++)
            {
                weights[w][n] = Math.Exp(-beta * (deltaU[w][n] - lowest));
                partition += weights[w][n]; //~ LG0002
            }
        }

        for (int w = 0; w < weights.Length; w++)
            for (int n = 0; n < weights[w].Length; n++)
                weights[w][n] /= partition;
    }
}
