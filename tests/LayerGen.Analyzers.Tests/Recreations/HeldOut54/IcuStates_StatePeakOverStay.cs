// Idiom: ICU vital-sign state model per stay, one score matrix per stay. Use: retrospective review of a stay's
// deterioration timeline.
// Layout: List<double[,]> (one `[steps, states]` matrix per stay); the distribution of a step runs over the states.
// Bug (LG0004): the shift `peak[s]` is each state's maximum over the stay's steps (down a column) while the sum runs
// over the states of one step (along a row): max and sum over different axes.
using System;
using System.Collections.Generic;

namespace HeldOut54.IcuStates_StatePeakOverStay;

public static class StayStateModel
{
    public static List<double[,]> StateProbabilities(List<double[,]> stays)
    {
        var output = new List<double[,]>(stays.Count);
        foreach (double[,] stay in stays)
        {
            int steps = stay.GetLength(0);
            int states = stay.GetLength(1);
            var peak = new double[states];
            for (int s = 0; s < states; s++)
            {
                peak[s] = double.NegativeInfinity;
                for (int t = 0; t < steps; t++)
                {
                    peak[s] = Math.Max(peak[s], stay[t, s]); //~ LG0004
                }
            }

            var probs = new double[steps, states];
            for (int t = 0; t < steps; t++)
            {
                double sum = 0.0;
                for (int s = 0; s < states; s++)
                {
                    probs[t, s] = Math.Exp(stay[t, s] - peak[s]);
                    sum += probs[t, s];
                }

                for (int s = 0; s < states; s++)
                {
                    probs[t, s] /= sum;
                }
            }

            output.Add(probs);
        }

        return output;
    }
}
