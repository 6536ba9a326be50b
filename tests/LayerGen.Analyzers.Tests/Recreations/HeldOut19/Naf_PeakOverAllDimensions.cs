// Source: neural autoregressive flows, deep sigmoidal flow (Huang et al. 2018; CW-Huang/NAF), the mixture weights of
// one sample computed for all its dimensions at once.
// Layout: `double[dims, hidden]` weight pre-activations of one sample, `do/while` peak over the whole block.
// Bug: LG0001 — one peak over every dimension's hidden units, not per dimension.
using System;

namespace LayerGen.Recreations.HeldOut19;

public static class NafPeakOverAllDimensions
{
    /// <summary>Softmax over the hidden units of every dimension of one sample.</summary>
    public static double[,] MixtureWeights(double[,] weightLogits)
    {
        int dims = weightLogits.GetLength(0), hidden = weightLogits.GetLength(1);
        double peak = double.NegativeInfinity;
        int cell = 0;
        do
        {
            peak = Math.Max(peak, weightLogits[cell / hidden, cell % hidden]); //~ LG0001
            cell++;
        } while (cell < dims * hidden);

        var w = new double[dims, hidden];
        for (int d = 0; d < dims; d++)
        {
            double z = 0.0;
            for (int h = 0; h < hidden; h++)
            {
                w[d, h] = Math.Exp(weightLogits[d, h] - peak);
                z += w[d, h];
            }
            for (int h = 0; h < hidden; h++) w[d, h] /= z;
        }
        return w;
    }
}
