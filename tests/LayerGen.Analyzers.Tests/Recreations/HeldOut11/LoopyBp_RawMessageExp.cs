// Re-creates the shape of the message normalisation in log-domain loopy belief propagation (sum-product on a
// pairwise MRF, e.g. libDAI/pgmpy/UGM `LoopyBP`): each directed edge's outgoing message over the receiving node's
// states, exponentiated from log space and normalised to sum to one.
// Layout: flat double[edges * states], a running offset advanced by states per edge.
// Bug (LG0003): the log messages are exponentiated without subtracting their max (0 / 0 once they drift below -745).
using System;

namespace HeldOut11;

public static class LoopyBp_RawMessageExp
{
    public static void NormaliseMessages(double[] logMessages, int edges, int states, double[] messages)
    {
        for (int e = 0, offset = 0; e < edges; e++, offset += states)
        {
            double z = 0.0;
            for (int x = 0; x < states; x++)
            {
                messages[offset + x] = Math.Exp(logMessages[offset + x]); //~ LG0003
                z += messages[offset + x];
            }
            for (int x = 0; x < states; x++)
                messages[offset + x] /= z;
        }
    }
}
