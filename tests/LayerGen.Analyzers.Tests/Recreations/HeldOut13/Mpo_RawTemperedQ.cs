// Source: MPO non-parametric E-step (Abdolmaleki et al. 2018), a port that exponentiates Q / η directly.
// Layout: action-major flat ReadOnlySpan<double> [actions · states], output Span.
// Bug: LG0003 — exp(Q / η) with no maximum subtracted.
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class Mpo_RawTemperedQ
{
    public static void Weights(ReadOnlySpan<double> q, int states, double eta, Span<double> weights)
    {
        int actions = q.Length / states;
        for (int s = 0; s < states; s++)
        {
            double norm = 0.0;
            for (int a = 0; a < actions; a++)
            {
                double w = Math.Exp(q[a * states + s] / eta); //~ LG0003
                weights[a * states + s] = w;
                norm += w;
            }
            for (int a = 0; a < actions; a++)
                weights[a * states + s] /= norm;
        }
    }
}
