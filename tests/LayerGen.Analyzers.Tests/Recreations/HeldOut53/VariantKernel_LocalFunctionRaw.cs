// known gap: the blind marker is on the exp inside the local function `Weight`; LayerGen reports a kernel's exp at its call (docs/rules/LG0003.md), line 27 `w[a] = Weight(arms[a])`
// gap: -LG0003@18 +LG0003@27
// Idiom: softmax exploration over the arms of each experiment, the Boltzmann weight written as a local function.
// Layout: List<double[]> (one array of arm value estimates per experiment), List<double[]> out; temperature is an
// init-only property of the explorer.
// Bug (LG0003): the local function exponentiates q / T with no max subtracted (overflow for large values).
using System;
using System.Collections.Generic;

namespace HeldOut53.VariantKernel_LocalFunctionRaw;

public sealed class SoftmaxExplorer
{
    public double Temperature { get; init; } = 1.0;

    public List<double[]> Probabilities(List<double[]> valueEstimates)
    {
        double Weight(double q) => Math.Exp(q / Temperature); //~ LG0003

        var result = new List<double[]>(valueEstimates.Count);
        foreach (double[] arms in valueEstimates)
        {
            var w = new double[arms.Length];
            double total = 0;
            for (int a = 0; a < arms.Length; a++)
            {
                w[a] = Weight(arms[a]);
                total += w[a];
            }

            for (int a = 0; a < arms.Length; a++)
            {
                w[a] /= total;
            }

            result.Add(w);
        }

        return result;
    }
}
