// Idiom: Boltzmann exploration for a vectorised environment, DQN Q-values of all environments in one span; the max
// variable is declared once above the environment loop and never reset, so it is a running max over the environments
// seen so far. Written as our own code.
// Layout: ReadOnlySpan<float> [envs * actions] with `Slice(e * actions, actions)`, `foreach` over the slice, `if` fold.
// Bug: LG0001 (the max spans earlier environments too: an environment far below an earlier one underflows to 0/0).
using System;

namespace HeldOut46.VectorEnv_RunningMaxSpan;

public static class Exploration
{
    public static void ExplorationPolicy(ReadOnlySpan<float> q, int actions, float tau, Span<float> probs)
    {
        float hi = float.NegativeInfinity;
        for (int e = 0; e * actions < q.Length; e++)
        {
            ReadOnlySpan<float> qe = q.Slice(e * actions, actions);
            Span<float> pe = probs.Slice(e * actions, actions);
            foreach (float v in qe)
            {
                if (v > hi) hi = v; //~ LG0001
            }

            float s = 0f;
            for (int a = 0; a < actions; a++)
            {
                pe[a] = MathF.Exp((qe[a] - hi) / tau);
                s += pe[a];
            }

            for (int a = 0; a < actions; a++)
            {
                pe[a] /= s;
            }
        }
    }
}
