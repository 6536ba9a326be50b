// Idiom: softmax (Boltzmann) variant selection per experiment from Q-value estimates, the kernel written as a
// Func<double, double> lambda capturing the experiment's best value and the temperature.
// Layout: variant-major double[variants, experiments] (one column per experiment), same layout out.
// Correct: the column's own best Q-value is the shift.
using System;

namespace HeldOut53.VariantKernel_LambdaShifted;

public static class BanditPolicy
{
    public static double[,] SelectionProbabilities(double[,] qValues, double temperature)
    {
        int variants = qValues.GetLength(0);
        int experiments = qValues.GetLength(1);
        var probs = new double[variants, experiments];
        for (int e = 0; e < experiments; e++)
        {
            double best = double.NegativeInfinity;
            for (int v = 0; v < variants; v++)
            {
                best = Math.Max(best, qValues[v, e]);
            }

            Func<double, double> boltzmann = q => Math.Exp((q - best) / temperature);
            double z = 0;
            for (int v = 0; v < variants; v++)
            {
                probs[v, e] = boltzmann(qValues[v, e]);
                z += probs[v, e];
            }

            for (int v = 0; v < variants; v++)
            {
                probs[v, e] /= z;
            }
        }

        return probs;
    }
}
