// Idiom: ICU vital-sign state model (stable / deteriorating / critical ...), state probabilities at every timestep of
// every stay from an emission-score buffer. Use: bedside early-warning dashboard.
// Layout: flat float[patients * steps * states], index `(p * steps + t) * states + s`; per-(patient, step) max, MathF.Exp.
// Inspired by: hidden-Markov ICU outcome models found with the code search (tufts-ml semi-supervised HMM, the Gen.jl
// sepsis simulator's `softmax(vector)`); our own code.
// Correct.
using System;

namespace HeldOut54.IcuStates_FlatStridedPerStep;

public static class IcuStateModel
{
    public static float[] StateProbabilities(float[] emissions, int patients, int steps, int states)
    {
        var probs = new float[emissions.Length];
        for (int p = 0; p < patients; p++)
        {
            for (int t = 0; t < steps; t++)
            {
                int baseIndex = (p * steps + t) * states;
                float best = emissions[baseIndex];
                for (int s = 1; s < states; s++)
                {
                    best = MathF.Max(best, emissions[baseIndex + s]);
                }

                float sum = 0f;
                for (int s = 0; s < states; s++)
                {
                    float w = MathF.Exp(emissions[baseIndex + s] - best);
                    probs[baseIndex + s] = w;
                    sum += w;
                }

                for (int s = 0; s < states; s++)
                {
                    probs[baseIndex + s] /= sum;
                }
            }
        }

        return probs;
    }
}
