// Re-creates the shape of the message normalisation in log-domain loopy belief propagation (sum-product on a
// pairwise MRF, e.g. libDAI/pgmpy/UGM `LoopyBP`): each directed edge's outgoing message over the receiving node's
// states, exponentiated from log space and normalised to sum to one.
// Layout: flat double[edges * states] with the edge offset e * states, while loops over edges and states.
// Correct: the max and the sum run over one edge's states.
using System;

namespace HeldOut11;

public static class LoopyBp_EdgeMessages
{
    public static void NormaliseMessages(double[] logMessages, int edges, int states, double[] messages)
    {
        int e = 0;
        while (e < edges)
        {
            int offset = e * states;
            double peak = double.NegativeInfinity;
            int x = 0;
            while (x < states)
            {
                if (logMessages[offset + x] > peak)
                    peak = logMessages[offset + x];
                x++;
            }
            double z = 0.0;
            x = 0;
            while (x < states)
            {
                messages[offset + x] = Math.Exp(logMessages[offset + x] - peak);
                z += messages[offset + x];
                x++;
            }
            x = 0;
            while (x < states)
            {
                messages[offset + x] /= z;
                x++;
            }
            e++;
        }
    }
}
