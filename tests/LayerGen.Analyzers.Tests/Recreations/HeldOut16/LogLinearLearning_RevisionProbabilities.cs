// Source: log-linear learning in potential games (Blume 1993; Marden & Shamma 2012 "Revisiting log-linear learning"):
// a revising player i picks action a with probability ∝ exp(β·U_i(a, a_−i)) given the others' current actions.
// Layout: unsafe, fixed float* over a flat [players · actions] table of current-profile utilities; pointer walks with an
// end pointer per player; β scales inside the peak; multiply by the reciprocal of the sum.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut16.LogLinearLearning_RevisionProbabilities;

public static class LogLinearLearning
{
    /// <summary>Revision probabilities of every player, laid out like the utilities.</summary>
    public static unsafe void RevisionProbabilities(float[] utilities, int actions, float beta, float[] probabilities)
    {
        int players = utilities.Length / actions;
        fixed (float* u0 = utilities, p0 = probabilities)
        {
            for (int i = 0; i < players; i++)
            {
                float* u = u0 + i * actions;
                float* end = u + actions;
                float* p = p0 + i * actions;
                float peak = float.NegativeInfinity;
                for (float* q = u; q < end; q++)
                    if (beta * *q > peak) peak = beta * *q;

                float z = 0f;
                float* w = p;
                for (float* q = u; q < end; q++, w++)
                {
                    *w = MathF.Exp(beta * *q - peak);
                    z += *w;
                }
                float inv = 1f / z;
                for (w = p; w < p + actions; w++) *w *= inv;
            }
        }
    }
}
