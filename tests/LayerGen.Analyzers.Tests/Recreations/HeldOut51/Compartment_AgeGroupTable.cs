// Idiom: multinomial-logit transition probabilities out of one compartment of an age-structured epidemic model
// (stay, to exposed, to vaccinated, to removed), per age group, from the linear predictor of each transition.
// Use: per-step transition probabilities of a discrete-time stochastic SEIR/SVEIR model.
// Layout: double[ageGroups, destinations] row-major (one age group's distribution along a row); out same shape.
// Correct: peak (Math.Max fold) and total per age group.
using System;

namespace HeldOut51.Compartment_AgeGroupTable;

public static class TransitionModel
{
    public static double[,] Probabilities(double[,] eta)
    {
        int groups = eta.GetLength(0);
        int destinations = eta.GetLength(1);
        var p = new double[groups, destinations];
        for (int a = 0; a < groups; a++)
        {
            double peak = eta[a, 0];
            for (int d = 1; d < destinations; d++)
            {
                peak = Math.Max(peak, eta[a, d]);
            }

            double total = 0.0;
            for (int d = 0; d < destinations; d++)
            {
                p[a, d] = Math.Exp(eta[a, d] - peak);
                total += p[a, d];
            }

            for (int d = 0; d < destinations; d++)
            {
                p[a, d] /= total;
            }
        }

        return p;
    }
}
