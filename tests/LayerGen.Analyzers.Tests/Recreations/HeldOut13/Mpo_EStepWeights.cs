// Source: MPO non-parametric E-step (Abdolmaleki et al. 2018; deepmind/acme `mpo` loss): for each state the
// sampled actions get weights q(a|s) ∝ exp(Q(s, a) / η), normalised over that state's actions.
// Layout: action-major flat ReadOnlySpan<double> [actions · states] (softmax down a strided column), output Span.
// Correct (shift by the state's max Q, then divide by η > 0).
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class Mpo_EStepWeights
{
    public static void Weights(ReadOnlySpan<double> q, int states, double eta, Span<double> weights)
    {
        int actions = q.Length / states;
        for (int s = 0; s < states; s++)
        {
            double top = double.NegativeInfinity;
            for (int a = 0; a < actions; a++)
                top = Math.Max(top, q[a * states + s]);

            double norm = 0.0;
            for (int a = 0; a < actions; a++)
            {
                weights[a * states + s] = Math.Exp((q[a * states + s] - top) / eta);
                norm += weights[a * states + s];
            }
            for (int a = 0; a < actions; a++)
                weights[a * states + s] /= norm;
        }
    }
}
